#include "storage/ReportRepository.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/NativeQuery.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace cd {
namespace {

QString stamp(const QDateTime& t) { return t.toString(Qt::ISODateWithMs); }
QDateTime fromStamp(const QVariant& v) { return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QVariant stampOrNull(const QDateTime& t) { return t.isValid() ? QVariant(stamp(t)) : QVariant(); }

const QString kSelect = QStringLiteral(
    "SELECT id, unit_id, period_id, version, status, summary, saved_at, submitted_at, submitted_by, reviewed_at, reviewed_by,"
    " review_comment FROM reports ");

} // namespace

std::optional<SelfReport> ReportRepository::one(const QString& where, const QVariantList& binds)
{
    auto q = m_db.statement(kSelect + where);
    for (const auto& b : binds) q->addBindValue(b);
    if (!q->exec() || !q->next()) return std::nullopt;
    SelfReport r;
    r.id = q->value(0).toLongLong();
    r.unitId = q->value(1).toLongLong();
    r.periodId = q->value(2).toLongLong();
    r.version = q->value(3).toInt();
    r.status = reportStatusFromId(q->value(4).toString()).value_or(ReportStatus::Draft);
    r.summary = q->value(5).toString();
    r.savedAt = fromStamp(q->value(6));
    r.submittedAt = fromStamp(q->value(7));
    r.submittedBy = q->value(8).toString();
    r.reviewedAt = fromStamp(q->value(9));
    r.reviewedBy = q->value(10).toString();
    r.reviewComment = q->value(11).toString();

    auto items = m_db.statement(QStringLiteral("SELECT i.task_id, i.progress, i.status, i.done, i.problems, i.next_steps FROM report_items i"
                                 " JOIN tasks t ON t.id = i.task_id WHERE i.report_id = ? ORDER BY t.sort_order, t.id"));
    items->addBindValue(r.id);
    if (items->exec())
        while (items->next())
            r.items.append({items->value(0).toLongLong(), items->value(1).toDouble(),
                            itemStatusFromId(items->value(2).toString()).value_or(ItemStatus::NotStarted), items->value(3).toString(),
                            items->value(4).toString(), items->value(5).toString()});
    auto files = m_db.statement(QStringLiteral("SELECT a.id, ra.name, a.sha256, a.size FROM report_attachments ra JOIN attachments a"
                                 " ON a.id = ra.attachment_id WHERE ra.report_id = ? ORDER BY ra.name"));
    files->addBindValue(r.id);
    if (files->exec())
        while (files->next())
            r.attachments.append({files->value(0).toLongLong(), files->value(1).toString(), files->value(2).toString(),
                                  files->value(3).toLongLong()});
    return r;
}

std::optional<SelfReport> ReportRepository::latest(qint64 unitId, qint64 periodId)
{
    return one(QStringLiteral("WHERE unit_id = ? AND period_id = ? ORDER BY version DESC LIMIT 1"), {unitId, periodId});
}

std::optional<SelfReport> ReportRepository::latestSubmitted(qint64 unitId, qint64 periodId)
{
    return one(QStringLiteral("WHERE unit_id = ? AND period_id = ? AND status <> 'draft' ORDER BY version DESC LIMIT 1"),
               {unitId, periodId});
}

std::optional<SelfReport> ReportRepository::version(qint64 unitId, qint64 periodId, int version)
{
    return one(QStringLiteral("WHERE unit_id = ? AND period_id = ? AND version = ?"), {unitId, periodId, version});
}

std::optional<SelfReport> ReportRepository::byId(qint64 id) { return one(QStringLiteral("WHERE id = ?"), {id}); }

Status ReportRepository::writeContent(const SelfReport& r, qint64 id)
{
    // A report's items go in one statement on a server (one round trip, not one per task).
    auto items = BulkInsert::reportItems(m_db);
    for (const auto& i : r.items)
        if (auto s = items.insert({id, i.taskId, i.progress, toId(i.status), i.done, i.problems, i.next}); !s) {
            items.discard();
            return fail(s.error());
        }
    if (auto s = items.finish(); !s) return s;
    auto links = BulkInsert::reportAttachments(m_db);
    for (const auto& a : r.attachments)
        if (auto s = links.insert({id, a.id, a.name}); !s) {
            links.discard();
            return fail(s.error());
        }
    return links.finish();
}

Result<qint64> ReportRepository::insert(const SelfReport& r)
{
    auto q = m_db.statement(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at, submitted_at, submitted_by, request_key)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(r.unitId);
    q->addBindValue(r.periodId);
    q->addBindValue(r.version);
    q->addBindValue(toId(r.status));
    q->addBindValue(sql::text(r.summary));
    q->addBindValue(stamp(r.savedAt));
    q->addBindValue(stampOrNull(r.submittedAt));
    q->addBindValue(r.submittedBy.isEmpty() ? QVariant() : QVariant(r.submittedBy));
    q->addBindValue(r.requestKey.isEmpty() ? QVariant() : QVariant(r.requestKey));
    auto inserted = sql::insertReturningId(*q, "insert report");
    if (!inserted) return fail(inserted.error());
    const qint64 id = *inserted;
    if (auto s = writeContent(r, id); !s) return fail(s.error());
    return id;
}

Status ReportRepository::replaceDraft(const SelfReport& r)
{
    if (m_db.isServer()) {
        // A unit changes nothing in place on a server: the draft's text and time, and its
        // items and links cleared, through the function that checks whose draft it is.
        auto q = m_db.statement(QStringLiteral("SELECT cd_update_draft(?, ?, ?)"));
        q->addBindValue(r.id);
        q->addBindValue(sql::text(r.summary));
        q->addBindValue(stamp(r.savedAt));
        if (auto s = sql::exec(*q, "update draft"); !s) return s;
        return writeContent(r, r.id);
    }
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE reports SET summary = ?, saved_at = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(sql::text(r.summary));
    q.addBindValue(stamp(r.savedAt));
    q.addBindValue(r.id);
    if (auto s = sql::exec(q, "update draft"); !s) return s;
    for (const char* table : {"report_items", "report_attachments"}) {
        sql::Query del(m_db.sql());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE report_id = ?").arg(QLatin1String(table)));
        del.addBindValue(r.id);
        if (auto s = sql::exec(del, "clear draft"); !s) return s;
    }
    return writeContent(r, r.id);
}

Status ReportRepository::markSubmitted(qint64 id, const QDateTime& at, const QString& by, const QString& requestKey)
{
    sql::Query q(m_db.sql());
    // On a server through the function that checks whose draft it is (a unit changes nothing
    // in place); the same values in the same order either way.
    q.prepare(m_db.isServer() ? QStringLiteral("SELECT cd_submit_draft(?, ?, ?, ?)")
                              : QStringLiteral("UPDATE reports SET submitted_at = ?, submitted_by = ?, request_key = ?, status = 'submitted' WHERE id = ? AND status = 'draft'"));
    q.addBindValue(stamp(at));
    q.addBindValue(by);
    q.addBindValue(requestKey.isEmpty() ? QVariant() : QVariant(requestKey));
    q.addBindValue(id);
    return sql::exec(q, "submit report");
}

Status ReportRepository::review(qint64 id, ReportStatus outcome, const QDateTime& at, const QString& by, const QString& comment)
{
    auto changed = reviewWaiting(id, outcome, at, by, comment);
    return changed ? Status{} : fail(changed.error());
}

Result<bool> ReportRepository::reviewWaiting(qint64 id, ReportStatus outcome, const QDateTime& at, const QString& by, const QString& comment)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE reports SET status = ?, reviewed_at = ?, reviewed_by = ?, review_comment = ?"
                             " WHERE id = ? AND status = 'submitted'"));
    q.addBindValue(toId(outcome));
    q.addBindValue(stamp(at));
    q.addBindValue(by);
    q.addBindValue(sql::text(comment));
    q.addBindValue(id);
    if (auto s = sql::exec(q, "review report"); !s) return fail(s.error());
    return q.numRowsAffected() == 1;
}

QList<ReportRow> ReportRepository::list(const ReportFilter& f)
{
    QList<ReportRow> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.unit_id, u.name, r.period_id, p.code, r.status, r.version, r.submitted_at, p.deadline,"
        " (SELECT min(f.submitted_at) FROM reports f WHERE f.unit_id = r.unit_id AND f.period_id = r.period_id)"
        " FROM reports r JOIN units u ON u.id = r.unit_id JOIN periods p ON p.id = r.period_id"
        " WHERE r.status <> 'draft'"
        " AND r.version = (SELECT max(m.version) FROM reports m WHERE m.unit_id = r.unit_id AND m.period_id = r.period_id"
        "                  AND m.status <> 'draft')"
        " AND (? = 0 OR r.period_id = ?) AND (? = '' OR r.status = ?) AND (? = 0 OR r.unit_id = ?)"
        " ORDER BY p.id, u.sort_order, u.id"));
    const QString status = f.status ? toId(*f.status) : QString(QLatin1String(""));
    for (const QVariant& v : {QVariant(f.periodId), QVariant(f.periodId), QVariant(status), QVariant(status), QVariant(f.unitId),
                              QVariant(f.unitId)})
        q.addBindValue(v);
    if (!q.exec()) return out;
    while (q.next()) {
        ReportRow row;
        row.reportId = q.value(0).toLongLong();
        row.unitId = q.value(1).toLongLong();
        row.unitName = q.value(2).toString();
        row.periodId = q.value(3).toLongLong();
        row.periodCode = q.value(4).toString();
        row.status = reportStatusFromId(q.value(5).toString()).value_or(ReportStatus::Submitted);
        row.version = q.value(6).toInt();
        row.submittedAt = fromStamp(q.value(7));
        row.deadline = sql::toDate(q.value(8));
        row.firstSubmittedAt = fromStamp(q.value(9));
        out.append(row);
    }
    return out;
}

QHash<qint64, QDateTime> ReportRepository::firstSubmissions(qint64 periodId)
{
    QHash<qint64, QDateTime> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, min(submitted_at) FROM reports WHERE period_id = ? AND submitted_at IS NOT NULL"
                             " GROUP BY unit_id"));
    q.addBindValue(periodId);
    if (q.exec())
        while (q.next()) out.insert(q.value(0).toLongLong(), fromStamp(q.value(1)));
    return out;
}

Result<qint64> ReportRepository::storeAttachment(const QString& sha256, const QByteArray& data)
{
    if (const QString store = Dialect::of(m_db.sql()).storeAttachment(); !store.isEmpty()) {
        // Through libpq with the bytes as they are: QPSQL would send them as hex text.
        NativeQuery q(m_db, store.toUtf8().constData());
        q.bind(1, sha256).bind(2, qint64(data.size())).bind(3, data);
        if (q.next()) return q.int64(0);
        return fail(sql::failure(q.sqlError(), "store attachment"));
    }
    auto find = m_db.statement(QStringLiteral("SELECT id FROM attachments WHERE sha256 = ?"));
    find->addBindValue(sha256);
    if (find->exec() && find->next()) return find->value(0).toLongLong();
    auto q = m_db.statement(QStringLiteral("INSERT INTO attachments (sha256, size, data) VALUES (?, ?, ?) RETURNING id"));
    q->addBindValue(sha256);
    q->addBindValue(qint64(data.size()));
    q->addBindValue(data);
    return sql::insertReturningId(*q, "store attachment");
}

QList<QPair<qint64, QString>> ReportRepository::damagedAttachments()
{
    QList<QPair<qint64, QString>> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    if (m_db.isServer()) {
        if (q.exec(QStringLiteral("SELECT id, sha256 FROM attachments WHERE encode(sha256(data), 'hex') <> sha256 OR length(data) <> size ORDER BY id")))
            while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toString()});
        return out;
    }
    if (!q.exec(QStringLiteral("SELECT id, sha256, size, data FROM attachments ORDER BY id"))) return out;
    while (q.next()) {
        const QByteArray data = q.value(3).toByteArray();
        const QString digest = q.value(1).toString();
        if (data.size() != q.value(2).toLongLong() || QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != digest)
            out.append({q.value(0).toLongLong(), digest});
    }
    return out;
}

QByteArray ReportRepository::attachmentData(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

Result<qint64> PlanRepository::insert(const MonthlyPlan& p)
{
    auto q = m_db.statement(QStringLiteral("INSERT INTO plans (unit_id, period_id, version, submitted_at, submitted_by, request_key) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(p.unitId);
    q->addBindValue(p.periodId);
    q->addBindValue(p.version);
    q->addBindValue(stamp(p.submittedAt));
    q->addBindValue(p.submittedBy);
    q->addBindValue(p.requestKey.isEmpty() ? QVariant() : QVariant(p.requestKey));
    auto inserted = sql::insertReturningId(*q, "insert plan");
    if (!inserted) return fail(inserted.error());
    const qint64 id = *inserted;
    auto items = BulkInsert::planItems(m_db);
    for (const auto& i : p.items)
        if (auto s = items.insert({id, i.taskId, i.text}); !s) {
            items.discard();
            return fail(s.error());
        }
    if (auto s = items.finish(); !s) return fail(s.error());
    return id;
}

std::optional<MonthlyPlan> PlanRepository::latest(qint64 unitId, qint64 periodId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, version, submitted_at, submitted_by FROM plans WHERE unit_id = ? AND period_id = ?"
                             " ORDER BY version DESC LIMIT 1"));
    q.addBindValue(unitId);
    q.addBindValue(periodId);
    if (!q.exec() || !q.next()) return std::nullopt;
    MonthlyPlan p;
    p.id = q.value(0).toLongLong();
    p.unitId = unitId;
    p.periodId = periodId;
    p.version = q.value(1).toInt();
    p.submittedAt = fromStamp(q.value(2));
    p.submittedBy = q.value(3).toString();
    sql::Query items(m_db.sql());
    items.prepare(QStringLiteral("SELECT task_id, text FROM plan_items WHERE plan_id = ?"));
    items.addBindValue(p.id);
    if (items.exec())
        while (items.next()) p.items.append({items.value(0).toLongLong(), items.value(1).toString()});
    return p;
}

QHash<qint64, QDateTime> PlanRepository::firstSubmissions(qint64 periodId)
{
    QHash<qint64, QDateTime> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, min(submitted_at) FROM plans WHERE period_id = ? GROUP BY unit_id"));
    q.addBindValue(periodId);
    if (q.exec())
        while (q.next()) out.insert(q.value(0).toLongLong(), fromStamp(q.value(1)));
    return out;
}

static std::optional<Keyed> requestKeyed(Database& db, const char* table, const QString& key)
{
    if (key.isEmpty()) return std::nullopt;
    auto q = db.statement(QStringLiteral("SELECT id, unit_id, period_id FROM %1 WHERE request_key = ?").arg(QLatin1String(table)));
    q->addBindValue(key);
    if (q->exec() && q->next()) return Keyed{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    return std::nullopt;
}

std::optional<Keyed> ReportRepository::byRequestKey(const QString& key) { return requestKeyed(m_db, "reports", key); }
std::optional<Keyed> PlanRepository::byRequestKey(const QString& key) { return requestKeyed(m_db, "plans", key); }

VersionBatch::VersionBatch(Database& db)
    : m_reports(BulkInsert::reports(db)), m_items(BulkInsert::reportItems(db)), m_links(BulkInsert::reportAttachments(db)),
      m_plans(BulkInsert::plans(db)), m_planItems(BulkInsert::planItems(db))
{
    m_items.flushesAfter(m_reports);
    m_links.flushesAfter(m_reports);
    m_planItems.flushesAfter(m_plans);
}

Result<qint64> VersionBatch::addReport(const SelfReport& r)
{
    auto id = m_reports.insert({r.unitId, r.periodId, r.version, toId(r.status), sql::text(r.summary), stamp(r.savedAt), stampOrNull(r.submittedAt),
                                r.submittedBy.isEmpty() ? QVariant() : QVariant(r.submittedBy), stampOrNull(r.reviewedAt),
                                r.reviewedBy.isEmpty() ? QVariant() : QVariant(r.reviewedBy), r.reviewComment.isEmpty() ? QVariant() : QVariant(r.reviewComment)});
    if (!id) return id;
    for (const auto& i : r.items)
        if (auto s = m_items.insert({*id, i.taskId, i.progress, toId(i.status), i.done, i.problems, i.next}); !s) return fail(s.error());
    for (const auto& a : r.attachments)
        if (auto s = m_links.insert({*id, a.id, a.name}); !s) return fail(s.error());
    return id;
}

Result<qint64> VersionBatch::addPlan(const MonthlyPlan& p)
{
    auto id = m_plans.insert({p.unitId, p.periodId, p.version, stamp(p.submittedAt), p.submittedBy});
    if (!id) return id;
    for (const auto& i : p.items)
        if (auto s = m_planItems.insert({*id, i.taskId, i.text}); !s) return fail(s.error());
    return id;
}

Status VersionBatch::finish()
{
    for (BulkInsert* b : {&m_reports, &m_items, &m_links, &m_plans, &m_planItems})
        if (auto s = b->finish(); !s) {
            discard();
            return s;
        }
    return {};
}

void VersionBatch::discard()
{
    for (BulkInsert* b : {&m_reports, &m_items, &m_links, &m_plans, &m_planItems}) b->discard();
}

} // namespace cd
