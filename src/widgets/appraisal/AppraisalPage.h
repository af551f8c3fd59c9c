#pragma once

#include "domain/Error.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cd {

class BallotEntry;
class ReportsTab;
class Workspace;

// 述职测评: the year's sessions; who reports and the voter groups; the ballots entered by two
// clerks; the tally with the clerks' differences, publication and amendments; the forms, the
// results register and the feedback notices in print. A unit and a leader read the published
// results (a unit its own people's) and nothing before.
class AppraisalPage : public QWidget
{
    Q_OBJECT
public:
    explicit AppraisalPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    qint64 currentSession() const;
    void selectSession(qint64 id);
    BallotEntry* entry() const { return m_entry; }
    QTableWidget* results() const { return m_results; }
    QTableWidget* people() const { return m_people; }
    QTableWidget* groups() const { return m_groups; }
    QTabWidget* tabs() const { return m_tabs; }
    ReportsTab* reports() const { return m_reports; }
    enum Tab { PeopleTab, BallotsTab, ResultsTab, ReportsTabIndex };
    QLabel* differences() const { return m_differences; }

    void newSession();
    void editSession();
    void addPerson();
    void fillPeople();
    void removePerson();
    void movePerson(int by);
    void addGroup();
    void editGroup();
    void publish();
    void amend();
    // The selected person's comments from the ballots, chosen ones made problem lines.
    void commentsToProblems();

private:
    void showSession();
    void showTally();
    void updateButtons();
    bool done(const Status& s, const QString& title);

    Workspace& m_workspace;
    QComboBox* m_session;
    QLabel* m_state;
    QTabWidget* m_tabs;
    QWidget* m_setup;
    QTableWidget* m_people;
    QTableWidget* m_groups;
    BallotEntry* m_entry;
    QWidget* m_entryTab;
    QTableWidget* m_results;
    ReportsTab* m_reports;
    QLabel* m_differences;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_publish;
    QPushButton* m_amend;
    QPushButton* m_toProblems;
    QPushButton* m_print;
    QList<QPushButton*> m_setupButtons;
    QString m_tabFor; // the account whose tab was chosen
};

} // namespace cd
