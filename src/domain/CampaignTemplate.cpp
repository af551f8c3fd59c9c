#include "domain/CampaignTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {
namespace {
} // namespace

Result<CampaignTemplate> CampaignTemplate::parse(const QByteArray& json)
{
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "The campaign template is not valid JSON: %1").arg(err.errorString())));
    const auto root = doc.object();
    CampaignTemplate t;
    t.id = root.value(QLatin1String("id")).toString();
    t.name = root.value(QLatin1String("name")).toString();
    if (t.id.isEmpty() || t.name.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "The campaign template has no id or name.")));
    const auto weights = root.value(QLatin1String("pillars")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        auto p = pillarFromId(it.key());
        if (!p) return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "Unknown pillar '%1' in the template.").arg(it.key())));
        t.weights.append({*p, it.value().toDouble()});
    }
    QSet<QString> seen;
    for (const auto& v : root.value(QLatin1String("tasks")).toArray()) {
        const auto o = v.toObject();
        TemplateTask task;
        task.code = o.value(QLatin1String("code")).toString();
        task.title = o.value(QLatin1String("title")).toString();
        task.description = o.value(QLatin1String("description")).toString();
        auto pillar = pillarFromId(o.value(QLatin1String("pillar")).toString());
        auto cadence = cadenceFromId(o.value(QLatin1String("cadence")).toString());
        if (task.code.isEmpty() || task.title.isEmpty() || !pillar || !cadence)
            return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "Template task '%1' is incomplete.").arg(task.code)));
        if (seen.contains(task.code)) return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "Template task code %1 appears twice.").arg(task.code)));
        seen.insert(task.code);
        task.pillar = *pillar;
        task.cadence = *cadence;
        task.target = o.value(QLatin1String("target")).toDouble();
        task.measure = o.value(QLatin1String("measure")).toString();
        task.lowerIsBetter = o.value(QLatin1String("lower_is_better")).toBool();
        task.dueDays = o.value(QLatin1String("due_days")).toInt();
        task.dueMonth = o.value(QLatin1String("due_month")).toInt();
        if (task.target < 0) return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "Template task %1 has a negative target.").arg(task.code)));
        t.tasks.append(task);
    }
    if (t.tasks.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::CampaignTemplate", "The campaign template has no tasks.")));
    return t;
}

QList<Task> CampaignTemplate::tasksFor(const Campaign& c) const
{
    QList<Task> out;
    int order = 0;
    for (const auto& tt : tasks) {
        Task t;
        t.campaignId = c.id;
        t.pillar = tt.pillar;
        t.code = tt.code;
        t.title = tt.title;
        t.description = tt.description;
        t.cadence = tt.cadence;
        t.target = tt.target;
        t.measure = tt.measure;
        t.lowerIsBetter = tt.lowerIsBetter;
        t.sortOrder = ++order;
        if (tt.dueDays > 0)
            t.due = std::min(c.start.addDays(tt.dueDays), c.end);
        else if (tt.dueMonth > 0)
            t.due = QDate(c.year, tt.dueMonth, 1).addMonths(1).addDays(-1);
        else
            t.due = c.end;
        out.append(t);
    }
    return out;
}

} // namespace cd
