#include "storage/Database.h"

#include "storage/Backup.h"
#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace cd {
namespace {



Error corrupt(const QString& path, const QString& detail)
{
    spdlog::error("database {} is damaged: {}", path.toStdString(), detail.toStdString());
    return Error{Error::Code::Corrupt,
                 QCoreApplication::translate("cd::Database", "The file %1 is damaged or is not a CampaignDesk database (%2).").arg(QFileInfo(path).absoluteFilePath(), detail)};
}

// A non-empty file that does not start with SQLite's magic header is not ours.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = f.read(16);
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}

bool mayWrite(const QString& path) { return ::access(QFile::encodeName(path).constData(), W_OK) == 0; }

// The write-ahead log and its index sit beside the file, so writing needs the folder too.
bool writable(const QFileInfo& info) { return (!info.exists() || mayWrite(info.absoluteFilePath())) && mayWrite(info.absolutePath()); }

// A connection that only reads. SQLite reads a write-ahead-log file through the index beside
// it; where nobody may create that index, nobody is writing the file either, so it is read as
// it stands (immutable).
void forReading(QSqlDatabase& db, const QFileInfo& info)
{
    if (QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-shm")) || mayWrite(info.absolutePath())) {
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        return;
    }
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
}

} // namespace

Database::Database(QString path, QString connection, const QString& driver) : m_path(std::move(path)), m_connection(std::move(connection))
{
    m_db = QSqlDatabase::addDatabase(driver, m_connection);
}

QString Database::nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cd-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool Database::isServer() const { return m_db.driverName() == QLatin1String("QPSQL"); }

Database::Statement::Statement(Statement&& other) noexcept
    : m_query(other.m_query), m_own(std::move(other.m_own)), m_busy(other.m_busy), m_sql(std::move(other.m_sql))
{
    other.m_query = nullptr;
    other.m_busy = nullptr;
}

Database::Statement::~Statement()
{
    if (!m_busy || !m_query) return;
    m_query->finish(); // the kept statement stays prepared; its results go
    m_busy->remove(m_sql);
}

Database::Statement Database::statement(const QString& sql)
{
    if (isServer() && !m_busy.contains(sql)) {
        auto& kept = m_statements[sql];
        if (!kept) {
            kept = std::make_shared<QSqlQuery>(m_db);
            if (!kept->prepare(sql)) {
                // Not kept: a statement that could not be prepared (inside a failed
                // transaction, say) is tried afresh next time. Its failure shows when it runs.
                auto once = std::move(kept);
                m_statements.remove(sql);
                auto own = std::make_unique<QSqlQuery>(m_db);
                own->prepare(sql);
                return Statement(std::move(own));
            }
        }
        m_busy.insert(sql);
        return Statement(kept.get(), &m_busy, sql);
    }
    auto own = std::make_unique<QSqlQuery>(m_db);
    own->prepare(sql);
    return Statement(std::move(own));
}

Status Database::awaitCheck()
{
    if (!m_check.valid()) return {};
    return m_check.get();
}

Database::~Database()
{
    m_statements.clear(); // before the connection they belong to
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    const QFileInfo info(path);
    if (!info.exists() && !options.create)
        return fail(Error::notFound(QCoreApplication::translate("cd::Database", "The file %1 does not exist.").arg(info.absoluteFilePath())));
    if (info.exists() && !info.isFile())
        return fail(Error::io(QCoreApplication::translate("cd::Database", "%1 is not a file.").arg(info.absoluteFilePath())));
    if (info.exists() && !looksLikeSqlite(path))
        return fail(corrupt(path, QCoreApplication::translate("cd::Database", "not an SQLite file")));

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_db.setDatabaseName(path);
    db->m_readOnly = info.exists() && !writable(info);
    if (!info.exists() && !writable(info))
        return fail(Error::io(QCoreApplication::translate("cd::Database", "Could not create %1: the folder is read-only.").arg(info.absoluteFilePath())));
    if (db->m_readOnly) forReading(db->m_db, info);
    else db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return fail(Error::io(QCoreApplication::translate("cd::Database", "Could not open %1: %2").arg(info.absoluteFilePath(), db->m_db.lastError().text())));
    if (auto s = db->configure(options); !s) return fail(s.error());
    // A new file holds nothing to check yet.
    if (options.checkInBackground && !options.quickCheckOnOpen && info.exists())
        db->m_check = std::async(std::launch::async, [path] { return Database::check(path); }).share();
    return db;
}

Status Database::check(const QString& path)
{
    Database db(path, nextConnectionName());
    forReading(db.m_db, QFileInfo(path));
    if (!db.m_db.open()) return fail(Error::io(QCoreApplication::translate("cd::Database", "Could not open %1: %2").arg(path, db.m_db.lastError().text())));
    sql::Query q(db.m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) return fail(corrupt(path, q.lastError().text()));
    if (q.value(0).toString() != QLatin1String("ok")) return fail(corrupt(path, q.value(0).toString()));
    return {};
}

Status Database::configure(const Options& options)
{
    sql::Query q(m_db);
    if (m_readOnly) spdlog::info("{} is read-only here: opened for reading", m_path.toStdString());
    // FULL: every commit reaches the disk before the user is told it is saved. The writes
    // are human-paced, so the extra fsync costs little next to losing a submitted report.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (m_readOnly && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0) continue; // a reader changes no mode
        if (!q.exec(QString::fromLatin1(pragma))) return fail(corrupt(m_path, q.lastError().text()));
    }
    const auto quickCheck = [&]() -> Status {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) return fail(corrupt(m_path, q.lastError().text()));
        if (q.value(0).toString() != QLatin1String("ok")) return fail(corrupt(m_path, q.value(0).toString()));
        q.finish();
        return {};
    };
    if (options.quickCheckOnOpen)
        if (auto s = quickCheck(); !s) return s;
    // A pragma's result row left unread keeps its statement open, and SQLite drops no table or
    // index while one is (a migration may).
    q.finish();
    const int version = schemaVersion();
    if (version < 0) return fail(corrupt(m_path, QCoreApplication::translate("cd::Database", "unreadable schema version")));
    if (version > Migrations::kLatest)
        return fail(Error{Error::Code::TooNew, QCoreApplication::translate("cd::Database", "The file %1 was written by a newer CampaignDesk (schema %2; this program knows up to %3). "
                                                  "Open it with the newer program.")
                                                   .arg(m_path).arg(version).arg(Migrations::kLatest)});
    if (version == Migrations::kLatest) return {};
    if (m_readOnly)
        return fail(Error::io(QCoreApplication::translate("cd::Database", "The file %1 was written by an older CampaignDesk and must be updated, but it is read-only here. "
                                                                          "Copy it to a folder you may write to, or ask for write access.")
                                  .arg(m_path)));
    if (version > 0) {
        // A migration rewrites the file: it is checked first, however it was opened.
        if (!options.quickCheckOnOpen)
            if (auto s = quickCheck(); !s) return s;
        const QString copy = QStringLiteral("%1.bak-v%2").arg(m_path).arg(version);
        if (auto s = Backup::write(*this, copy); !s) return s;
        spdlog::info("backed up {} to {} before migrating from schema {}", m_path.toStdString(), copy.toStdString(), version);
    }
    Transaction tx(*this);
    if (auto s = Migrations::upgrade(m_db, version); !s) return s;
    return tx.commit();
}

int Database::schemaVersion()
{
    sql::Query q(m_db);
    q.prepare(Dialect::of(m_db).tableExists());
    q.addBindValue(QStringLiteral("meta"));
    if (!q.exec() || !q.next()) return -1;
    if (q.value(0).toInt() == 0) return 0;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList Database::integrityProblems()
{
    // A server keeps its own pages whole and checks its foreign keys on every write; checking
    // its storage (amcheck, pg_checksums) is the DBA's work, not a client's.
    if (isServer()) return {};
    QStringList out;
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) return {q.lastError().text()};
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) out << line;
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
        out << QCoreApplication::translate("cd::Database", "foreign key violation in table %1").arg(q.value(0).toString());
    return out;
}

qint64 Database::changesSinceOpen()
{
    sql::Query q(m_db);
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next()) return q.value(0).toLongLong();
    return 0;
}

void* Database::nativeHandle()
{
    QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<void**>(v.data());
}

} // namespace cd
