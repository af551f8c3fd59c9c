#include "widgets/supervision/DashboardPage.h"

#include "services/DashboardService.h"

#include <algorithm>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

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

QWidget* DashboardPage::trendChart(const DashboardTrends& trends, int which)
{
    QStringList months;
    for (const QString& m : trends.months) months << m.mid(5);
    if (which == 0) {
        auto* rate = new QBarSet(tr("On-time rate (%)"));
        for (double r : trends.onTimeRate) *rate << std::max(0.0, r * 100);
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
        return chartView(rateChart);
    }
    if (which == 1) {
        auto* opened = new QBarSet(tr("Problems found"));
        auto* closed = new QBarSet(tr("Struck off"));
        for (int i = 0; i < trends.months.size(); ++i) {
            *opened << trends.problemsOpened[i];
            *closed << trends.problemsClosed[i];
        }
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
        return chartView(problemChart);
    }
    auto* pillars = new QBarSet(tr("On schedule (%)"));
    QStringList names;
    for (const auto& [p, share] : trends.completionByPillar) {
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
    return chartView(pillarChart);
}

} // namespace cd
