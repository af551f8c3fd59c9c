#include "storage/ReviewRepository.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd {
namespace {

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject object(const QVariant& v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); }
QDateTime when(const QVariant& v) { return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate); }
QVariant whenText(const QDateTime& t) { return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant(); }

// Comments are kept as a JSON array, one text per person, only when any is given.
QString commentsText(const QStringList& comments)
{
    if (std::ranges::all_of(comments, [](const QString& c) { return c.isEmpty(); })) return QString(QLatin1String(""));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(comments)).toJson(QJsonDocument::Compact));
}
QStringList commentsOf(const QVariant& v)
{
    QStringList out;
    for (const auto& c : QJsonDocument::fromJson(v.toString().toUtf8()).array()) out << c.toString();
    return out;
}

const QString kSession = QStringLiteral("SELECT id, campaign_id, title, date, place, rules, double_entry, created_at, created_by, published_at,"
                                        " published_by FROM review_sessions");

ReviewRepository::Session readSession(const sql::Query& q)
{
    ReviewRepository::Session s;
    s.id = q.value(0).toLongLong();
    s.campaignId = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.date = sql::toDate(q.value(3));
    s.place = q.value(4).toString();
    s.rules = ReviewRules::fromJson(object(q.value(5)));
    s.doubleEntry = q.value(6).toInt() != 0;
    s.createdAt = when(q.value(7));
    s.createdBy = q.value(8).toString();
    s.publishedAt = when(q.value(9));
    s.publishedBy = q.value(10).toString();
    return s;
}

const QString kBallot = QStringLiteral("SELECT clerk, serial, marks, comments, entered_by, entered_at FROM review_ballots");

ReviewRepository::Ballot readBallot(const sql::Query& q)
{
    return {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), commentsOf(q.value(3)), q.value(4).toString(), when(q.value(5))};
}

} // namespace

QList<ReviewRepository::Session> ReviewRepository::sessions(qint64 campaignId)
{
    QList<Session> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kSession + QStringLiteral(" WHERE campaign_id = ? ORDER BY date, id"));
    q.addBindValue(campaignId);
    if (q.exec())
        while (q.next()) out.append(readSession(q));
    return out;
}

std::optional<ReviewRepository::Session> ReviewRepository::session(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kSession + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) return std::nullopt;
    return readSession(q);
}

Result<qint64> ReviewRepository::insertSession(const Session& s)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_sessions (campaign_id, title, date, place, rules, double_entry, created_at, created_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(s.campaignId);
    q.addBindValue(sql::text(s.title));
    q.addBindValue(sql::date(s.date));
    q.addBindValue(sql::text(s.place));
    q.addBindValue(compact(s.rules.toJson()));
    q.addBindValue(s.doubleEntry ? 1 : 0);
    q.addBindValue(whenText(s.createdAt));
    q.addBindValue(sql::text(s.createdBy));
    return sql::insertReturningId(q, "insert review session");
}

Status ReviewRepository::updateSession(const Session& s)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_sessions SET title = ?, date = ?, place = ?, rules = ?, double_entry = ? WHERE id = ?"));
    q.addBindValue(sql::text(s.title));
    q.addBindValue(sql::date(s.date));
    q.addBindValue(sql::text(s.place));
    q.addBindValue(compact(s.rules.toJson()));
    q.addBindValue(s.doubleEntry ? 1 : 0);
    q.addBindValue(s.id);
    return sql::exec(q, "update review session");
}

Status ReviewRepository::setPublished(qint64 id, const QDateTime& at, const QString& by)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_sessions SET published_at = ?, published_by = ? WHERE id = ?"));
    q.addBindValue(whenText(at));
    q.addBindValue(sql::text(by));
    q.addBindValue(id);
    return sql::exec(q, "publish review session");
}

QList<ReviewPerson> ReviewRepository::people(qint64 sessionId)
{
    QList<ReviewPerson> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.unit_id, coalesce(u.name, ''), p.name, p.level FROM review_people p LEFT JOIN units u ON u.id = p.unit_id"
                             " WHERE p.session_id = ? ORDER BY p.sort_order, p.id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        levelFromId(q.value(4).toString()).value_or(ResponsibilityLevel::Specific)});
    return out;
}

std::optional<QPair<ReviewPerson, qint64>> ReviewRepository::person(qint64 personId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT p.id, p.unit_id, coalesce(u.name, ''), p.name, p.level, p.session_id FROM review_people p LEFT JOIN units u ON u.id = p.unit_id"
                             " WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return QPair<ReviewPerson, qint64>{{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                        levelFromId(q.value(4).toString()).value_or(ResponsibilityLevel::Specific)},
                                       q.value(5).toLongLong()};
}

Result<qint64> ReviewRepository::insertPerson(qint64 sessionId, const ReviewPerson& p, int order)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_people (session_id, unit_id, name, level, sort_order) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sessionId);
    q.addBindValue(p.unitId);
    q.addBindValue(sql::text(p.name));
    q.addBindValue(toId(p.level));
    q.addBindValue(order);
    return sql::insertReturningId(q, "insert review person");
}

Status ReviewRepository::deletePerson(qint64 personId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM review_people WHERE id = ?"));
    q.addBindValue(personId);
    return sql::exec(q, "delete review person");
}

Status ReviewRepository::setPersonOrder(qint64 personId, int order)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_people SET sort_order = ? WHERE id = ?"));
    q.addBindValue(order);
    q.addBindValue(personId);
    return sql::exec(q, "order review people");
}

QList<ReviewGroup> ReviewRepository::groups(qint64 sessionId)
{
    QList<ReviewGroup> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, weight, ballots FROM review_groups WHERE session_id = ? ORDER BY sort_order, id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toInt()});
    return out;
}

Result<qint64> ReviewRepository::insertGroup(qint64 sessionId, const ReviewGroup& g, int order)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_groups (session_id, name, weight, ballots, sort_order) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sessionId);
    q.addBindValue(sql::text(g.name));
    q.addBindValue(g.weight);
    q.addBindValue(g.ballots);
    q.addBindValue(order);
    return sql::insertReturningId(q, "insert review group");
}

Status ReviewRepository::updateGroup(const ReviewGroup& g)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_groups SET name = ?, weight = ?, ballots = ? WHERE id = ?"));
    q.addBindValue(sql::text(g.name));
    q.addBindValue(g.weight);
    q.addBindValue(g.ballots);
    q.addBindValue(g.id);
    return sql::exec(q, "update review group");
}

Status ReviewRepository::deleteGroup(qint64 groupId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM review_groups WHERE id = ?"));
    q.addBindValue(groupId);
    return sql::exec(q, "delete review group");
}

QList<ReviewRepository::Ballot> ReviewRepository::ballots(qint64 sessionId)
{
    QList<Ballot> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kBallot + QStringLiteral(" WHERE session_id = ? ORDER BY clerk, serial"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next()) out.append(readBallot(q));
    return out;
}

qint64 ReviewRepository::ballotCount(qint64 sessionId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM review_ballots WHERE session_id = ?) + (SELECT count(*) FROM review_totals WHERE session_id = ?)"));
    q.addBindValue(sessionId);
    q.addBindValue(sessionId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<ReviewRepository::Ballot> ReviewRepository::ballot(qint64 sessionId, int clerk, int serial)
{
    sql::Query q(m_db.sql());
    q.prepare(kBallot + QStringLiteral(" WHERE session_id = ? AND clerk = ? AND serial = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(clerk);
    q.addBindValue(serial);
    if (!q.exec() || !q.next()) return std::nullopt;
    return readBallot(q);
}

Status ReviewRepository::insertBallot(qint64 sessionId, const Ballot& b)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_ballots (session_id, clerk, serial, marks, comments, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sessionId);
    q.addBindValue(b.clerk);
    q.addBindValue(b.serial);
    q.addBindValue(b.marks);
    q.addBindValue(commentsText(b.comments));
    q.addBindValue(sql::text(b.enteredBy));
    q.addBindValue(whenText(b.enteredAt));
    return sql::exec(q, "insert ballot");
}

Status ReviewRepository::replaceBallot(qint64 sessionId, const Ballot& b)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_ballots SET marks = ?, comments = ?, entered_by = ?, entered_at = ? WHERE session_id = ? AND clerk = ? AND serial = ?"));
    q.addBindValue(b.marks);
    q.addBindValue(commentsText(b.comments));
    q.addBindValue(sql::text(b.enteredBy));
    q.addBindValue(whenText(b.enteredAt));
    q.addBindValue(sessionId);
    q.addBindValue(b.clerk);
    q.addBindValue(b.serial);
    return sql::exec(q, "replace ballot");
}

QHash<QPair<qint64, qint64>, MarkCounts> ReviewRepository::totals(qint64 sessionId)
{
    QHash<QPair<qint64, qint64>, MarkCounts> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT person_id, group_id, good, fair, average, poor, invalid FROM review_totals WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next()) {
            MarkCounts c;
            for (int i = 0; i < 4; ++i) c.marks[size_t(i)] = q.value(2 + i).toInt();
            c.invalid = q.value(6).toInt();
            out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, c);
        }
    return out;
}

Status ReviewRepository::setTotals(qint64 sessionId, qint64 personId, qint64 groupId, const MarkCounts& c)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_totals (session_id, person_id, group_id, good, fair, average, poor, invalid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (person_id, group_id) DO UPDATE SET good = excluded.good, fair = excluded.fair, average = excluded.average,"
                             " poor = excluded.poor, invalid = excluded.invalid"));
    q.addBindValue(sessionId);
    q.addBindValue(personId);
    q.addBindValue(groupId);
    for (int m : c.marks) q.addBindValue(m);
    q.addBindValue(c.invalid);
    return sql::exec(q, "save review totals");
}

Status ReviewRepository::insertTotals(qint64 sessionId, const QList<Total>& totals)
{
    // In batches: one statement a row cost a round trip each on a server (15,000 at 5,000 units).
    auto rows = BulkInsert::rows(m_db, QStringLiteral("review_totals"),
                                 {QStringLiteral("session_id"), QStringLiteral("person_id"), QStringLiteral("group_id"), QStringLiteral("good"), QStringLiteral("fair"),
                                  QStringLiteral("average"), QStringLiteral("poor"), QStringLiteral("invalid")});
    for (const auto& t : totals) {
        const auto& m = t.counts.marks;
        if (auto s = rows.insert({sessionId, t.personId, t.groupId, m[0], m[1], m[2], m[3], t.counts.invalid}); !s) {
            rows.discard();
            return fail(s.error());
        }
    }
    return rows.finish();
}

QList<ReviewRepository::Published> ReviewRepository::results(qint64 sessionId, qint64 unitId)
{
    QList<Published> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.person_id, r.unit_id, r.score, r.grade, r.result FROM review_results r JOIN review_people p ON p.id = r.person_id"
                             " WHERE r.session_id = ? AND (? = 0 OR r.unit_id = ?) ORDER BY p.sort_order, p.id"));
    q.addBindValue(sessionId);
    q.addBindValue(unitId);
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toString(), object(q.value(4))});
    return out;
}

Status ReviewRepository::replaceResults(qint64 sessionId, const QList<Published>& rows)
{
    sql::Query d(m_db.sql());
    d.prepare(QStringLiteral("DELETE FROM review_results WHERE session_id = ?"));
    d.addBindValue(sessionId);
    if (auto s = sql::exec(d, "clear review results"); !s) return s;
    // In batches, as the totals.
    auto out = BulkInsert::rows(m_db, QStringLiteral("review_results"),
                                {QStringLiteral("session_id"), QStringLiteral("person_id"), QStringLiteral("unit_id"), QStringLiteral("score"), QStringLiteral("grade"),
                                 QStringLiteral("result")});
    for (const auto& r : rows)
        // The grade empty, not NULL, for a person nobody marked.
        if (auto s = out.insert({sessionId, r.personId, r.unitId, r.score, sql::text(r.grade), compact(r.result)}); !s) {
            out.discard();
            return fail(s.error());
        }
    return out.finish();
}

QList<ReviewRepository::Amendment> ReviewRepository::amendments(qint64 sessionId)
{
    QList<Amendment> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT serial, before_marks, after_marks, reason, amended_at, amended_by FROM review_amendments WHERE session_id = ? ORDER BY id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), when(q.value(4)), q.value(5).toString()});
    return out;
}

Status ReviewRepository::insertAmendment(qint64 sessionId, const Amendment& a)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_amendments (session_id, serial, before_marks, after_marks, reason, amended_at, amended_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sessionId);
    q.addBindValue(a.serial);
    q.addBindValue(a.before);
    q.addBindValue(a.after);
    q.addBindValue(sql::text(a.reason));
    q.addBindValue(whenText(a.at));
    q.addBindValue(sql::text(a.by));
    return sql::exec(q, "amend ballot");
}

namespace {
const QString kReport = QStringLiteral("SELECT r.id, r.session_id, r.person_id, r.unit_id, r.version, r.status, r.text, r.saved_at, r.saved_by,"
                                       " r.reviewed_at, r.reviewed_by, r.review_comment FROM review_reports r");
ReviewRepository::Report readReport(const sql::Query& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toInt(), q.value(5).toString(),
            q.value(6).toString(),   when(q.value(7)),        q.value(8).toString(),   when(q.value(9)),        q.value(10).toString(), q.value(11).toString()};
}
} // namespace

QList<ReviewRepository::Report> ReviewRepository::latestReports(qint64 sessionId, qint64 unitId)
{
    QList<Report> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kReport + QStringLiteral(" WHERE r.session_id = ? AND (? = 0 OR r.unit_id = ?)"
                                       " AND r.version = (SELECT max(v.version) FROM review_reports v WHERE v.person_id = r.person_id)"));
    q.addBindValue(sessionId);
    q.addBindValue(unitId);
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next()) out.append(readReport(q));
    return out;
}

std::optional<ReviewRepository::Report> ReviewRepository::latestReport(qint64 personId)
{
    sql::Query q(m_db.sql());
    q.prepare(kReport + QStringLiteral(" WHERE r.person_id = ? ORDER BY r.version DESC LIMIT 1"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return readReport(q);
}

std::optional<ReviewRepository::Report> ReviewRepository::reportById(qint64 reportId)
{
    sql::Query q(m_db.sql());
    q.prepare(kReport + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next()) return std::nullopt;
    return readReport(q);
}

Result<qint64> ReviewRepository::insertReport(const Report& r)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_reports (session_id, person_id, unit_id, version, status, text, saved_at, saved_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.sessionId);
    q.addBindValue(r.personId);
    q.addBindValue(r.unitId);
    q.addBindValue(r.version);
    q.addBindValue(r.status);
    q.addBindValue(sql::text(r.text));
    q.addBindValue(whenText(r.savedAt));
    q.addBindValue(sql::text(r.savedBy));
    return sql::insertReturningId(q, "save review report");
}

QList<AttachmentRef> ReviewRepository::reportFiles(qint64 reportId)
{
    QList<AttachmentRef> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, x.name, a.sha256, a.size FROM review_report_attachments x JOIN attachments a ON a.id = x.attachment_id"
                             " WHERE x.report_id = ? ORDER BY x.name, a.id"));
    q.addBindValue(reportId);
    if (q.exec())
        while (q.next()) out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

Status ReviewRepository::linkReportFile(qint64 reportId, qint64 attachmentId, const QString& name)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO review_report_attachments (report_id, attachment_id, name) VALUES (?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(attachmentId);
    q.addBindValue(sql::text(name));
    return sql::exec(q, "link review report evidence");
}

Status ReviewRepository::setReportReview(qint64 reportId, const QString& status, const QDateTime& at, const QString& by, const QString& comment)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE review_reports SET status = ?, reviewed_at = ?, reviewed_by = ?, review_comment = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(whenText(at));
    q.addBindValue(sql::text(by));
    q.addBindValue(sql::text(comment));
    q.addBindValue(reportId);
    return sql::exec(q, "review review report");
}

QHash<qint64, ReviewRepository::UnitResult> ReviewRepository::firstLevelResults(qint64 campaignId)
{
    QHash<qint64, UnitResult> out;
    QHash<qint64, QPair<QString, qint64>> from; // unit → the session (date, id) its result came from
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.unit_id, r.score, r.grade, p.name, s.title, s.date, s.id FROM review_results r"
                             " JOIN review_people p ON p.id = r.person_id JOIN review_sessions s ON s.id = r.session_id"
                             " WHERE s.campaign_id = ? AND s.published_at IS NOT NULL AND p.level = 'first' AND r.grade <> ''"
                             " ORDER BY s.date, s.id, p.sort_order, p.id"));
    q.addBindValue(campaignId);
    if (!q.exec()) return out;
    while (q.next()) {
        const qint64 unit = q.value(0).toLongLong();
        const QPair<QString, qint64> session{q.value(5).toString(), q.value(6).toLongLong()};
        UnitResult& r = out[unit];
        if (from.value(unit) != session) { // a later session replaces an earlier one
            r = UnitResult{};
            from.insert(unit, session);
        }
        r.score = (r.score * r.people + q.value(1).toDouble()) / (r.people + 1);
        r.people += 1;
        r.grade = r.people == 1 ? q.value(2).toString() : QString();
        r.person = r.people == 1 ? q.value(3).toString() : r.person + QStringLiteral("、") + q.value(3).toString();
        r.session = q.value(4).toString();
    }
    return out;
}

} // namespace cd
