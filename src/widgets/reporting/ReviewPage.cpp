#include "widgets/reporting/ReviewPage.h"

#include "widgets/main/AuditDialog.h"

#include "models/CollatingProxy.h"
#include "models/ReportQueueModel.h"
#include "services/ReportService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {
namespace {
class QueueFilter : public CollatingProxy
{
public:
    using CollatingProxy::CollatingProxy;
    void set(const QString& unit, bool lateOnly)
    {
        m_unit = unit.trimmed();
        m_lateOnly = lateOnly;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, ReportQueueModel::UnitName, parent);
        if (m_lateOnly && !i.data(ReportQueueModel::LateRole).toBool()) return false;
        return m_unit.isEmpty() || i.data().toString().contains(m_unit, Qt::CaseInsensitive);
    }

private:
    QString m_unit;
    bool m_lateOnly = false;
};
} // namespace

ReviewPage::ReviewPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_period(new PeriodCombo), m_status(new QComboBox), m_unit(new QLineEdit),
      m_lateOnly(new QCheckBox(tr("Late only"))), m_model(new ReportQueueModel(this)), m_proxy(new QueueFilter(this)),
      m_table(new QTableView), m_count(new QLabel)
{
    m_status->setObjectName(QStringLiteral("reviewStatusCombo"));
    m_status->addItem(tr("All states"), -1);
    for (auto s : {ReportStatus::Submitted, ReportStatus::Accepted, ReportStatus::Returned}) m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(1); // waiting for review
    m_unit->setPlaceholderText(tr("Filter by unit"));
    m_unit->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    views::setUpTable(m_table, QStringLiteral("review"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->resizeSection(ReportQueueModel::UnitName, 260);

    auto* open = m_open = new QPushButton(tr("&Open…"));
    auto* accept = m_accept = new QPushButton(tr("&Accept selected"));
    auto* giveBack = m_return = new QPushButton(tr("&Return…"));
    m_history = new QPushButton(tr("Hi&story…"));
    m_history->setObjectName(QStringLiteral("reportHistoryButton"));
    connect(m_history, &QPushButton::clicked, this, [this] {
        const ReportListRow* r = m_model->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row());
        if (!r) return;
        // Every version of the unit's report for the period: each is a record of its own.
        AuditDialog::openHistory(this, m_workspace, tr("%1's report for %2").arg(r->row.unitName, r->row.periodCode), QStringLiteral("report"), 0, r->row.unitId, {},
                                 QStringLiteral("\"period_id\":%1,").arg(r->row.periodId));
    });
    accept->setObjectName(QStringLiteral("acceptButton"));
    giveBack->setObjectName(QStringLiteral("returnButton"));
    open->setObjectName(QStringLiteral("openReportButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period")));
    filters->addWidget(m_period);
    filters->addWidget(new QLabel(tr("Status")));
    filters->addWidget(m_status);
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_lateOnly);
    auto* actions = new QHBoxLayout;
    actions->addWidget(open);
    actions->addWidget(accept);
    actions->addWidget(giveBack);
    actions->addWidget(m_history);
    actions->addStretch();
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(actions);

    const auto refilter = [this] {
        static_cast<QueueFilter*>(m_proxy)->set(m_unit->text(), m_lateOnly->isChecked());
        m_count->setText(tr("%1 reports").arg(m_proxy->rowCount()));
    };
    connect(m_unit, &QLineEdit::textChanged, this, refilter);
    connect(m_lateOnly, &QCheckBox::toggled, this, refilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReviewPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReviewPage::reload);
    connect(open, &QPushButton::clicked, this, &ReviewPage::openCurrent);
    connect(m_table, &QTableView::activated, this, &ReviewPage::openCurrent);
    connect(accept, &QPushButton::clicked, this, &ReviewPage::acceptSelected);
    connect(giveBack, &QPushButton::clicked, this, &ReviewPage::returnCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewPage::updateActions);
    auto* lazy = new LazyReload(this, [this] { reload(); }, [this] { loadPeriods(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::requestOpened);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    if (m_workspace.isOpen()) loadPeriods();
    reload();
}

// The page opens on the earliest period with reports waiting for review.
void ReviewPage::loadPeriods()
{
    QSet<QString> waiting;
    ReportFilter f;
    f.status = ReportStatus::Submitted;
    for (const auto& r : ReportService(m_workspace.context()).list(f)) waiting.insert(r.row.periodCode);
    m_period->load(m_workspace, true, waiting);
}

void ReviewPage::reload()
{
    if (!m_workspace.isOpen()) {
        m_model->setRows({});
        return;
    }
    ReportService reports(m_workspace.context());
    ReportFilter f;
    if (!m_period->code().isEmpty())
        if (auto p = reports.period(m_period->code())) f.periodId = p->id;
    if (const int s = m_status->currentData().toInt(); s >= 0) f.status = ReportStatus(s);
    m_model->setRows(reports.list(f));
    static_cast<QueueFilter*>(m_proxy)->set(m_unit->text(), m_lateOnly->isChecked());
    m_count->setText(tr("%1 reports").arg(m_proxy->rowCount()));
}

QList<int> ReviewPage::selectedRows() const
{
    QList<int> rows;
    for (const auto& i : m_table->selectionModel()->selectedRows()) rows << m_proxy->mapToSource(i).row();
    return rows;
}

QList<int> ReviewPage::waitingRows() const
{
    QList<int> out;
    for (int row : selectedRows())
        if (const ReportListRow* r = m_model->rowAt(row); r && r->row.status == ReportStatus::Submitted) out << row;
    return out;
}

void ReviewPage::updateActions()
{
    // Only what applies to the selection is offered: accepting and returning concern reports
    // waiting for review, and returning one report at a time.
    const bool reviewer = m_workspace.can(Operation::ReviewReports);
    m_accept->setVisible(reviewer);
    m_return->setVisible(reviewer);
    const auto waiting = waitingRows();
    m_accept->setEnabled(!waiting.isEmpty());
    m_accept->setText(waiting.size() > 1 ? tr("&Accept %n selected", nullptr, int(waiting.size())) : tr("&Accept selected"));
    const ReportListRow* current = m_model->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    m_return->setEnabled(selectedRows().size() == 1 && current && current->row.status == ReportStatus::Submitted);
    m_open->setEnabled(current != nullptr);
    m_history->setVisible(m_workspace.can(Operation::Supervise));
    m_history->setEnabled(current != nullptr);
}

void ReviewPage::acceptSelected()
{
    const auto rows = waitingRows();
    if (rows.isEmpty()) return;
    if (dialogs::question(this, tr("Accept"), tr("Accept %n report(s)?", nullptr, int(rows.size())), QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Yes) != QMessageBox::Yes)
        return;
    ReportService reports(m_workspace.context());
    QStringList failures;
    for (int row : rows) {
        const ReportListRow* r = m_model->rowAt(row);
        if (auto s = reports.review(r->row.unitId, r->row.periodCode, true, {}); !s) failures << r->row.unitName + QStringLiteral(": ") + s.error().message;
    }
    m_workspace.notifyChanged();
    if (!failures.isEmpty()) dialogs::warning(this, tr("Accept"), failures.join(QLatin1Char('\n')));
}

void ReviewPage::returnCurrent()
{
    const ReportListRow* r = m_model->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!r || r->row.status != ReportStatus::Submitted) return;
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(this, tr("Return the report"),
                                                           tr("Why is the report of %1 returned?").arg(r->row.unitName), {}, &ok);
    if (!ok) return;
    if (auto s = ReportService(m_workspace.context()).review(r->row.unitId, r->row.periodCode, false, comment); !s) {
        dialogs::warning(this, tr("Return the report"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
}

void ReviewPage::openCurrent()
{
    const ReportListRow* r = m_model->rowAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!r) return;
    ReportDialog dialog(m_workspace, r->row.reportId, this);
    dialog.exec();
}

} // namespace cd
