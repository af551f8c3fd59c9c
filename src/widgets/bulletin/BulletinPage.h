#pragma once

#include "services/BulletinContent.h"
#include "services/BulletinService.h"
#include "widgets/common/DocumentOutput.h"

#include <QWidget>

class QComboBox;
class QLabel;

class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextEdit;
class QLineEdit;
class QCheckBox;
class QSpinBox;

namespace cd {

class Workspace;

// 季度督查通报: pick a quarter, read the figures gathered for it, edit the four written
// sections (rich text), save the draft, issue it (numbered, frozen), correct an issued one,
// and print, save as PDF or ODT, or export the unit table.
class BulletinPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulletinPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void selectQuarter(const QString& code);
    // Whose bulletins the page shows and issues: the whole campaign's (0) or a group's.
    void selectGroup(qint64 groupId);
    // The bulletin shown: the draft of the quarter, or the issued one picked in the list.
    const BulletinContent& content() const { return m_content; }
    QTextEdit* editor(int section) const;
    bool saveDraft();
    void issue();
    void correct();
    void saveTable(); // the unit table as a workbook
    bool isModified() const;

private:
    // The draft's version as shown (BulletinService::draftVersion): a save over someone
    // else's newer draft is refused, and what is typed stays.
    qint64 m_draftVersion = 0;
    void showQuarter();
    void showIssued(int number);
    void fillEditors(bool editable);
    static QString named(const QStringList& units, int limit);
    void collect();
    std::optional<output::Document> document(); // what Print prints, from the editors as they are
    bool confirmLeave();

    Workspace& m_workspace;
    QComboBox* m_quarter;
    QComboBox* m_issuer; // the whole campaign, or a group whose office issues its own
    qint64 m_group = 0;
    BulletinService service() const;
    QTableWidget* m_issued;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QTextEdit* m_editors[4];
    QPushButton* m_save;
    QPushButton* m_issue;
    QPushButton* m_correct;
    QLineEdit* m_copyTo;  // 版记's 抄送
    QCheckBox* m_charts;  // the figures printed or left out
    QSpinBox* m_nameLimit; // units named under each 点名 heading (0: all)
    QCheckBox* m_apart;   // the per-unit table sent as a spreadsheet of its own
    QLabel* m_made;       // what section 2 is, made by the program
    bool m_optionsModified = false;
    BulletinContent m_content;
    int m_shownNumber = 0; // 0: the quarter's draft
    QString m_current;
};

} // namespace cd
