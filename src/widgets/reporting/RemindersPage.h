#pragma once

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QPrinter;
class QTableView;

namespace cd {

class OfficialDocument;
class PeriodCombo;
class ReminderModel;
class Workspace;

// 催办: for a period, the units whose report or plan is missing or late; a reminder notice
// as one list or one page per unit, previewed, printed or saved as PDF.
class RemindersPage : public QWidget
{
    Q_OBJECT
public:
    explicit RemindersPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void preview();
    void savePdf();
    ReminderModel* model() const { return m_model; }

private:
    // The notice as documents: one list, or one document per unit.
    std::vector<std::unique_ptr<OfficialDocument>> build(int dpi);
    void paint(QPrinter* printer);
    Workspace& m_workspace;
    PeriodCombo* m_period;
    QCheckBox* m_perUnit;
    ReminderModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QList<QWidget*> m_noticeButtons;
};

} // namespace cd
