#include "widgets/supervision/DashboardPage.h"

#include "models/CollatingProxy.h"
#include "models/HeatMapModel.h"
#include "services/DashboardService.h"
#include "services/UnitService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cd {
namespace {

QChartView* chartView(QChart* chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tiles(new QGridLayout), m_heading(new QLabel), m_heat(new HeatMapModel(this)),
      m_heatProxy(new CollatingProxy(this)), m_heatView(new QTableView), m_charts(new QTabWidget), m_deadlines(new QListWidget)
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

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_charts, 3);
    rightLayout->addWidget(new QLabel(tr("Deadlines in the next two weeks")));
    rightLayout->addWidget(m_deadlines, 1);
    auto* split = new QSplitter;
    split->addWidget(m_heatView);
    split->addWidget(right);
    split->setSizes({560, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_tiles);
    layout->addWidget(split, 1);
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

QString DashboardPage::tileText(const QString& name) const
{
    auto* l = findChild<QLabel*>(name + QStringLiteral("Tile"));
    return l ? l->text() : QString();
}

void DashboardPage::reload()
{
    auto* tabs = static_cast<QTabWidget*>(m_charts);
    while (tabs->count() > 0) delete tabs->widget(0);
    m_deadlines->clear();
    const auto set = [this](const char* name, const QString& text) { findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("Tile"))->setText(text); };
    if (!m_workspace.isOpen() || !m_workspace.can(Operation::ReadAllUnits)) {
        m_heat->setCells({});
        m_heading->setText(tr("<h2>Dashboard</h2><p>Open a campaign file.</p>"));
        return;
    }
    DashboardService dashboard(m_workspace.context());
    auto d = dashboard.figures();
    if (!d) {
        m_heat->setCells({});
        m_heading->setText(tr("<h2>Dashboard</h2><p>%1</p>").arg(d.error().message.toHtmlEscaped()));
        return;
    }
    // Units deactivated take no part and are not counted: said, so that 59 of 60 is not a puzzle.
    const auto all = UnitService(m_workspace.context()).list();
    const int inactive = int(std::ranges::count_if(all, [](const Unit& u) { return !u.active; }));
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
    m_heat->setCells(d->heatmap);

    auto trends = dashboard.trends(*d);
    if (trends) {
        auto* rate = new QBarSet(tr("On-time rate (%)"));
        auto* opened = new QBarSet(tr("Problems found"));
        auto* closed = new QBarSet(tr("Struck off"));
        QStringList months;
        for (int i = 0; i < trends->months.size(); ++i) {
            *rate << std::max(0.0, trends->onTimeRate[i] * 100);
            *opened << trends->problemsOpened[i];
            *closed << trends->problemsClosed[i];
            months << trends->months[i].mid(5);
        }
        auto* rateSeries = new QBarSeries;
        rateSeries->append(rate);
        auto* rateChart = new QChart;
        rateChart->addSeries(rateSeries);
        auto* x = new QBarCategoryAxis;
        x->append(months);
        x->setTitleText(tr("Month"));
        auto* y = new QValueAxis;
        y->setRange(0, 100);
        rateChart->addAxis(x, Qt::AlignBottom);
        rateChart->addAxis(y, Qt::AlignLeft);
        rateSeries->attachAxis(x);
        rateSeries->attachAxis(y);
        tabs->addTab(chartView(rateChart), tr("On-time reports"));

        auto* problems = new QBarSeries;
        problems->append(opened);
        problems->append(closed);
        auto* problemChart = new QChart;
        problemChart->addSeries(problems);
        auto* months2 = new QBarCategoryAxis;
        months2->append(months);
        problemChart->addAxis(months2, Qt::AlignBottom);
        problems->attachAxis(months2);
        auto* count = new QValueAxis;
        count->setLabelFormat(QStringLiteral("%d"));
        problemChart->addAxis(count, Qt::AlignLeft);
        problems->attachAxis(count);
        tabs->addTab(chartView(problemChart), tr("Problems found and struck off"));

        auto* pillars = new QBarSet(tr("On schedule (%)"));
        QStringList names;
        for (const auto& [p, share] : trends->completionByPillar) {
            *pillars << share * 100;
            names << displayName(p);
        }
        auto* pillarSeries = new QBarSeries;
        pillarSeries->append(pillars);
        auto* pillarChart = new QChart;
        pillarChart->addSeries(pillarSeries);
        auto* pillarAxis = new QBarCategoryAxis;
        pillarAxis->append(names);
        pillarChart->addAxis(pillarAxis, Qt::AlignBottom);
        pillarSeries->attachAxis(pillarAxis);
        auto* pct = new QValueAxis;
        pct->setRange(0, 100);
        pillarChart->addAxis(pct, Qt::AlignLeft);
        pillarSeries->attachAxis(pct);
        tabs->addTab(chartView(pillarChart), tr("Completion by pillar"));
    }
    for (const auto& dl : dashboard.upcoming()) m_deadlines->addItem(QStringLiteral("%1  %2").arg(dl.date.toString(Qt::ISODate), dl.what));
    if (m_deadlines->count() == 0) m_deadlines->addItem(tr("Nothing falls due in the next two weeks."));
}

} // namespace cd
