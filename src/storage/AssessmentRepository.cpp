#include "storage/AssessmentRepository.h"

#include "storage/DashboardRepository.h"
#include "storage/Database.h"
#include "storage/NativeQuery.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <string>

namespace cd {
namespace {

QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

AssessmentRepository::Entry readEntry(const sql::Query& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toString(), q.value(4).toString(),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODate)};
}

const char* kEntryColumns = "SELECT unit_id, item_code, value, reason, entered_by, entered_at FROM assessment_entries";

} // namespace

std::optional<QJsonObject> AssessmentRepository::rubric(qint64 campaignId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT definition FROM rubrics WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

Status AssessmentRepository::saveRubric(qint64 campaignId, const QJsonObject& definition)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO rubrics (campaign_id, definition) VALUES (?, ?)"
                             " ON CONFLICT (campaign_id) DO UPDATE SET definition = excluded.definition"));
    q.addBindValue(campaignId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    return sql::exec(q, "save rubric");
}

QList<AssessmentRepository::Entry> AssessmentRepository::entries(qint64 campaignId)
{
    QList<Entry> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kEntryColumns) + QStringLiteral(" WHERE campaign_id = ? ORDER BY unit_id, item_code"));
    q.addBindValue(campaignId);
    if (q.exec())
        while (q.next()) out.append(readEntry(q));
    return out;
}

std::optional<AssessmentRepository::Entry> AssessmentRepository::entry(qint64 campaignId, qint64 unitId, const QString& itemCode)
{
    sql::Query q(m_db.sql());
    q.prepare(QLatin1String(kEntryColumns) + QStringLiteral(" WHERE campaign_id = ? AND unit_id = ? AND item_code = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    q.addBindValue(itemCode);
    if (!q.exec() || !q.next()) return std::nullopt;
    return readEntry(q);
}

Status AssessmentRepository::setEntry(qint64 campaignId, const Entry& e)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO assessment_entries (campaign_id, unit_id, item_code, value, reason, entered_by, entered_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, unit_id, item_code) DO UPDATE SET"
                             " value = excluded.value, reason = excluded.reason, entered_by = excluded.entered_by,"
                             " entered_at = excluded.entered_at"));
    q.addBindValue(campaignId);
    q.addBindValue(e.unitId);
    q.addBindValue(e.itemCode);
    q.addBindValue(e.value);
    q.addBindValue(sql::text(e.reason));
    q.addBindValue(sql::text(e.enteredBy));
    q.addBindValue(e.enteredAt.toString(Qt::ISODate));
    return sql::exec(q, "save assessment entry");
}

Status AssessmentRepository::removeEntry(qint64 campaignId, qint64 unitId, const QString& itemCode)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM assessment_entries WHERE campaign_id = ? AND unit_id = ? AND item_code = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(unitId);
    q.addBindValue(itemCode);
    return sql::exec(q, "remove assessment entry");
}

std::optional<AssessmentRepository::Lock> AssessmentRepository::lock(qint64 campaignId)
{
    sql::Query q(m_db.sql());
    // On a server through cd_assessment_lock, which gives an account scoped to a group the
    // rows of its own units alone (ServerScopes.cpp).
    q.prepare(m_db.isServer() ? QStringLiteral("SELECT locked_at, locked_by, as_of, result FROM cd_assessment_lock(?)")
                              : QStringLiteral("SELECT locked_at, locked_by, as_of, result FROM assessment_locks WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return Lock{QDateTime::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), sql::toDate(q.value(2)),
                QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
}

Status AssessmentRepository::insertLock(qint64 campaignId, const Lock& l)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO assessment_locks (campaign_id, locked_at, locked_by, as_of, result) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(l.lockedAt.toString(Qt::ISODate));
    q.addBindValue(sql::text(l.lockedBy));
    q.addBindValue(iso(l.asOf));
    q.addBindValue(QString::fromUtf8(QJsonDocument(l.result).toJson(QJsonDocument::Compact)));
    return sql::exec(q, "lock assessment");
}

Status AssessmentRepository::deleteLock(qint64 campaignId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM assessment_locks WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    return sql::exec(q, "unlock assessment");
}

QHash<qint64, QPair<int, int>> AssessmentRepository::firstSubmissions(const QHash<qint64, QDate>& periods, const QDate& asOf)
{
    QHash<qint64, std::string> deadlines;
    for (auto it = periods.begin(); it != periods.end(); ++it) deadlines.insert(it.key(), iso(it.value()).toStdString());
    const std::string lastDay = iso(asOf).toStdString();
    QHash<qint64, QPair<int, int>> out;
    DashboardRepository(m_db).forEachFirstSubmission([&](qint64 period, qint64 unit, std::string_view day) {
        const auto deadline = deadlines.constFind(period);
        if (deadline == deadlines.cend() || day > std::string_view(lastDay)) return; // not yet in on the assessment day
        auto& [onTime, late] = out[unit];
        if (day > std::string_view(*deadline)) ++late; // ISO-8601 text compares in time order
        else ++onTime;
    });
    return out;
}

QHash<qint64, int> AssessmentRepository::overdueProblems(const QDate& from, const QDate& asOf)
{
    QHash<qint64, int> out;
    // Plain positional ? on both engines (numbered ?N is SQLite's alone).
    NativeQuery q(m_db, "SELECT unit_id, count(*) FROM problems WHERE raised_on >= ? AND raised_on <= ? AND deadline < ?"
                        " AND (status <> 'closed' OR closed_on IS NULL OR closed_on > ? OR closed_on > deadline) GROUP BY unit_id");
    q.bind(1, iso(from)).bind(2, iso(asOf)).bind(3, iso(asOf)).bind(4, iso(asOf));
    while (q.next()) out.insert(q.int64(0), int(q.int64(1)));
    return out;
}

QHash<qint64, QPair<int, int>> AssessmentRepository::publishedCases(const QDate& from, const QDate& asOf)
{
    QHash<qint64, QPair<int, int>> out;
    NativeQuery q(m_db, "SELECT unit_id, sum(positive), sum(1 - positive) FROM typical_cases WHERE published = 1"
                        " AND date >= ? AND date <= ? GROUP BY unit_id");
    q.bind(1, iso(from)).bind(2, iso(asOf));
    while (q.next()) out.insert(q.int64(0), {int(q.int64(1)), int(q.int64(2))});
    return out;
}

} // namespace cd
