#include "storage/PackageRepository.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

QString stamp(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}
QDateTime fromStamp(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

QString PackageRepository::stampKey(qint64 periodId, const QDateTime& at)
{
    return QString::number(periodId) + QLatin1Char('|') + stamp(at);
}

QString PackageRepository::meta(const QString& key)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status PackageRepository::setMeta(const QString& key, const QString& value)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sql::text(value));
    return sql::exec(q, "record package setting");
}

QByteArray PackageRepository::unitKey(qint64 unitId)
{
    auto q = m_db.statement(QStringLiteral("SELECT key FROM unit_keys WHERE unit_id = ?"));
    q->addBindValue(unitId);
    return q->exec() && q->next() ? QByteArray::fromHex(q->value(0).toString().toLatin1())
                                  : QByteArray();
}

QHash<qint64, QByteArray> PackageRepository::unitKeys()
{
    QHash<qint64, QByteArray> out;
    sql::Query q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT unit_id, key FROM unit_keys")))
        while (q.next()) out.insert(q.value(0).toLongLong(), QByteArray::fromHex(q.value(1).toString().toLatin1()));
    return out;
}

Status PackageRepository::putUnitKey(qint64 unitId, const QByteArray& key, const QDateTime& at)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO unit_keys (unit_id, key, created_at) VALUES (?, ?, ?)"
                             " ON CONFLICT (unit_id) DO UPDATE SET key = excluded.key, created_at "
                             "= excluded.created_at"));
    q.addBindValue(unitId);
    q.addBindValue(QString::fromLatin1(key.toHex()));
    q.addBindValue(stamp(at));
    return sql::exec(q, "store unit key");
}

qint64 PackageRepository::lastSequence(qint64 unitId)
{
    auto q = m_db.statement(QStringLiteral("SELECT max(sequence) FROM package_imports WHERE unit_id = ?"));
    q->addBindValue(unitId);
    return q->exec() && q->next() ? q->value(0).toLongLong() : 0;
}

QHash<qint64, qint64> PackageRepository::lastSequences()
{
    QHash<qint64, qint64> out;
    sql::Query q(m_db.sql());
    if (q.exec(
            QStringLiteral("SELECT unit_id, max(sequence) FROM package_imports GROUP BY unit_id")))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Status PackageRepository::recordImport(const PackageImport& r, BulkInsert* batch)
{
    if (batch) {
        auto added = batch->insert({r.unitId, r.sequence, r.sha256, stamp(r.madeAt), stamp(r.importedAt), r.importedBy, sql::text(r.summary)});
        return added ? Status{} : Status(fail(added.error()));
    }
    auto q = m_db.statement(QStringLiteral("INSERT INTO package_imports (unit_id, sequence, sha256, made_at, "
                             "imported_at, imported_by, summary)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(r.unitId);
    q->addBindValue(r.sequence);
    q->addBindValue(r.sha256);
    q->addBindValue(stamp(r.madeAt));
    q->addBindValue(stamp(r.importedAt));
    q->addBindValue(r.importedBy);
    q->addBindValue(sql::text(r.summary));
    return sql::exec(*q, "record package import");
}

QList<PackageImport> PackageRepository::imports()
{
    QList<PackageImport> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral(
            "SELECT p.id, p.unit_id, u.name, p.sequence, p.sha256, p.made_at, p.imported_at, "
            "p.imported_by, p.summary"
            " FROM package_imports p JOIN units u ON u.id = p.unit_id ORDER BY p.id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toLongLong(), q.value(4).toString(), fromStamp(q.value(5)),
                        fromStamp(q.value(6)), q.value(7).toString(), q.value(8).toString()});
    return out;
}

QList<qint64> PackageRepository::reportIds(qint64 unitId, bool submittedOnly)
{
    QList<qint64> out;
    sql::Query q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT id FROM reports WHERE unit_id = ?%1 ORDER BY period_id, version")
            .arg(submittedOnly ? QStringLiteral(" AND status <> 'draft'") : QString()));
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QList<MonthlyPlan> PackageRepository::plans(qint64 unitId)
{
    QList<MonthlyPlan> out;
    QHash<qint64, qsizetype> at;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, period_id, version, submitted_at, submitted_by FROM plans "
                             "WHERE unit_id = ? ORDER BY period_id, version"));
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next()) {
            MonthlyPlan p;
            p.id = q.value(0).toLongLong();
            p.unitId = unitId;
            p.periodId = q.value(1).toLongLong();
            p.version = q.value(2).toInt();
            p.submittedAt = fromStamp(q.value(3));
            p.submittedBy = q.value(4).toString();
            at.insert(p.id, out.size());
            out.append(p);
        }
    sql::Query items(m_db.sql());
    items.prepare(QStringLiteral("SELECT i.plan_id, i.task_id, i.text FROM plan_items i JOIN plans "
                                 "p ON p.id = i.plan_id WHERE p.unit_id = ?"));
    items.addBindValue(unitId);
    if (items.exec())
        while (items.next())
            if (auto it = at.constFind(items.value(0).toLongLong()); it != at.cend())
                out[*it].items.append({items.value(1).toLongLong(), items.value(2).toString()});
    return out;
}

QHash<QString, qint64> PackageRepository::reportStamps(qint64 unitId)
{
    QHash<QString, qint64> out;
    auto q = m_db.statement(
        QStringLiteral("SELECT period_id, submitted_at, id FROM reports WHERE unit_id = ? AND "
                       "submitted_at IS NOT NULL"));
    q->addBindValue(unitId);
    if (q->exec())
        while (q->next())
            out.insert(stampKey(q->value(0).toLongLong(), fromStamp(q->value(1))),
                       q->value(2).toLongLong());
    return out;
}

QSet<QString> PackageRepository::planStamps(qint64 unitId)
{
    QSet<QString> out;
    auto q = m_db.statement(QStringLiteral("SELECT period_id, submitted_at FROM plans WHERE unit_id = ?"));
    q->addBindValue(unitId);
    if (q->exec())
        while (q->next())
            out.insert(stampKey(q->value(0).toLongLong(), fromStamp(q->value(1))));
    return out;
}

PackageRepository::Known PackageRepository::known()
{
    Known k;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT unit_id, period_id, submitted_at, id FROM reports WHERE submitted_at IS NOT NULL")))
        while (q.next())
            k.reportStamps[q.value(0).toLongLong()].insert(stampKey(q.value(1).toLongLong(), fromStamp(q.value(2))), q.value(3).toLongLong());
    if (q.exec(QStringLiteral("SELECT unit_id, period_id, submitted_at FROM plans")))
        while (q.next()) k.planStamps[q.value(0).toLongLong()].insert(stampKey(q.value(1).toLongLong(), fromStamp(q.value(2))));
    if (q.exec(QStringLiteral("SELECT unit_id, period_id, max(version) FROM reports GROUP BY unit_id, period_id")))
        while (q.next()) k.reportVersions.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toInt());
    // As ReportRepository::latestSubmitted(): the highest version that is not a draft.
    if (q.exec(QStringLiteral("SELECT r.unit_id, r.period_id FROM reports r WHERE r.status = 'accepted' AND r.version ="
                              " (SELECT max(l.version) FROM reports l WHERE l.unit_id = r.unit_id AND l.period_id = r.period_id AND l.status <> 'draft')")))
        while (q.next()) k.accepted.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (q.exec(QStringLiteral("SELECT unit_id, period_id, max(version) FROM plans GROUP BY unit_id, period_id")))
        while (q.next()) k.planVersions.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toInt());
    return k;
}

} // namespace cd
