#include "storage/BulletinRepository.h"

#include "domain/IdTable.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cd {
namespace {

constexpr std::array<std::pair<BulletinStatus, const char*>, 3> kStatus{
    {{BulletinStatus::Draft, "draft"}, {BulletinStatus::Issued, "issued"}, {BulletinStatus::Superseded, "superseded"}}};

const char* kColumns = "SELECT id, campaign_id, quarter, number, status, content, created_at, created_by, issued_at, issued_by,"
                       " supersedes, superseded_by, group_id FROM bulletins";

QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

BulletinRecord read(const sql::Query& q)
{
    BulletinRecord r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.quarter = q.value(2).toString();
    r.number = q.value(3).toInt();
    r.status = ids::from(q.value(4).toString(), kStatus).value_or(BulletinStatus::Draft);
    r.content = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    r.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    r.createdBy = q.value(7).toString();
    r.issuedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    r.issuedBy = q.value(9).toString();
    r.supersedes = q.value(10).toLongLong();
    r.supersededBy = q.value(11).toLongLong();
    r.groupId = q.value(12).toLongLong();
    return r;
}

} // namespace

QString toId(BulletinStatus s) { return ids::of(s, kStatus); }

Result<qint64> BulletinRepository::insert(const BulletinRecord& r)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO bulletins (campaign_id, quarter, number, status, content, created_at, created_by, supersedes, group_id)"
                             " VALUES (?, ?, NULL, 'draft', ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.campaignId);
    q.addBindValue(r.quarter);
    q.addBindValue(json(r.content));
    q.addBindValue(r.createdAt.toString(Qt::ISODate));
    q.addBindValue(sql::text(r.createdBy));
    q.addBindValue(sql::idOrNull(r.supersedes));
    q.addBindValue(sql::idOrNull(r.groupId));
    return sql::insertReturningId(q, "insert bulletin");
}

Status BulletinRepository::updateContent(qint64 id, const QJsonObject& content)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE bulletins SET content = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(json(content));
    q.addBindValue(id);
    return sql::exec(q, "update bulletin draft");
}

Status BulletinRepository::markIssued(qint64 id, int number, const QDateTime& at, const QString& by, const QJsonObject& content)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE bulletins SET status = 'issued', number = ?, issued_at = ?, issued_by = ?, content = ?"
                             " WHERE id = ? AND status = 'draft'"));
    q.addBindValue(number);
    q.addBindValue(at.toString(Qt::ISODate));
    q.addBindValue(sql::text(by));
    q.addBindValue(json(content));
    q.addBindValue(id);
    return sql::exec(q, "issue bulletin");
}

Status BulletinRepository::markSuperseded(qint64 id, qint64 by)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE bulletins SET status = 'superseded', superseded_by = ? WHERE id = ? AND status = 'issued'"));
    q.addBindValue(by);
    q.addBindValue(id);
    return sql::exec(q, "supersede bulletin");
}

std::optional<BulletinRecord> BulletinRepository::byId(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) return std::nullopt;
    return read(q);
}

std::optional<BulletinRecord> BulletinRepository::byNumber(qint64 campaignId, int number, qint64 groupId)
{
    sql::Query q(m_db.sql());
    q.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE campaign_id = ? AND number = ? AND coalesce(group_id, 0) = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(number);
    q.addBindValue(groupId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return read(q);
}

std::optional<BulletinRecord> BulletinRepository::draft(qint64 campaignId, const QString& quarter, qint64 groupId)
{
    sql::Query q(m_db.sql());
    q.prepare(QLatin1String(kColumns) +
              QStringLiteral(" WHERE campaign_id = ? AND quarter = ? AND status = 'draft' AND coalesce(group_id, 0) = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(campaignId);
    q.addBindValue(quarter);
    q.addBindValue(groupId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return read(q);
}

QList<BulletinRecord> BulletinRepository::all(qint64 campaignId)
{
    QList<BulletinRecord> out;
    sql::Query q(m_db.sql());
    q.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE campaign_id = ? ORDER BY coalesce(number, 1000000), id"));
    q.addBindValue(campaignId);
    if (q.exec())
        while (q.next()) out.append(read(q));
    return out;
}

int BulletinRepository::nextNumber(qint64 campaignId, qint64 groupId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM bulletins WHERE campaign_id = ? AND coalesce(group_id, 0) = ?"));
    q.addBindValue(campaignId);
    q.addBindValue(groupId);
    return q.exec() && q.next() ? q.value(0).toInt() : 1;
}

} // namespace cd
