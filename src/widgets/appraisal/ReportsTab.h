#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class AttachmentList;
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
    QListWidget* files() const;
    // New evidence files, as if chosen or dropped.
    void addFiles(const QStringList& paths);
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
    qint64 m_shownReport = 0;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_accept;
    QPushButton* m_return;
    AttachmentList* m_files;
    QPushButton* m_addFiles;
    QPushButton* m_removeFile;
    QPushButton* m_copyFile;
};

} // namespace cd
