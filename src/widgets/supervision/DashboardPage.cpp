#include "widgets/supervision/DashboardPage.h"

#include "models/CollatingProxy.h"
#include "models/GroupFiguresModel.h"
#include "models/HeatMapModel.h"
#include "services/DashboardService.h"
#include "services/GroupService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"

#include <algorithm>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace cd {
DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tiles(new QGridLayout), m_heading(new QLabel), m_heat(new HeatMapModel(this)),
      m_heatProxy(new CollatingProxy(this)), m_heatView(new QTableView), m_charts(new QTabWidget), m_deadlines(new QListWidget),
      m_groups(new GroupFiguresModel(this)), m_groupsProxy(new CollatingProxy(this)), m_groupsView(new QTableView), m_scopeLabel(new QLabel),
      m_up(new QPushButton(tr("&Up"), this))
{
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    tile(QStringLiteral("on_time"), tr("Reports on time"), 0);
    tile(QStringLiteral("late"), tr("Late"), 1);
    tile(QStringLiteral("missing"), tr("Missing"), 2);
    tile(QStringLiteral("behind"), tr("Tasks behind schedule"), 3);
    tile(QStringLiteral("open"), tr("Open problems"), 4);
    tile(QStringLiteral("overdue"), tr("Overdue problems"), 5);
    tile(QStringLiteral("closing"), tr("Closing rate"), 6);

    m_heatProxy->setSourceModel(m_heat);
    m_heatProxy->setSortRole(Qt::EditRole);
    m_heatView->setModel(m_heatProxy);
    m_heatView->setObjectName(QStringLiteral("heatMapTable"));
    views::setUpTable(m_heatView, QStringLiteral("heatmap"));
    m_heatView->horizontalHeader()->resizeSection(0, 200);
    for (int c = 1; c <= 5; ++c) m_heatView->horizontalHeader()->resizeSection(c, c == 5 ? 72 : 64);
    m_heatView->sortByColumn(5, Qt::DescendingOrder); // the most red first
    connect(m_heatView, &QTableView::activated, this, [this](const QModelIndex& i) { emit unitActivated(i.data(HeatMapModel::UnitIdRole).toLongLong()); });

    // The groups of the scope, first: a row per part, activated to go into it.
    m_groupsProxy->setSourceModel(m_groups);
    m_groupsProxy->setSortRole(Qt::EditRole);
    m_groupsView->setModel(m_groupsProxy);
    m_groupsView->setObjectName(QStringLiteral("groupFiguresTable"));
    views::setUpTable(m_groupsView, QStringLiteral("dashboardGroups"));
    // Widths that fit the Chinese headers; the groups keep the tree's order until a header is clicked.
    const std::pair<int, int> widths[] = {{GroupFiguresModel::Name, 112}, {GroupFiguresModel::Units, 52}, {GroupFiguresModel::OnTime, 80},
                                          {GroupFiguresModel::Missing, 40}, {GroupFiguresModel::Behind, 64}, {GroupFiguresModel::Open, 76},
                                          {GroupFiguresModel::Overdue, 40}, {GroupFiguresModel::Closing, 56}};
    for (auto [column, width] : widths) m_groupsView->horizontalHeader()->resizeSection(column, width);
    for (int c = GroupFiguresModel::Study; c <= GroupFiguresModel::Reform; ++c) m_groupsView->horizontalHeader()->resizeSection(c, 52);
    m_groupsView->sortByColumn(-1, Qt::AscendingOrder);
    m_groupsView->setToolTip(tr("Double-click or press Enter on a group to see its own groups and units"));
    connect(m_groupsView, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (!i.data(GroupFiguresModel::DirectRole).toBool()) showGroup(i.data(GroupFiguresModel::GroupIdRole).toLongLong());
    });
    m_scopeLabel->setObjectName(QStringLiteral("dashboardScope"));
    m_up->setObjectName(QStringLiteral("dashboardUpButton"));
    m_up->setToolTip(tr("Back to the group above (Backspace)"));
    connect(m_up, &QPushButton::clicked, this, &DashboardPage::up);
    connect(static_cast<QTabWidget*>(m_charts), &QTabWidget::currentChanged, this, &DashboardPage::fillChart);
    connect(new QShortcut(QKeySequence(Qt::Key_Backspace), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut), &QShortcut::activated, this, &DashboardPage::up);
    auto* scopeBar = new QHBoxLayout;
    scopeBar->addWidget(m_scopeLabel, 1);
    scopeBar->addWidget(m_up);
    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(m_groupsView);
    left->addWidget(m_heatView);
    left->setSizes({220, 320});

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_charts, 3);
    rightLayout->addWidget(new QLabel(tr("Deadlines in the next two weeks")));
    rightLayout->addWidget(m_deadlines, 1);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({720, 440});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_tiles);
    layout->addLayout(scopeBar);
    layout->addWidget(split, 1);
    // The first time the figures of a newly opened campaign are painted, the log says so: a
    // person judges opening by when the figures show, and scripts/bench-peers.sh times it.
    connect(&m_workspace, &Workspace::opened, this, [this] { m_announce = true; });
    findChild<QLabel*>(QStringLiteral("on_timeTile"))->installEventFilter(this);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    reload();
}

QLabel* DashboardPage::tile(const QString& name, const QString& caption, int column)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* value = new QLabel(QStringLiteral("—"));
    value->setObjectName(name + QStringLiteral("Tile"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignCenter);
    auto* label = new QLabel(caption);
    label->setAlignment(Qt::AlignCenter);
    auto* l = new QVBoxLayout(frame);
    l->addWidget(value);
    l->addWidget(label);
    m_tiles->addWidget(frame, 0, column);
    return value;
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_announce && m_figuresShown && watched->objectName() == QLatin1String("on_timeTile")) {
        m_announce = false;
        spdlog::info("dashboard: figures shown for {} units", m_heat->rowCount());
        spdlog::default_logger()->flush();
    }
    return QWidget::eventFilter(watched, event);
}

QString DashboardPage::tileText(const QString& name) const
{
    auto* l = findChild<QLabel*>(name + QStringLiteral("Tile"));
    return l ? l->text() : QString();
}

void DashboardPage::showGroup(qint64 groupId)
{
    m_scope = groupId;
    reload();
}

void DashboardPage::up()
{
    if (m_scope == 0 || m_scope == m_workspace.actor().groupId) return;
    showGroup(m_scopeParent);
}

void DashboardPage::fillChart(int index)
{
    auto* tabs = static_cast<QTabWidget*>(m_charts);
    QWidget* holder = index >= 0 ? tabs->widget(index) : nullptr;
    if (!holder || !m_trends || holder->layout()->count() > 0) return;
    holder->layout()->addWidget(trendChart(*m_trends, index));
}

void DashboardPage::reload()
{
    auto* tabs = static_cast<QTabWidget*>(m_charts);
    m_trends.reset(); // no chart is drawn for the tabs going
    while (tabs->count() > 0) delete tabs->widget(0);
    m_deadlines->clear();
    m_figuresShown = false;
    const auto set = [this](const char* name, const QString& text) { findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Tile"))->setText(text); };
    if (!m_workspace.isOpen() || !m_workspace.can(Operation::ReadAllUnits)) {
        m_heat->setCells({});
        m_groups->setGroups({});
        m_groupsView->hide();
        m_scopeLabel->clear();
        m_up->hide();
        m_heading->setText(tr("<h2>Dashboard</h2><p>Open a campaign file.</p>"));
        return;
    }
    DashboardService dashboard(m_workspace.context());
    const GroupTree tree = GroupService(m_workspace.context()).tree();
    if (m_scope != 0 && !tree.byId(m_scope)) m_scope = 0; // the group is gone
    // An account that runs one part opens on its own group and goes no higher.
    const Actor& actor = m_workspace.actor();
    if (actor.scoped() && (m_scope == 0 || !tree.within(m_scope, actor.groupId))) m_scope = actor.groupId;
    m_scopeParent = m_scope != 0 && tree.byId(m_scope) ? tree.byId(m_scope)->parentId : 0;
    auto d = dashboard.figures(m_scope);
    m_up->setVisible(m_scope != 0 && m_scope != actor.groupId);
    if (!d) {
        m_heat->setCells({});
        m_groups->setGroups({});
        m_heading->setText(tr("<h2>Dashboard</h2><p>%1</p>").arg(d.error().message.toHtmlEscaped()));
        return;
    }
    // Units deactivated take no part and are not counted: said, so that 59 of 60 is not a puzzle.
    const int inactive = d->unitsInactive;
    const QString units = inactive > 0 ? tr("%1 units taking part (%n deactivated, not counted)", nullptr, inactive).arg(d->units)
                                       : tr("%1 units").arg(d->units);
    m_heading->setText(d->period.isEmpty() ? tr("<h2>Dashboard</h2><p>No monthly report is due yet.</p>")
                                           : tr("<h2>Dashboard</h2><p>Reports for %1 · %2</p>").arg(d->period, units));
    set("on_time", QString::number(d->reportsOnTime));
    set("late", QString::number(d->reportsLate));
    set("missing", QString::number(d->reportsMissing));
    set("behind", QString::number(d->tasksBehind));
    set("open", QString::number(d->problemsOpen));
    set("overdue", QString::number(d->problemsOverdue));
    set("closing", QStringLiteral("%1%").arg(d->closingRate * 100, 0, 'f', 1));
    m_figuresShown = true;
    m_heat->setCells(d->heatmap);
    m_groups->setGroups(d->groups);
    m_groupsView->setVisible(!d->groups.isEmpty());
    // Where the figures are from: the whole campaign, or a group and the groups above it.
    QStringList crumbs;
    if (!actor.scoped()) crumbs << tr("Whole campaign");
    if (m_scope != 0) crumbs << d->scope.split(GroupTree::kSeparator);
    m_scopeLabel->setText(tree.all().isEmpty() ? QString() : crumbs.join(QStringLiteral(" › ")));

    // A chart is drawn when its tab is first shown: only one is on screen at a time.
    if (auto trends = dashboard.trends(*d)) {
        m_trends = std::make_shared<DashboardTrends>(std::move(*trends));
        for (const QString& name : {tr("On-time reports"), tr("Problems found and struck off"), tr("Completion by pillar")}) {
            auto* holder = new QWidget;
            (new QVBoxLayout(holder))->setContentsMargins(0, 0, 0, 0);
            tabs->addTab(holder, name);
        }
        fillChart(tabs->currentIndex());
    }
    for (const auto& dl : dashboard.upcoming()) m_deadlines->addItem(QStringLiteral("%1  %2").arg(dl.date.toString(Qt::ISODate), dl.what));
    if (m_deadlines->count() == 0) m_deadlines->addItem(tr("Nothing falls due in the next two weeks."));
}

} // namespace cd
