#pragma once

#include "domain/Reporting.h"
#include "services/ReportService.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace cd {

class AttachmentList;
class PeriodCombo;
class Workspace;

// 本单位: the unit's report for a period (items per task with progress toward the target,
// evidence by drag and drop, drafts saved as you type, submission with confirmation),
// its monthly plan, and its cumulative progress.
class UnitWorkspacePage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitWorkspacePage(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool saveDraft(); // false when nothing could be saved (the reason is shown)
    void submit();
    void submitPlan();
    void addFiles(const QStringList& paths);
    qint64 unitId() const;
    QString periodCode() const;
    QLabel* stateLabel() const { return m_state; }

private:
    struct ItemEditor
    {
        Task task;
        QDoubleSpinBox* progress;
        QComboBox* status;
        QPlainTextEdit* done;
        QPlainTextEdit* problems;
        QPlainTextEdit* next;
    };
    void loadUnits();
    void loadReport();
    void loadPlan();
    void loadProgress();
    void refreshFromOthers();
    void setEditable(bool on);
    void edited();
    void restoreKeptDraft();
    ReportDraft currentDraft() const;

    Workspace& m_workspace;
    QComboBox* m_unit;
    PeriodCombo* m_period;
    QLabel* m_state;
    QPlainTextEdit* m_summary;
    QWidget* m_itemsBox;
    QVBoxLayout* m_itemsLayout;
    QList<ItemEditor> m_items;
    AttachmentList* m_files;
    QList<AttachmentRef> m_kept;
    QList<NewFile> m_added;
    QString m_saveError; // why the last saveDraft() failed
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_addFile;
    QPushButton* m_removeFile;
    QTimer* m_autosave;
    bool m_editable = false;
    qint64 m_shownUnit = 0; // what the editors hold, which the combos may already have left
    QString m_shownPeriod;
    bool m_loading = false;
    std::optional<ReportDraft::Read> m_base; // the draft as loaded or last saved here
    bool m_waitingForServer = false; // the last save failed for a lost connection: sent on reconnecting
    QTableWidget* m_planTable;
    QLabel* m_planState;
    bool m_planTyped = false; // plan lines typed and not yet submitted
    QTableWidget* m_progress;
};

} // namespace cd
