#include "widgets/reporting/ReportDialog.h"

#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {
namespace {

QTableWidget* tableOf(const QStringList& header, const QList<QStringList>& rows)
{
    auto* t = views::plainTable(header);
    t->setSortingEnabled(false);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < header.size(); ++c) t->setItem(r, c, views::cell(rows[r].value(c)));
    t->setSortingEnabled(true);
    t->resizeColumnsToContents();
    return t;
}

QList<QStringList> diffRows(const QList<DiffLine>& lines)
{
    QList<QStringList> rows;
    for (const auto& l : lines) rows.append({l.taskCode, l.field, l.before, l.after});
    return rows;
}

} // namespace

ReportDialog::ReportDialog(Workspace& workspace, qint64 reportId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_reportId(reportId), m_files(new QListWidget)
{
    resize(980, 640);
    ReportService reports(workspace.context());
    auto diff = reports.diff(reportId);
    QHash<qint64, Task> tasks;
    if (auto c = workspace.campaign())
        for (const auto& t : CampaignService(workspace.context()).tasks(c->id)) tasks.insert(t.id, t);
    auto report = reports.report(reportId);
    auto* layout = new QVBoxLayout(this);
    if (!report || !diff) {
        layout->addWidget(new QLabel(!report ? report.error().message : diff.error().message));
        return;
    }
    QString unitName;
    for (const auto& u : UnitService(workspace.context()).list())
        if (u.id == report->unitId) unitName = u.name;
    setWindowTitle(tr("Report of %1").arg(unitName));
    auto* heading = new QLabel(tr("<b>%1</b> · version %2 · %3 · submitted %4 by %5")
                                   .arg(unitName.toHtmlEscaped())
                                   .arg(report->version)
                                   .arg(displayName(report->status), report->submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        report->submittedBy));
    layout->addWidget(heading);
    if (!report->reviewComment.isEmpty()) layout->addWidget(new QLabel(tr("Office's comment: %1").arg(report->reviewComment)));
    auto* summary = new QLabel(report->summary);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    QList<QStringList> items;
    for (const auto& i : report->items) {
        const Task t = tasks.value(i.taskId);
        items.append({t.code, t.title, QStringLiteral("%1 %2").arg(ReportRules::amount(i.progress), t.measure), displayName(i.status), i.done, i.problems, i.next});
    }
    auto* tabs = new QTabWidget;
    tabs->addTab(tableOf({tr("Code"), tr("Task"), tr("Progress"), tr("Status"), tr("Done"), tr("Problems"), tr("Next steps")}, items),
                 tr("Items"));
    for (const auto& a : report->attachments) {
        auto* item = new QListWidgetItem(tr("%1 (%2 KB)").arg(a.name).arg((a.size + 1023) / 1024));
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.name);
        m_files->addItem(item);
    }
    auto* filesTab = new QWidget;
    auto* filesLayout = new QVBoxLayout(filesTab);
    filesLayout->addWidget(m_files);
    auto* openFile = new QPushButton(tr("&Open the file"));
    filesLayout->addWidget(openFile, 0, Qt::AlignLeft);
    connect(openFile, &QPushButton::clicked, this, &ReportDialog::openAttachment);
    connect(m_files, &QListWidget::itemActivated, this, &ReportDialog::openAttachment);
    tabs->addTab(filesTab, tr("Evidence (%1)").arg(report->attachments.size()));
    // Against the earlier version the columns are versions; against the previous period, periods.
    tabs->addTab(tableOf({tr("Code"), tr("Field"), tr("Earlier version"), tr("This version")}, diffRows(diff->againstPreviousVersion)),
                 diff->previousVersion ? tr("Changes since version %1").arg(diff->previousVersion->version) : tr("No earlier version"));
    tabs->addTab(tableOf({tr("Code"), tr("Field"), tr("Previous period"), tr("This period")}, diffRows(diff->againstPreviousPeriod)),
                 diff->previousPeriod ? tr("Compared with the previous period") : tr("No previous period"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    const bool waiting = report->status == ReportStatus::Submitted && workspace.can(Operation::ReviewReports);
    if (waiting) {
        auto* accept = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
        auto* giveBack = buttons->addButton(tr("&Return…"), QDialogButtonBox::ActionRole);
        const QString period = [&] {
            for (const auto& p : CampaignService(workspace.context()).periods(workspace.campaign()->id))
                if (p.id == report->periodId) return p.code;
            return QString();
        }();
        const qint64 unitId = report->unitId;
        connect(accept, &QPushButton::clicked, this, [this, unitId, period] {
            if (auto s = ReportService(m_workspace.context()).review(unitId, period, true, {}); !s)
                return dialogs::warning(this, windowTitle(), s.error().message);
            m_workspace.notifyChanged();
            QDialog::accept();
        });
        connect(giveBack, &QPushButton::clicked, this, [this, unitId, period] {
            bool ok = false;
            const QString why = QInputDialog::getMultiLineText(this, tr("Return the report"), tr("Why is the report returned?"), {}, &ok);
            if (!ok) return;
            if (auto s = ReportService(m_workspace.context()).review(unitId, period, false, why); !s)
                return dialogs::warning(this, windowTitle(), s.error().message);
            m_workspace.notifyChanged();
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog() = default;

QString ReportDialog::evidenceFolder() const { return m_evidence ? m_evidence->path() : QString(); }

void ReportDialog::openAttachment()
{
    const QListWidgetItem* item = m_files->currentItem();
    if (!item) return;
    auto data = ReportService(m_workspace.context()).attachment(m_reportId, item->data(Qt::UserRole).toLongLong());
    if (!data) return dialogs::warning(this, windowTitle(), data.error().message);
    // A copy in a folder of this person's own, opened with the program the system uses for
    // that type, and removed when the dialog closes.
    if (!m_evidence) {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        const QString base = runtime.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::TempLocation) : runtime;
        m_evidence = std::make_unique<QTemporaryDir>(QDir(base).filePath(QStringLiteral("campaigndesk-evidence-XXXXXX")));
    }
    if (!m_evidence->isValid()) return dialogs::warning(this, windowTitle(), tr("Could not write %1.").arg(m_evidence->path()));
    const QString path = QDir(m_evidence->path()).filePath(QFileInfo(item->data(Qt::UserRole + 1).toString()).fileName());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*data) != data->size())
        return dialogs::warning(this, windowTitle(), tr("Could not write %1.").arg(path));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace cd
