#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Workspace;

// 述职报告: each person's written report. A unit writes its own people's (a draft, then sent);
// the office accepts or returns what was sent. Beside the text, the unit's problem lines of
// the year (查摆问题整改情况).
class ReportsTab : public QWidget
{
    Q_OBJECT
public:
    ReportsTab(Workspace& workspace, QWidget* parent = nullptr);
    void setSession(qint64 sessionId, bool published);
    QTableWidget* people() const { return m_people; }
    QPlainTextEdit* text() const { return m_text; }
    QTableWidget* problems() const { return m_problems; }
    void save(bool submit);
    void review(bool accept);

private:
    void showPerson();
    qint64 currentPerson() const;

    Workspace& m_workspace;
    qint64 m_session = 0;
    bool m_published = false;
    QTableWidget* m_people;
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QTableWidget* m_problems;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_accept;
    QPushButton* m_return;
};

} // namespace cd
