#include "cli/Commands.h"
#include "cli/Output.h"
#include "services/DashboardService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

int runDashboard(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    auto d = DashboardService(s.context()).figures(s.args.value(QStringLiteral("group")));
    if (!d) return s.refuse(d.error().message);
    const QString format = s.args.value(QStringLiteral("format"), QStringLiteral("table"));
    static constexpr Pillar kPillars[] = {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform};
    if (format == QLatin1String("json")) {
        QJsonArray groups;
        for (const auto& g : d->groups) {
            QJsonObject lights;
            for (size_t p = 0; p < 4; ++p)
                lights.insert(toId(kPillars[p]), QJsonObject{{QStringLiteral("worst"), toId(g.worst[p])},
                                                             {QStringLiteral("red"), g.red[p]},
                                                             {QStringLiteral("yellow"), g.yellow[p]}});
            groups.append(QJsonObject{{QStringLiteral("path"), g.path},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("direct"), g.direct},
                                      {QStringLiteral("units"), g.units},
                                      {QStringLiteral("reports_due"), g.reportsDue},
                                      {QStringLiteral("reports_on_time"), g.reportsOnTime},
                                      {QStringLiteral("reports_late"), g.reportsLate},
                                      {QStringLiteral("reports_missing"), g.reportsMissing},
                                      {QStringLiteral("tasks_behind"), g.tasksBehind},
                                      {QStringLiteral("problems_open"), g.problemsOpen},
                                      {QStringLiteral("problems_overdue"), g.problemsOverdue},
                                      {QStringLiteral("problems_closed"), g.problemsClosed},
                                      {QStringLiteral("problems_raised"), g.problemsRaised},
                                      {QStringLiteral("closing_rate"), g.closingRate},
                                      {QStringLiteral("lights"), lights}});
        }
        QJsonArray heat;
        for (const auto& c : d->heatmap)
            heat.append(QJsonObject{{QStringLiteral("unit"), c.unitName},
                                    {QStringLiteral("pillar"), toId(c.pillar)},
                                    {QStringLiteral("light"), toId(c.decision.light)},
                                    {QStringLiteral("reasons"), QJsonArray::fromStringList(c.decision.reasons)}});
        const QJsonObject o{{QStringLiteral("period"), d->period},
                            {QStringLiteral("units"), d->units},
                            {QStringLiteral("reports_due"), d->reportsDue},
                            {QStringLiteral("reports_on_time"), d->reportsOnTime},
                            {QStringLiteral("reports_late"), d->reportsLate},
                            {QStringLiteral("reports_missing"), d->reportsMissing},
                            {QStringLiteral("tasks_behind"), d->tasksBehind},
                            {QStringLiteral("problems_open"), d->problemsOpen},
                            {QStringLiteral("problems_overdue"), d->problemsOverdue},
                            {QStringLiteral("problems_closed"), d->problemsClosed},
                            {QStringLiteral("closing_rate"), d->closingRate},
                            {QStringLiteral("heatmap"), heat},
                            {QStringLiteral("scope"), d->scope},
                            {QStringLiteral("groups"), groups}};
        s.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Done;
    }
    if (format != QLatin1String("table")) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    const auto line = [&](const char* label, const QString& value) {
        s.out << QCoreApplication::translate("cd::cli", label) << ": " << value << '\n';
    };
    line(QT_TRANSLATE_NOOP("cd::cli", "Reports for"), d->period);
    line(QT_TRANSLATE_NOOP("cd::cli", "Units"), QString::number(d->units));
    line(QT_TRANSLATE_NOOP("cd::cli", "Reports on time / late / missing"),
         QStringLiteral("%1 / %2 / %3").arg(d->reportsOnTime).arg(d->reportsLate).arg(d->reportsMissing));
    line(QT_TRANSLATE_NOOP("cd::cli", "Tasks behind schedule"), QString::number(d->tasksBehind));
    line(QT_TRANSLATE_NOOP("cd::cli", "Problems open / overdue / closed"),
         QStringLiteral("%1 / %2 / %3").arg(d->problemsOpen).arg(d->problemsOverdue).arg(d->problemsClosed));
    line(QT_TRANSLATE_NOOP("cd::cli", "Closing rate"), QStringLiteral("%1%").arg(d->closingRate * 100, 0, 'f', 1));
    int red = 0, yellow = 0;
    for (const auto& c : d->heatmap) {
        red += c.decision.light == Light::Red;
        yellow += c.decision.light == Light::Yellow;
    }
    line(QT_TRANSLATE_NOOP("cd::cli", "Red / yellow lights"), QStringLiteral("%1 / %2").arg(red).arg(yellow));
    if (!d->scope.isEmpty()) line(QT_TRANSLATE_NOOP("cd::cli", "Group"), d->scope);
    if (!d->groups.isEmpty()) {
        s.out << '\n';
        Listing l{{QStringLiteral("group"), QStringLiteral("units"), QStringLiteral("on_time"), QStringLiteral("missing"), QStringLiteral("behind"),
                   QStringLiteral("open"), QStringLiteral("closing"), QStringLiteral("red")},
                  {QCoreApplication::translate("cd::cli", "Group"), QCoreApplication::translate("cd::cli", "Units"),
                   QCoreApplication::translate("cd::cli", "On time"), QCoreApplication::translate("cd::cli", "Missing"),
                   QCoreApplication::translate("cd::cli", "Tasks behind"), QCoreApplication::translate("cd::cli", "Problems open"),
                   QCoreApplication::translate("cd::cli", "Closing rate"), QCoreApplication::translate("cd::cli", "Red lights")},
                  {}};
        for (const auto& g : d->groups) {
            int reds = 0;
            for (int r : g.red) reds += r;
            l.rows.append(QJsonObject{{QStringLiteral("group"), g.name},
                                      {QStringLiteral("units"), g.units},
                                      {QStringLiteral("on_time"), QStringLiteral("%1/%2").arg(g.reportsOnTime).arg(g.reportsDue)},
                                      {QStringLiteral("missing"), g.reportsMissing},
                                      {QStringLiteral("behind"), g.tasksBehind},
                                      {QStringLiteral("open"), g.problemsOpen},
                                      {QStringLiteral("closing"), QStringLiteral("%1%").arg(g.closingRate * 100, 0, 'f', 1)},
                                      {QStringLiteral("red"), reds}});
        }
        print(l, QStringLiteral("table"), s.out);
    }
    return Done;
}

} // namespace cd::cli
