#include "cli/Commands.h"
#include "services/DashboardService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

int runDashboard(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    auto d = DashboardService(s.context()).figures();
    if (!d) return s.refuse(d.error().message);
    const QString format = s.args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
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
                            {QStringLiteral("heatmap"), heat}};
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
    return Done;
}

} // namespace cd::cli
