#include "widgets/campaign/CampaignPage.h"

#include "models/CollatingProxy.h"
#include "models/TaskTreeModel.h"
#include "services/CampaignService.h"
#include "services/UnitService.h"
#include "widgets/campaign/TaskDialog.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Offer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd {
namespace {
QString periodKindName(PeriodKind k)
{
    switch (k) {
    case PeriodKind::Month: return CampaignPage::tr("Monthly");
    case PeriodKind::Quarter: return CampaignPage::tr("Quarterly");
    case PeriodKind::Year: return CampaignPage::tr("Annual");
    }
    return {};
}
} // namespace

CampaignPage::CampaignPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_model(new TaskTreeModel(this)), m_proxy(new CollatingProxy(this)), m_tree(new QTreeView(this)),
      m_periods(new QTableWidget(this))
{
    m_heading->setObjectName(QStringLiteral("campaignHeading"));
    m_heading->setTextFormat(Qt::RichText);
    m_filter->setPlaceholderText(tr("Filter tasks by code or title"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("taskTree"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(TaskTreeModel::Title);
    m_tree->setModel(m_proxy);
    views::setUpTree(m_tree, QStringLiteral("tasks"));
    m_tree->header()->resizeSection(TaskTreeModel::Title, 420);

    m_periods->setObjectName(QStringLiteral("periodTable"));
    m_periods->setColumnCount(5);
    m_periods->setHorizontalHeaderLabels({tr("Checkpoint"), tr("Kind"), tr("From"), tr("To"), tr("Report deadline")});
    m_periods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_periods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periods->setSortingEnabled(true);
    m_periods->verticalHeader()->hide();
    m_periods->horizontalHeader()->setStretchLastSection(true);

    auto* tabs = new QTabWidget(this);
    auto* taskTab = new QWidget;
    auto* addOwn = m_addOwn = new QPushButton(tr("New &own task of a unit…"));
    auto* edit = m_editTask = new QPushButton(tr("&Edit task…"));
    addOwn->setObjectName(QStringLiteral("addOwnTaskButton"));
    edit->setObjectName(QStringLiteral("editTaskButton"));
    auto* taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_filter, 1);
    taskButtons->addWidget(addOwn);
    taskButtons->addWidget(edit);
    auto* taskLayout = new QVBoxLayout(taskTab);
    taskLayout->addLayout(taskButtons);
    taskLayout->addWidget(m_tree);
    tabs->addTab(taskTab, tr("Pillars and tasks"));
    tabs->addTab(m_periods, tr("Checkpoints"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(tabs);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setFilterFixedString(t);
        if (!t.isEmpty()) m_tree->expandAll();
    });
    connect(addOwn, &QPushButton::clicked, this, &CampaignPage::addOwnTask);
    connect(edit, &QPushButton::clicked, this, &CampaignPage::editCurrent);
    connect(m_tree, &QTreeView::activated, this, &CampaignPage::editCurrent);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    reload();
}

void CampaignPage::reload()
{
    offer(m_workspace, Operation::ManageSetup, {m_addOwn, m_editTask});
    auto campaign = m_workspace.campaign();
    if (!campaign) {
        m_heading->setText(tr("<h2>No campaign yet</h2><p>Use File ▸ New to create this year's campaign from the template.</p>"));
        m_model->setCampaign({}, {}, {});
        m_periods->setRowCount(0);
        return;
    }
    CampaignService service(m_workspace.context());
    const auto tasks = service.tasks(campaign->id);
    const auto mandatory = std::ranges::count(tasks, TaskKind::Mandatory, &Task::kind);
    m_heading->setText(tr("<h2>%1</h2><p>%2 to %3 · %4 mandatory tasks · %5 units' own tasks</p>")
                           .arg(campaign->name.toHtmlEscaped(), campaign->start.toString(Qt::ISODate), campaign->end.toString(Qt::ISODate))
                           .arg(mandatory)
                           .arg(tasks.size() - mandatory));
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(m_workspace.context()).list()) names.insert(u.id, u.name);
    m_model->setCampaign(service.pillars(campaign->id), tasks, names);
    m_tree->expandAll();

    const auto periods = service.periods(campaign->id);
    m_periods->setSortingEnabled(false);
    m_periods->setRowCount(int(periods.size()));
    for (int i = 0; i < periods.size(); ++i) {
        const Period& p = periods[i];
        const QStringList cells{p.code, periodKindName(p.kind), p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate),
                                p.deadline.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c) m_periods->setItem(i, c, views::cell(cells[c]));
    }
    m_periods->setSortingEnabled(true);
    m_periods->resizeColumnsToContents();
}

void CampaignPage::addOwnTask()
{
    auto campaign = m_workspace.campaign();
    if (!campaign || !m_workspace.can(Operation::ManageSetup)) return;
    Task t;
    t.campaignId = campaign->id;
    t.kind = TaskKind::Optional;
    t.pillar = Pillar::Study;
    t.cadence = Cadence::Quarterly;
    t.target = 4;
    t.due = campaign->end;
    TaskDialog dialog(m_workspace, *campaign, t, UnitService(m_workspace.context()).list(), this);
    dialog.exec();
}

void CampaignPage::editCurrent()
{
    auto campaign = m_workspace.campaign();
    const Task* t = m_model->taskAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!campaign || !t || !m_workspace.can(Operation::ManageSetup)) return;
    TaskDialog dialog(m_workspace, *campaign, *t, UnitService(m_workspace.context()).list(), this);
    dialog.exec();
}

} // namespace cd
