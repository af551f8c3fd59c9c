#include "storage/CampaignRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

const char* kTaskColumns = "id, campaign_id, pillar, code, title, description, kind, owner_unit_id, cadence, target,"
                           " measure, lower_is_better, due_date, sort_order";

template <typename Q> Task readTask(const Q& q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.campaignId = q.value(1).toLongLong();
    t.pillar = pillarFromId(q.value(2).toString()).value_or(Pillar::General);
    t.code = q.value(3).toString();
    t.title = q.value(4).toString();
    t.description = q.value(5).toString();
    t.kind = taskKindFromId(q.value(6).toString()).value_or(TaskKind::Mandatory);
    t.ownerUnitId = q.value(7).toLongLong();
    t.cadence = cadenceFromId(q.value(8).toString()).value_or(Cadence::Once);
    t.target = q.value(9).toDouble();
    t.measure = q.value(10).toString();
    t.lowerIsBetter = q.value(11).toBool();
    t.due = sql::toDate(q.value(12));
    t.sortOrder = q.value(13).toInt();
    return t;
}

Campaign readCampaign(const sql::Query& q)
{
    return Campaign{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), sql::toDate(q.value(3)),
                    sql::toDate(q.value(4)), q.value(5).toString()};
}

const char* kCampaignSelect = "SELECT id, name, year, start_date, end_date, template_id FROM campaigns";
// The latest campaign's rows, found in the same statement: one round trip on a server.
const char* kOfLatest = "campaign_id = (SELECT id FROM campaigns ORDER BY year DESC LIMIT 1)";

void bindTask(sql::Query& q, const Task& t)
{
    q.addBindValue(toId(t.pillar));
    q.addBindValue(sql::text(t.code));
    q.addBindValue(sql::text(t.title));
    q.addBindValue(sql::text(t.description));
    q.addBindValue(toId(t.kind));
    q.addBindValue(sql::idOrNull(t.ownerUnitId));
    q.addBindValue(toId(t.cadence));
    q.addBindValue(t.target);
    q.addBindValue(sql::text(t.measure));
    q.addBindValue(t.lowerIsBetter ? 1 : 0);
    q.addBindValue(sql::date(t.due));
    q.addBindValue(t.sortOrder);
}

void bindPeriod(sql::Query& q, const Period& p)
{
    q.addBindValue(p.campaignId);
    q.addBindValue(toId(p.kind));
    q.addBindValue(p.code);
    q.addBindValue(sql::date(p.start));
    q.addBindValue(sql::date(p.end));
    q.addBindValue(sql::date(p.deadline));
}

} // namespace

Result<qint64> CampaignRepository::insert(const Campaign& c)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, year, start_date, end_date, template_id) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.name);
    q.addBindValue(c.year);
    q.addBindValue(sql::date(c.start));
    q.addBindValue(sql::date(c.end));
    q.addBindValue(c.templateId);
    return sql::insertReturningId(q, "insert campaign");
}

std::optional<Campaign> CampaignRepository::byYear(int year)
{
    sql::Query q(m_db.sql());
    q.prepare(QString::fromLatin1(kCampaignSelect) + QStringLiteral(" WHERE year = ?"));
    q.addBindValue(year);
    if (q.exec() && q.next()) return readCampaign(q);
    return std::nullopt;
}

std::optional<Campaign> CampaignRepository::latest()
{
    return m_db.memo<std::optional<Campaign>>(QStringLiteral("campaign"), [&]() -> std::optional<Campaign> {
        sql::Query q(m_db.sql());
        q.prepare(QString::fromLatin1(kCampaignSelect) + QStringLiteral(" ORDER BY year DESC LIMIT 1"));
        if (q.exec() && q.next()) return readCampaign(q);
        return std::nullopt;
    });
}

QList<Campaign> CampaignRepository::all()
{
    QList<Campaign> out;
    sql::Query q(m_db.sql());
    q.prepare(QString::fromLatin1(kCampaignSelect) + QStringLiteral(" ORDER BY year"));
    if (q.exec())
        while (q.next()) out.append(readCampaign(q));
    return out;
}

Status CampaignRepository::insertPillar(qint64 campaignId, const PillarWeight& w)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO pillars (campaign_id, pillar, weight) VALUES (?, ?, ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(toId(w.pillar));
    q.addBindValue(w.weight);
    return sql::exec(q, "insert pillar");
}

QList<PillarWeight> CampaignRepository::pillars(qint64 campaignId)
{
    QList<PillarWeight> out;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT pillar, weight FROM pillars WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (q.exec())
        while (q.next())
            if (auto p = pillarFromId(q.value(0).toString())) out.append({*p, q.value(1).toDouble()});
    std::ranges::sort(out, {}, &PillarWeight::pillar);
    return out;
}

Result<qint64> CampaignRepository::insertTask(const Task& t)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO tasks (campaign_id, pillar, code, title, description, kind, owner_unit_id, cadence,"
                             " target, measure, lower_is_better, due_date, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.campaignId);
    bindTask(q, t);
    return sql::insertReturningId(q, "insert task");
}

Status CampaignRepository::updateTask(const Task& t)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE tasks SET pillar = ?, code = ?, title = ?, description = ?, kind = ?, owner_unit_id = ?,"
                             " cadence = ?, target = ?, measure = ?, lower_is_better = ?, due_date = ?, sort_order = ? WHERE id = ?"));
    bindTask(q, t);
    q.addBindValue(t.id);
    return sql::exec(q, "update task");
}

QList<Task> CampaignRepository::tasks(qint64 campaignId)
{
    return tasksWhere(QStringLiteral("tasks %1").arg(campaignId), QStringLiteral("campaign_id = ?"), campaignId);
}

QList<Task> CampaignRepository::latestTasks()
{
    return tasksWhere(QStringLiteral("tasks latest"), QString::fromLatin1(kOfLatest), {});
}

QList<CampaignRepository::TaskProgress> CampaignRepository::latestTasksWithProgress(qint64 unitId)
{
    QList<TaskProgress> out;
    QString columns;
    for (const QString& c : QString::fromLatin1(kTaskColumns).split(QLatin1Char(',')))
        columns += (columns.isEmpty() ? QStringLiteral("t.") : QStringLiteral(", t.")) + c.trimmed();
    // Kept prepared on a server: it is read on every progress page, and the server plans it once.
    auto q = m_db.statement(QStringLiteral("SELECT %1, p.accepted_sum, p.accepted_reports FROM tasks t"
                                           " LEFT JOIN task_progress p ON p.task_id = t.id AND p.unit_id = ? WHERE t.%2 ORDER BY t.sort_order, t.id")
                                .arg(columns, QLatin1String(kOfLatest)));
    q->addBindValue(unitId);
    if (q->exec())
        while (q->next()) out.append({readTask(*q), q->value(14).toDouble(), q->value(15).toInt()});
    return out;
}

QList<Task> CampaignRepository::tasksWhere(const QString& memoKey, const QString& condition, const QVariant& value)
{
    return m_db.memo<QList<Task>>(memoKey, [&] {
        QList<Task> out;
        sql::Query q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE %2 ORDER BY sort_order, id").arg(QLatin1String(kTaskColumns), condition));
        if (value.isValid()) q.addBindValue(value);
        if (q.exec())
            while (q.next()) out.append(readTask(q));
        return out;
    });
}

std::optional<Task> CampaignRepository::taskByCode(qint64 campaignId, const QString& code)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE campaign_id = ? AND code = ?").arg(QLatin1String(kTaskColumns)));
    q.addBindValue(campaignId);
    q.addBindValue(code);
    if (q.exec() && q.next()) return readTask(q);
    return std::nullopt;
}

std::optional<Task> CampaignRepository::taskById(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(kTaskColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next()) return readTask(q);
    return std::nullopt;
}

Result<qint64> CampaignRepository::insertPeriod(const Period& p)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO periods (campaign_id, kind, code, start_date, end_date, deadline) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    bindPeriod(q, p);
    return sql::insertReturningId(q, "insert period");
}

QList<Period> CampaignRepository::periods(qint64 campaignId)
{
    return periodsWhere(QStringLiteral("periods %1").arg(campaignId), QStringLiteral("campaign_id = ?"), campaignId);
}

QList<Period> CampaignRepository::latestPeriods()
{
    return periodsWhere(QStringLiteral("periods latest"), QString::fromLatin1(kOfLatest), {});
}

QList<Period> CampaignRepository::periodsWhere(const QString& memoKey, const QString& condition, const QVariant& value)
{
    return m_db.memo<QList<Period>>(memoKey, [&] {
        QList<Period> out;
        sql::Query q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, campaign_id, kind, code, start_date, end_date, deadline FROM periods WHERE %1 ORDER BY id").arg(condition));
        if (value.isValid()) q.addBindValue(value);
        if (q.exec())
            while (q.next())
                out.append(Period{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                  periodKindFromId(q.value(2).toString()).value_or(PeriodKind::Month), q.value(3).toString(),
                                  sql::toDate(q.value(4)), sql::toDate(q.value(5)), sql::toDate(q.value(6))});
        return out;
    });
}

Status CampaignRepository::putCampaign(const Campaign& c)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO campaigns (id, name, year, start_date, end_date, template_id) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET name = excluded.name, year = excluded.year, start_date = excluded.start_date,"
                             " end_date = excluded.end_date, template_id = excluded.template_id"));
    q.addBindValue(c.id);
    q.addBindValue(c.name);
    q.addBindValue(c.year);
    q.addBindValue(sql::date(c.start));
    q.addBindValue(sql::date(c.end));
    q.addBindValue(sql::text(c.templateId));
    return sql::exec(q, "copy campaign");
}

Status CampaignRepository::putTask(const Task& t)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO tasks (pillar, code, title, description, kind, owner_unit_id, cadence, target, measure,"
                             " lower_is_better, due_date, sort_order, id, campaign_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET pillar = excluded.pillar, code = excluded.code, title = excluded.title,"
                             " description = excluded.description, kind = excluded.kind, owner_unit_id = excluded.owner_unit_id,"
                             " cadence = excluded.cadence, target = excluded.target, measure = excluded.measure,"
                             " lower_is_better = excluded.lower_is_better, due_date = excluded.due_date, sort_order = excluded.sort_order"));
    bindTask(q, t);
    q.addBindValue(t.id);
    q.addBindValue(t.campaignId);
    return sql::exec(q, "copy task");
}

Status CampaignRepository::putPeriod(const Period& p)
{
    m_db.forgetMemo();
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO periods (campaign_id, kind, code, start_date, end_date, deadline, id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, code = excluded.code, start_date = excluded.start_date,"
                             " end_date = excluded.end_date, deadline = excluded.deadline"));
    bindPeriod(q, p);
    q.addBindValue(p.id);
    return sql::exec(q, "copy period");
}

} // namespace cd
