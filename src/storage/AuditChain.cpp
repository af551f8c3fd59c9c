#include "storage/AuditChain.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace cd {

namespace {

const QString kRows = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, backdated, chain FROM audit_log ORDER BY id");

QString text(const QVariant& v) { return v.isNull() ? QString() : v.toString(); }

AuditChain::Row row(const sql::Query& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            q.value(5), q.value(6), q.value(7), q.value(8).toInt()};
}

} // namespace

QString AuditChain::link(const QString& previous, const Row& r)
{
    const QChar unit(0x1f);
    const QString fields = QStringList{QString::number(r.id), r.at, r.actor, r.action, r.entity,
                                       r.entityId.isNull() ? QString() : QString::number(r.entityId.toLongLong()),
                                       text(r.before), text(r.after), QString::number(r.backdated)}
                               .join(unit);
    return QString::fromLatin1(QCryptographicHash::hash((previous + QChar(0x1e) + fields).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditChain::head(Database& db)
{
    sql::Query q(db.sql());
    return q.exec(QStringLiteral("SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next() ? q.value(0).toString() : QString();
}

Result<AuditChain::Verdict> AuditChain::verify(Database& db, const QString& upTo)
{
    sql::Query q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(kRows)) return fail(sql::failure(q, "read the audit log"));
    Verdict v;
    v.codeFound = upTo.isEmpty();
    QString previous;
    while (q.next()) {
        // On a server, a row whose writer could not have the chain's lock at once waits, with a
        // provisional number, for the next writer to link it (schema v20).
        if (q.value(0).toLongLong() < 0 && q.value(9).isNull()) {
            ++v.pending;
            continue;
        }
        const QString stored = q.value(9).toString();
        const QString expected = link(previous, row(q));
        ++v.rows;
        if (stored != expected) {
            v.firstBad = q.value(0).toLongLong();
            return v;
        }
        previous = v.head = stored;
        if (!upTo.isEmpty() && (stored.compare(upTo, Qt::CaseInsensitive) == 0 || shortCode(stored) == upTo.toUpper())) {
            v.codeFound = true;
            return v;
        }
    }
    return v;
}

Status AuditChain::chainExisting(QSqlDatabase& db)
{
    sql::Query read(db);
    read.setForwardOnly(true);
    if (!read.exec(kRows)) return fail(sql::failure(read, "read the audit log"));
    QList<QPair<qint64, QString>> links;
    QString previous;
    while (read.next()) {
        previous = link(previous, row(read));
        links.append({read.value(0).toLongLong(), previous});
    }
    sql::Query write(db);
    write.prepare(QStringLiteral("UPDATE audit_log SET chain = ? WHERE id = ?"));
    for (const auto& [id, l] : links) {
        write.addBindValue(l);
        write.addBindValue(id);
        if (auto s = sql::exec(write, "chain the audit log"); !s) return s;
    }
    return {};
}

} // namespace cd
