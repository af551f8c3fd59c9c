#include "widgets/reporting/UnitWorkspacePage.h"

#include "services/CampaignService.h"
#include "services/UnitService.h"
#include "io/InputFile.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"
#include "widgets/reporting/LocalDrafts.h"
#include "widgets/reporting/AttachmentList.h"
#include "widgets/reporting/PeriodCombo.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {
namespace {

QPlainTextEdit* smallEdit(const QString& placeholder)
{
    auto* e = new QPlainTextEdit;
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    return e;
}

} // namespace

UnitWorkspacePage::UnitWorkspacePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_unit(new QComboBox), m_period(new PeriodCombo), m_state(new QLabel),
      m_summary(new QPlainTextEdit), m_itemsBox(new QWidget), m_itemsLayout(new QVBoxLayout(m_itemsBox)), m_files(new AttachmentList),
      m_save(new QPushButton(tr("&Save draft"))), m_submit(new QPushButton(tr("S&ubmit…"))), m_addFile(new QPushButton(tr("&Add files…"))),
      m_removeFile(new QPushButton(tr("&Remove"))), m_autosave(new QTimer(this)),
      m_planTable(new QTableWidget), m_planState(new QLabel), m_progress(new QTableWidget)
{
    m_unit->setObjectName(QStringLiteral("workspaceUnitCombo"));
    m_unit->setMinimumContentsLength(16);
    views::makeSearchable(m_unit);
    m_state->setObjectName(QStringLiteral("reportStateLabel"));
    m_state->setWordWrap(true);
    m_summary->setPlaceholderText(tr("Summary of the period's work"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Unit")));
    top->addWidget(m_unit);
    top->addWidget(new QLabel(tr("Period")));
    top->addWidget(m_period);
    top->addStretch();

    // Report tab: summary, one box per task, evidence.
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* reportBody = new QWidget;
    auto* reportLayout = new QVBoxLayout(reportBody);
    reportLayout->addWidget(m_state);
    reportLayout->addWidget(new QLabel(tr("Summary")));
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_itemsBox);
    auto* filesBox = new QGroupBox(tr("Evidence files (drop files here)"));
    auto* filesLayout = new QVBoxLayout(filesBox);
    m_files->setFixedHeight(90);
    filesLayout->addWidget(m_files);
    auto* fileButtons = new QHBoxLayout;
    m_addFile->setObjectName(QStringLiteral("addEvidenceButton"));
    m_removeFile->setObjectName(QStringLiteral("removeEvidenceButton"));
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    filesLayout->addLayout(fileButtons);
    reportLayout->addWidget(filesBox);
    reportLayout->addStretch();
    scroll->setWidget(reportBody);
    auto* reportTab = new QWidget;
    auto* reportTabLayout = new QVBoxLayout(reportTab);
    reportTabLayout->addWidget(scroll);
    auto* reportButtons = new QHBoxLayout;
    reportButtons->addStretch();
    reportButtons->addWidget(m_save);
    reportButtons->addWidget(m_submit);
    reportTabLayout->addLayout(reportButtons);

    // Plan tab: what the unit will do this month, per task.
    auto* planTab = new QWidget;
    auto* planLayout = new QVBoxLayout(planTab);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setColumnCount(2);
    m_planTable->setHorizontalHeaderLabels({tr("Task"), tr("Planned this month")});
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->verticalHeader()->hide();
    auto* submitPlan = new QPushButton(tr("Submit the &plan"));
    planLayout->addWidget(m_planState);
    planLayout->addWidget(m_planTable);
    planLayout->addWidget(submitPlan, 0, Qt::AlignRight);

    // Progress tab.
    m_progress->setColumnCount(5);
    m_progress->setHorizontalHeaderLabels({tr("Code"), tr("Task"), tr("Target"), tr("Done so far"), tr("Completion")});
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setSortingEnabled(true);
    views::fitAsRowsArrive(m_planTable);
    views::fitAsRowsArrive(m_progress);

    auto* tabs = new QTabWidget;
    tabs->addTab(reportTab, tr("Self-report"));
    tabs->addTab(planTab, tr("Monthly plan"));
    tabs->addTab(m_progress, tr("Progress"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnitWorkspacePage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &UnitWorkspacePage::reload);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &UnitWorkspacePage::edited);
    connect(m_autosave, &QTimer::timeout, this, &UnitWorkspacePage::saveDraft);
    connect(m_save, &QPushButton::clicked, this, &UnitWorkspacePage::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &UnitWorkspacePage::submit);
    connect(m_planTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) m_planTyped = true;
    });
    // What others commit (the office's review above all) shows here without a click.
    auto* lazy = new LazyReload(this, [this] { refreshFromOthers(); });
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    connect(submitPlan, &QPushButton::clicked, this, &UnitWorkspacePage::submitPlan);
    connect(m_files, &AttachmentList::filesDropped, this, &UnitWorkspacePage::addFiles);
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openFileName(this, tr("Add an evidence file"), dialogs::FileKind::Evidence, tr("Documents and images (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.wps *.et);;All files (*)"));
        if (!path.isEmpty()) addFiles({path});
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        if (!m_editable) return;
        for (auto* item : m_files->selectedItems()) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            const int added = item->data(Qt::UserRole + 1).toInt();
            if (id) m_kept.removeIf([id](const AttachmentRef& a) { return a.id == id; });
            else if (added >= 0 && added < m_added.size()) m_added[added].data.clear();
        }
        m_added.removeIf([](const NewFile& f) { return f.data.isEmpty(); });
        saveDraft();
    });
    // Typing kept on this computer while the server was away is sent as soon as it is back.
    connect(&m_workspace, &Workspace::reconnected, this, [this] {
        if (m_waitingForServer) saveDraft();
    });
    connect(&m_workspace, &Workspace::aboutToClose, this, [this] {
        if (m_autosave->isActive()) saveDraft();
    });
    auto* lazyOpen = new LazyReload(this, [this] { reload(); }, [this] {
        loadUnits();
        m_period->load(m_workspace);
    });
    connect(&m_workspace, &Workspace::opened, lazyOpen, &LazyReload::requestOpened);
    if (m_workspace.isOpen()) {
        loadUnits();
        m_period->load(m_workspace);
    }
    reload();
}

qint64 UnitWorkspacePage::unitId() const { return m_unit->currentData().toLongLong(); }
QString UnitWorkspacePage::periodCode() const { return m_period->code(); }

void UnitWorkspacePage::loadUnits()
{
    QSignalBlocker block(m_unit);
    m_unit->clear();
    if (!m_workspace.isOpen()) return;
    const Actor& actor = m_workspace.actor();
    for (const auto& u : UnitService(m_workspace.context()).list())
        if (u.active && (actor.role != Role::Unit || u.id == actor.unitId)) m_unit->addItem(u.name, u.id);
    m_unit->setEnabled(actor.role != Role::Unit);
}

void UnitWorkspacePage::reload()
{
    // Typing not yet saved belongs to the report on screen: save it before showing another.
    if (m_autosave->isActive()) saveDraft();
    m_autosave->stop();
    m_loading = true;
    loadReport();
    loadPlan();
    loadProgress();
    m_loading = false;
}

void UnitWorkspacePage::refreshFromOthers()
{
    // Never over what the person is typing: a draft on screen is this unit's own and nobody
    // else reviews it (a second session's save is met by the stale-edit choice on saving), and
    // plan lines typed but not yet submitted stay until submitted or another period is picked.
    m_loading = true;
    if (!m_editable && m_shownUnit == unitId() && m_shownPeriod == periodCode()) loadReport();
    QWidget* focus = QApplication::focusWidget();
    const bool planEditorOpen = focus && focus != m_planTable && m_planTable->isAncestorOf(focus);
    if (!m_planTyped && !planEditorOpen) loadPlan();
    loadProgress();
    m_loading = false;
}

void UnitWorkspacePage::setEditable(bool on)
{
    m_editable = on;
    // Read-only text looks it: the window's colour instead of the white of a field to type in.
    const auto look = [on](QPlainTextEdit* t) {
        t->setReadOnly(!on);
        QPalette p = t->palette();
        p.setColor(QPalette::Base, on ? QApplication::palette().color(QPalette::Base) : QApplication::palette().color(QPalette::Window));
        t->setPalette(p);
    };
    look(m_summary);
    for (const auto& e : m_items) {
        e.progress->setEnabled(on);
        e.status->setEnabled(on);
        for (auto* t : {e.done, e.problems, e.next}) look(t);
    }
    m_save->setEnabled(on);
    m_submit->setEnabled(on);
    // Evidence belongs to the version being written; a sent one is changed only once returned.
    m_addFile->setEnabled(on);
    m_removeFile->setEnabled(on);
    const QString why = on ? QString() : tr("Evidence can be added or removed only while the report is a draft.");
    m_addFile->setToolTip(why);
    m_removeFile->setToolTip(why);
}

void UnitWorkspacePage::loadReport()
{
    while (QLayoutItem* item = m_itemsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_items.clear();
    m_kept.clear();
    m_added.clear();
    m_files->clear();
    m_summary->clear();
    m_shownUnit = unitId();
    m_shownPeriod = periodCode();
    if (!m_workspace.isOpen() || unitId() == 0 || periodCode().isEmpty()) {
        m_state->setText(tr("Choose a unit and a period."));
        setEditable(false);
        return;
    }
    ReportService reports(m_workspace.context());
    auto editable = reports.editable(unitId(), periodCode());
    std::optional<SelfReport> shown;
    m_base.reset();
    if (editable) {
        shown = *editable;
        m_base = ReportDraft::Read{editable->id, editable->savedAt};
        const auto latest = reports.latest(unitId(), periodCode());
        if (latest && latest->status == ReportStatus::Returned)
            m_state->setText(tr("<span style='color:#b3261e'>Returned by the office: %1</span> Version %2 is being written.")
                                 .arg(latest->reviewComment.toHtmlEscaped())
                                 .arg(editable->version));
        else if (editable->id)
            m_state->setText(tr("Draft, saved %1. It is saved as you type; submit it when it is complete.")
                                 .arg(editable->savedAt.toString(QStringLiteral("MM-dd HH:mm"))));
        else
            m_state->setText(tr("New report. It is saved as a draft as you type."));
    } else {
        shown = reports.latest(unitId(), periodCode());
        m_state->setText(editable.error().message);
    }
    QHash<qint64, Task> tasks;
    if (auto c = m_workspace.campaign())
        for (const auto& t : CampaignService(m_workspace.context()).tasks(c->id)) tasks.insert(t.id, t);
    if (shown) {
        m_summary->setPlainText(shown->summary);
        for (const auto& item : shown->items) {
            const Task t = tasks.value(item.taskId);
            auto* box = new QGroupBox(QStringLiteral("%1  %2").arg(t.code, t.title));
            auto* form = new QFormLayout(box);
            ItemEditor e{t, new QDoubleSpinBox, new QComboBox, smallEdit(tr("What was done")), smallEdit(tr("Problems met")),
                         smallEdit(tr("Next steps"))};
            e.progress->setRange(0, 1e6);
            e.progress->setDecimals(t.measure == QLatin1String("%") ? 1 : 0); // counts are whole
            e.progress->setSuffix(QStringLiteral(" ") + t.measure);
            e.progress->setValue(item.progress);
            for (auto s : {ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Blocked})
                e.status->addItem(displayName(s), int(s));
            e.status->setCurrentIndex(e.status->findData(int(item.status)));
            e.done->setPlainText(item.done);
            e.problems->setPlainText(item.problems);
            e.next->setPlainText(item.next);
            auto* row = new QHBoxLayout;
            row->addWidget(e.progress);
            row->addWidget(new QLabel(tr("target %1 %2").arg(t.target).arg(t.measure)));
            row->addStretch();
            row->addWidget(e.status);
            form->addRow(tr("Progress this period"), row);
            form->addRow(tr("Done"), e.done);
            form->addRow(tr("Problems"), e.problems);
            form->addRow(tr("Next steps"), e.next);
            m_itemsLayout->addWidget(box);
            connect(e.progress, &QDoubleSpinBox::valueChanged, this, &UnitWorkspacePage::edited);
            connect(e.status, &QComboBox::currentIndexChanged, this, &UnitWorkspacePage::edited);
            for (auto* text : {e.done, e.problems, e.next}) connect(text, &QPlainTextEdit::textChanged, this, &UnitWorkspacePage::edited);
            m_items.append(e);
        }
        m_kept = shown->attachments;
        for (const auto& a : shown->attachments) {
            auto* item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.name).arg((a.size + 1023) / 1024), m_files);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, -1);
        }
        if (shown->items.isEmpty()) m_itemsLayout->addWidget(new QLabel(tr("No task is due in this period.")));
    }
    setEditable(bool(editable));
    if (editable) restoreKeptDraft();
}

void UnitWorkspacePage::restoreKeptDraft()
{
    // A draft typed here that the campaign never received (the server was away, the program
    // was closed or stopped before it could send it): shown again, and sent.
    const auto kept = local_drafts::load(m_workspace.path(), m_shownUnit, m_shownPeriod);
    if (!kept) return;
    m_summary->setPlainText(kept->draft.summary);
    for (const auto& item : kept->draft.items)
        for (auto& e : m_items)
            if (e.task.id == item.taskId) {
                e.progress->setValue(item.progress);
                e.status->setCurrentIndex(e.status->findData(int(item.status)));
                e.done->setPlainText(item.done);
                e.problems->setPlainText(item.problems);
                e.next->setPlainText(item.next);
            }
    m_kept = kept->draft.keep;
    m_added = kept->draft.add;
    m_files->clear();
    for (const auto& a : m_kept) {
        auto* item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.name).arg((a.size + 1023) / 1024), m_files);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, -1);
    }
    for (int i = 0; i < m_added.size(); ++i) {
        auto* item = new QListWidgetItem(tr("%1 (%2 KB)").arg(m_added[i].name).arg((m_added[i].data.size() + 1023) / 1024), m_files);
        item->setData(Qt::UserRole, 0);
        item->setData(Qt::UserRole + 1, i);
    }
    m_state->setText(tr("What was typed on this computer at %1 and not yet saved in the campaign is back; it is being saved.")
                         .arg(QLocale().toString(kept->keptAt, QLocale::ShortFormat)));
    m_autosave->start();
}

void UnitWorkspacePage::edited()
{
    if (m_loading || !m_editable) return;
    m_autosave->start(); // restarts on every keystroke: saves once typing pauses
}

ReportDraft UnitWorkspacePage::currentDraft() const
{
    ReportDraft d;
    d.unitId = m_shownUnit;
    d.periodCode = m_shownPeriod;
    d.summary = m_summary->toPlainText();
    for (const auto& e : m_items)
        d.items.append({e.task.id, e.progress->value(), ItemStatus(e.status->currentData().toInt()), e.done->toPlainText(),
                        e.problems->toPlainText(), e.next->toPlainText()});
    d.keep = m_kept;
    d.add = m_added;
    d.asRead = m_base;
    return d;
}

bool UnitWorkspacePage::saveDraft()
{
    m_autosave->stop();
    if (!m_editable) return false;
    // What is typed goes to this computer first, and leaves it once the campaign has it.
    const ReportDraft draft = currentDraft();
    const QString campaign = m_workspace.path();
    local_drafts::save(campaign, draft, QDateTime::currentDateTime());
    auto id = ReportService(m_workspace.context()).saveDraft(draft);
    if (!id) {
        m_saveError = id.error().message;
        m_waitingForServer = m_workspace.isServer() && m_workspace.database().connectionLost();
        if (m_waitingForServer) {
            m_state->setText(tr("<span style='color:#b3261e'>Not saved on the server: the connection is lost.</span> What you typed is kept on this "
                                "computer and sent when the server is back."));
            return false;
        }
        local_drafts::remove(campaign, draft.unitId, draft.periodCode);
        m_state->setText(tr("<span style='color:#b3261e'>Not saved: %1</span>").arg(m_saveError.toHtmlEscaped()));
        return false;
    }
    m_waitingForServer = false;
    local_drafts::remove(campaign, draft.unitId, draft.periodCode);
    // The new files are stored now; keep the list in step without disturbing the editors.
    auto saved = ReportService(m_workspace.context()).report(*id);
    if (saved) {
        m_base = ReportDraft::Read{saved->id, saved->savedAt};
        m_kept = saved->attachments;
        m_added.clear();
        m_files->clear();
        for (const auto& a : saved->attachments) {
            auto* item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.name).arg((a.size + 1023) / 1024), m_files);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, -1);
        }
        m_state->setText(tr("Draft, saved %1. It is saved as you type; submit it when it is complete.")
                             .arg(saved->savedAt.toString(QStringLiteral("MM-dd HH:mm"))));
    }
    return true;
}

void UnitWorkspacePage::addFiles(const QStringList& paths)
{
    if (!m_editable) return;
    const qint64 limit = ReportService(m_workspace.context()).attachmentLimitBytes();
    QStringList refused;
    const qsizetype before = m_added.size();
    for (const auto& path : paths) {
        auto data = input::read(path, limit, tr("evidence file"));
        if (!data) {
            refused << data.error().message;
            continue;
        }
        if (data->isEmpty()) {
            refused << tr("The file %1 is empty; an empty file proves nothing.").arg(QFileInfo(path).fileName());
            continue;
        }
        m_added.append({QFileInfo(path).fileName(), *data});
    }
    if (m_added.size() > before && !saveDraft()) {
        // The draft was not saved with these files: take them back out, so that the form keeps
        // working and the next save does not fail on them again.
        refused << m_saveError;
        m_added.resize(before);
        saveDraft();
    }
    if (!refused.isEmpty()) dialogs::warning(this, tr("Evidence files"), refused.join(QLatin1Char('\n')));
}

void UnitWorkspacePage::submit()
{
    if (!m_editable || !saveDraft()) return;
    const auto incomplete = std::ranges::count_if(m_items, [](const ItemEditor& e) { return e.status->currentData().toInt() == int(ItemStatus::NotStarted) && e.done->toPlainText().isEmpty(); });
    const QString warn = incomplete > 0 ? tr("%n task(s) have nothing reported yet. ", nullptr, int(incomplete)) : QString();
    if (dialogs::question(this, tr("Submit"), warn + tr("Submit the report for %1? After submitting, it can only be changed if the office returns it.").arg(periodCode()),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = ReportService(m_workspace.context()).submit(m_shownUnit, m_shownPeriod); !s) {
        dialogs::warning(this, tr("Submit"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
    reload();
}

void UnitWorkspacePage::loadPlan()
{
    m_planTyped = false;
    m_planTable->setRowCount(0);
    m_planState->clear();
    if (!m_workspace.isOpen() || unitId() == 0) return;
    ReportService reports(m_workspace.context());
    auto p = reports.period(periodCode());
    if (!p || p->kind != PeriodKind::Month) {
        m_planState->setText(tr("Plans are made for months; choose a month."));
        return;
    }
    const auto plan = reports.latestPlan(unitId(), periodCode());
    QHash<qint64, QString> planned;
    if (plan) {
        for (const auto& i : plan->items) planned.insert(i.taskId, i.text);
        m_planState->setText(tr("Version %1 submitted %2 by %3.").arg(plan->version).arg(plan->submittedAt.toString(QStringLiteral("MM-dd HH:mm")), plan->submittedBy));
    } else {
        m_planState->setText(tr("No plan for %1 yet; due %2.").arg(p->code, ReportService::planDeadline(*p).toString(Qt::ISODate)));
    }
    auto c = m_workspace.campaign();
    if (!c) return;
    for (const auto& t : ReportRules::tasksDue(*p, CampaignService(m_workspace.context()).tasks(c->id), unitId())) {
        const int row = m_planTable->rowCount();
        m_planTable->insertRow(row);
        auto* task = views::cell(QStringLiteral("%1  %2").arg(t.code, t.title));
        task->setData(Qt::UserRole, t.id);
        task->setFlags(task->flags() & ~Qt::ItemIsEditable);
        m_planTable->setItem(row, 0, task);
        m_planTable->setItem(row, 1, views::cell(planned.value(t.id)));
    }
    m_planTable->resizeColumnToContents(0);
}

void UnitWorkspacePage::submitPlan()
{
    QList<PlanItem> items;
    for (int r = 0; r < m_planTable->rowCount(); ++r) {
        const QString text = m_planTable->item(r, 1) ? m_planTable->item(r, 1)->text().trimmed() : QString();
        if (!text.isEmpty()) items.append({m_planTable->item(r, 0)->data(Qt::UserRole).toLongLong(), text});
    }
    if (items.isEmpty()) {
        dialogs::warning(this, tr("Monthly plan"), tr("Write what the unit will do for at least one task."));
        return;
    }
    if (auto s = ReportService(m_workspace.context()).submitPlan(unitId(), periodCode(), items); !s) {
        dialogs::warning(this, tr("Monthly plan"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
    m_loading = true;
    loadPlan();
    m_loading = false;
}

void UnitWorkspacePage::loadProgress()
{
    m_progress->setSortingEnabled(false);
    m_progress->setRowCount(0);
    if (!m_workspace.isOpen() || unitId() == 0) return;
    auto lines = ReportService(m_workspace.context()).progress(unitId());
    if (!lines) return;
    for (const auto& l : *lines) {
        const int row = m_progress->rowCount();
        m_progress->insertRow(row);
        m_progress->setItem(row, 0, views::cell(l.task.code));
        m_progress->setItem(row, 1, views::cell(l.task.title));
        m_progress->setItem(row, 2, views::cell(QStringLiteral("%1 %2").arg(l.task.target).arg(l.task.measure)));
        m_progress->setItem(row, 3, views::cell(ReportRules::amount(l.cumulative)));
        auto* bar = new QProgressBar;
        bar->setRange(0, 100);
        bar->setValue(int(l.percent));
        bar->setFormat(l.behind ? tr("%p% — behind schedule") : QStringLiteral("%p%"));
        if (l.behind) bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #c0392b; }"));
        m_progress->setCellWidget(row, 4, bar);
        auto* sortKey = views::cell();
        sortKey->setData(Qt::EditRole, l.percent);
        m_progress->setItem(row, 4, sortKey);
    }
    m_progress->resizeColumnsToContents();
    m_progress->setSortingEnabled(true);
}

} // namespace cd
