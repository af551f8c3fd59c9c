#include "storage/CampaignCopy.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cd {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("cd::CampaignCopy", text); }

// A reading transaction that sees one state of every table; ended when it goes.
class Snapshot
{
public:
    explicit Snapshot(Database& db) : m_db(db.sql())
    {
        m_open = bool(sql::execText(m_db, Dialect::of(m_db).beginSnapshot()));
    }
    ~Snapshot()
    {
        if (m_open) QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); // it wrote nothing
    }
    bool ok() const { return m_open; }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

// The same value gives the same bytes on either engine: a tag, the length, the payload.
void encode(QByteArray& out, const QVariant& v)
{
    QByteArray payload;
    char tag = 'T';
    if (v.isNull()) {
        tag = 'N';
    } else {
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            tag = 'I';
            payload = QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            tag = 'R';
            payload = QByteArray::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            tag = 'B';
            payload = v.toByteArray();
            break;
        default:
            payload = v.toString().toUtf8();
        }
    }
    out += tag;
    out += QByteArray::number(payload.size());
    out += ':';
    out += payload;
}

// Gathers row hashes; the table's digest is over them sorted, so row order does not count.
class TableHasher
{
public:
    void add(const QVariantList& row)
    {
        QByteArray bytes;
        for (const QVariant& v : row) encode(bytes, v);
        m_rows << QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    }
    TableDigest result(const QString& table)
    {
        std::ranges::sort(m_rows);
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const auto& h : m_rows) all.addData(h);
        return TableDigest{table, m_rows.size(), all.result()};
    }

private:
    QList<QByteArray> m_rows;
};

QStringList columnsOf(Database& db, const QString& table)
{
    const QSqlRecord record = db.sql().record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i) out << record.fieldName(i);
    return out;
}

Result<TableDigest> digestTable(Database& db, const QString& table)
{
    const QStringList columns = columnsOf(db, table);
    if (columns.isEmpty()) return fail(Error{Error::Code::Corrupt, QCoreApplication::translate("cd::CampaignCopy", "The table %1 is missing from %2.").arg(table, db.path())});
    sql::Query q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    if (auto s = sql::exec(q, "read a table for its digest"); !s) return fail(s.error());
    TableHasher hasher;
    QVariantList row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) row << q.value(i);
        hasher.add(row);
    }
    return hasher.result(table);
}

// A file's accounts carry Argon2id hashes that a server cannot sign anybody in with: on a
// server they arrive disabled, without the hash, until the administrator sets them up there.
void disableAccount(const QStringList& columns, QVariantList& row)
{
    const auto set = [&](const char* column, const QVariant& value) {
        const qsizetype i = columns.indexOf(QLatin1String(column));
        if (i >= 0) row[i] = value;
    };
    set("active", qint64(0));
    set("password_hash", QString(QLatin1String("")));
    set("failed_logins", qint64(0));
    set("locked_until", QVariant());
}

} // namespace

Result<QList<TableDigest>> CampaignCopy::digests(Database& db)
{
    Snapshot snapshot(db);
    if (!snapshot.ok()) return fail(Error::io(tr("Could not read %1.").arg(db.path())));
    QList<TableDigest> out;
    for (const QString& table : Migrations::tables()) {
        auto d = digestTable(db, table);
        if (!d) return fail(d.error());
        out << *d;
    }
    return out;
}

Result<QString> CampaignCopy::firstTableWithRows(Database& db)
{
    for (const QString& table : Migrations::tables()) {
        if (table == QLatin1String("meta")) continue; // every database has its schema version
        sql::Query q(db.sql());
        q.prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (auto s = sql::exec(q, "look for rows"); !s) return fail(s.error());
        if (q.next()) return table;
    }
    return QString();
}

Result<QList<TableDigest>> CampaignCopy::copy(Database& from, Database& to, const Progress& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return fail(Error::invalid(tr("%1 and %2 have different schema versions (%3 and %4); open both with this program first.")
                                       .arg(from.path(), to.path())
                                       .arg(from.schemaVersion())
                                       .arg(to.schemaVersion())));
    auto occupied = firstTableWithRows(to);
    if (!occupied) return fail(occupied.error());
    if (!occupied->isEmpty())
        return fail(Error::refused(QStringLiteral("not_empty"),
                                   tr("%1 already holds a campaign (the table %2 has rows); a copy goes only into an empty database or a new file. "
                                      "Nothing was written.")
                                       .arg(to.path(), *occupied)));
    const bool accountsToServer = !from.isServer() && to.isServer();
    Snapshot snapshot(from);
    if (!snapshot.ok()) return fail(Error::io(tr("Could not read %1.").arg(from.path())));
    Transaction tx(to);
    if (!tx.ok()) return fail(tx.error());
    // The new database's own schema version goes; the source's comes with its meta rows.
    if (auto s = sql::execText(to.sql(), QStringLiteral("DELETE FROM meta")); !s) return fail(s.error());

    const QStringList tables = Migrations::tables();
    const Dialect dialect = Dialect::of(to.sql());
    QList<TableDigest> written;
    for (int t = 0; t < tables.size(); ++t) {
        const QString& table = tables[t];
        if (progress && !progress(table, t, int(tables.size())))
            return fail(Error{Error::Code::Cancelled, tr("The copy was cancelled; nothing was written to %1.").arg(to.path())});
        const QStringList columns = columnsOf(from, table);
        if (columns != columnsOf(to, table))
            return fail(Error{Error::Code::Corrupt, tr("The table %1 has other columns in %2 than in %3.").arg(table, from.path(), to.path())});
        sql::Query read(from.sql());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        if (auto s = sql::exec(read, "read a table to copy"); !s) return fail(s.error());
        BulkInsert insert = BulkInsert::rows(to, table, columns);
        TableHasher hasher;
        QVariantList row;
        while (read.next()) {
            row.clear();
            for (int i = 0; i < columns.size(); ++i) row << read.value(i);
            if (accountsToServer && table == QLatin1String("users")) disableAccount(columns, row);
            hasher.add(row);
            if (auto s = insert.insert(row); !s) {
                insert.discard();
                return fail(s.error());
            }
        }
        if (auto s = insert.finish(); !s) return fail(s.error());
        if (columns.contains(QLatin1String("id")))
            if (const QString after = dialect.afterExplicitIds(table); !after.isEmpty())
                if (auto s = sql::execText(to.sql(), after); !s) return fail(s.error());
        written << hasher.result(table);
    }
    if (progress && !progress(QString(), int(tables.size()), int(tables.size())))
        return fail(Error{Error::Code::Cancelled, tr("The copy was cancelled; nothing was written to %1.").arg(to.path())});
    if (auto s = tx.commit(); !s) return fail(s.error());
    to.settleAfterBulkLoad();
    spdlog::info("copied {} into {}", from.path().toStdString(), to.path().toStdString());
    return written;
}

Status CampaignCopy::verify(Database& db, const QList<TableDigest>& expected)
{
    auto found = digests(db);
    if (!found) return fail(found.error());
    for (const TableDigest& e : expected) {
        const auto it = std::ranges::find(*found, e.table, &TableDigest::table);
        if (it == found->end() || *it != e)
            return fail(Error{Error::Code::Corrupt, tr("The copy in %1 does not match in the table %2 (%3 rows written, %4 found).")
                                                        .arg(db.path(), e.table)
                                                        .arg(e.rows)
                                                        .arg(it == found->end() ? 0 : it->rows)});
    }
    return {};
}

Result<QList<TableDigest>> CampaignCopy::toNewFile(Database& from, const QString& path, const Progress& progress)
{
    if (QFileInfo::exists(path))
        return fail(Error::refused(QStringLiteral("exists"), tr("%1 already exists; a copy is written only to a new file. Nothing was written.").arg(path)));
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial(); // what a killed copy left
    QList<TableDigest> written;
    {
        Database::Options options;
        options.quickCheckOnOpen = false;
        auto opened = Database::open(partial, options);
        if (!opened) {
            removePartial();
            return fail(opened.error());
        }
        auto copied = copy(from, **opened, progress);
        if (copied) {
            if (auto s = verify(**opened, *copied); !s) copied = fail(s.error());
        }
        if (!copied) {
            opened->reset();
            removePartial();
            return fail(copied.error());
        }
        written = *copied;
    } // closed: the write-ahead log is folded into the file
    if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path)) {
        removePartial();
        return fail(Error::io(tr("Could not give the copy its name %1.").arg(path)));
    }
    return written;
}

} // namespace cd
