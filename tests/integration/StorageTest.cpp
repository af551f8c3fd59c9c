#include "services/UnitService.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <atomic>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>
#include <QSqlQuery>

using namespace cd;
using namespace cd::test;


TEST(Storage, NewFileGetsTheLatestSchemaInWalMode)
{
    CD_FILE_ONLY("SQLite's journal and pragmas");
    Fixture f;
    EXPECT_EQ(f.db().schemaVersion(), Migrations::kLatest);
    QSqlQuery q(f.db().sql());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_TRUE(f.db().integrityProblems().isEmpty());
}

TEST(Storage, MigratesAVersionOneFileAndKeepsACopy)
{
    CD_FILE_ONLY("a file of version 1 and its copy (the server's ladder: server.Server.EveryEarlierSchemaMigratesToTheLatest)");
    Fixture f;
    const QString path = f.path(QStringLiteral("old.cdb"));
    ASSERT_TRUE(QFile::copy(dataFile(QStringLiteral("campaign-v1.cdb")), path));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        EXPECT_EQ((*db)->schemaVersion(), Migrations::kLatest);
        const auto units = UnitRepository(**db).all();
        ASSERT_EQ(units.size(), 2);
        EXPECT_EQ(units[0].name, QStringLiteral("市教育局"));
        EXPECT_FALSE(units[1].active);
        const auto rs = ResponsibilityRepository(**db).all();
        ASSERT_EQ(rs.size(), 2);
        EXPECT_EQ(rs[0].target, 0); // the column v2 added, with its default
        EXPECT_EQ(AuditRepository(**db).count(), 1);
        // The row written before the chain existed is linked by the migration.
        const auto chain = AuditChain::verify(**db);
        ASSERT_TRUE(chain);
        EXPECT_EQ(chain->rows, 1);
        EXPECT_EQ(chain->firstBad, 0);
        EXPECT_EQ(chain->head.size(), 64);
    }
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".bak-v1")));
    auto copy = Database::open(path + QStringLiteral(".bak-v1")); // itself migrates, which proves it is the v1 file
    ASSERT_TRUE(copy);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".bak-v1.bak-v1")));
}

TEST(Storage, RefusesAFileFromANewerProgram)
{
    Fixture f;
    ASSERT_TRUE(QSqlQuery(f.db().sql()).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    f.close();
    auto db = openDatabase(f.where());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, Error::Code::TooNew);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("99")));
}

TEST(Storage, GarbageFileIsReportedAsDamagedByName)
{
    CD_FILE_ONLY("a file's bytes");
    Fixture f;
    const QString path = f.path(QStringLiteral("garbage.cdb"));
    writeFile(path, QByteArray(4096, '\x5a'));
    auto db = Database::open(path);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("garbage.cdb")));
    EXPECT_EQ(readFile(path), QByteArray(4096, '\x5a')); // untouched
}

namespace {
// Enough rows that a file's last pages hold only some of them.
void addUnitsWithLongHeads(Fixture& f, int count)
{
    for (int i = 0; i < count; ++i) {
        Unit u;
        u.name = QStringLiteral("单位%1").arg(i);
        u.head = QString(200, QChar(0x4e00 + i));
        ASSERT_TRUE(UnitService(f.ctx()).add(u));
    }
}
} // namespace

TEST(Storage, DamagedPagesAreCaughtOnOpen)
{
    CD_FILE_ONLY("the file's pages");
    Fixture f;
    f.createCampaign();
    addUnitsWithLongHeads(f, 200);
    f.close(); // checkpoints the WAL into the file
    QFile file(f.dbPath());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 20 * 4096);
    for (qint64 page = 3; page < file.size() / 4096; page += 2) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, '\xff'));
    }
    file.close();
    auto db = Database::open(f.dbPath());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("campaign.cdb")));
}

// Opened with the check beside it (the command-line tool): the file opens at once, and the
// first writing transaction waits for the check and is refused on a damaged file.
TEST(Storage, ACheckBesideTheFileRefusesTheFirstWriteToADamagedOne)
{
    CD_FILE_ONLY("the file's pages");
    Fixture f;
    f.createCampaign();
    addUnitsWithLongHeads(f, 300);
    f.close();
    Database::Options o;
    o.quickCheckOnOpen = false;
    o.checkInBackground = true;
    {
        auto sound = Database::open(f.dbPath(), o);
        ASSERT_TRUE(sound);
        Transaction tx(**sound);
        EXPECT_TRUE(tx.ok());
        EXPECT_TRUE((*sound)->awaitCheck());
    }
    ASSERT_TRUE(damageLastPages(f.dbPath(), 6));
    const QByteArray damaged = readFile(f.dbPath());
    auto db = Database::open(f.dbPath(), o);
    ASSERT_TRUE(db) << db.error().message.toStdString(); // opening does not wait
    {
        Transaction tx(**db);
        EXPECT_FALSE(tx.ok());
        EXPECT_EQ(tx.error().code, Error::Code::Corrupt);
        EXPECT_TRUE(tx.error().message.contains(QStringLiteral("campaign.cdb"))) << tx.error().message.toStdString();
    }
    const Status checked = (*db)->awaitCheck();
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().code, Error::Code::Corrupt);
    db->reset();
    EXPECT_EQ(readFile(f.dbPath()), damaged);
}

TEST(Storage, MissingFileIsNotCreatedWhenOpeningForReading)
{
    CD_FILE_ONLY("a file's bytes");
    Fixture f;
    Database::Options o;
    o.create = false;
    auto db = Database::open(f.path(QStringLiteral("nope.cdb")), o);
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFile::exists(f.path(QStringLiteral("nope.cdb"))));
}

TEST(Storage, EveryServiceWriteLeavesAnAuditRowWithBeforeAndAfter)
{
    Fixture f;
    UnitService units(f.ctx());
    const int before = AuditRepository(f.db()).count();
    Unit u;
    u.name = QStringLiteral("市教育局");
    auto id = units.add(u);
    ASSERT_TRUE(id);
    u.id = *id;
    u.phone = QStringLiteral("内线1");
    ASSERT_TRUE(units.update(u));
    const auto rows = AuditRepository(f.db()).forEntity(QStringLiteral("unit"), *id);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(AuditRepository(f.db()).count(), before + 2);
    EXPECT_EQ(rows[0].action, QStringLiteral("unit.create"));
    EXPECT_TRUE(rows[0].beforeJson.isEmpty());
    EXPECT_EQ(rows[1].actor, QStringLiteral("local-admin"));
    EXPECT_EQ(rows[1].at, f.clock.now());
    EXPECT_TRUE(rows[1].beforeJson.contains(QStringLiteral("\"phone\":\"\"")));
    EXPECT_TRUE(rows[1].afterJson.contains(QStringLiteral("内线1")));
}

TEST(Storage, ADatabaseRefusalIsASentenceAndTheEngineTextStaysInTheLog)
{
    Fixture f;
    const auto refusal = [&](const QString& statement) {
        QSqlQuery q(f.db().sql());
        q.prepare(statement);
        auto s = sql::exec(q, "test statement");
        EXPECT_FALSE(s);
        return s ? QString() : s.error().message;
    };
    for (const QString& m : {refusal(QStringLiteral("INSERT INTO attachments (sha256, size, data) VALUES ('a', 0, NULL)")),
                             refusal(QStringLiteral("INSERT INTO units (id, name) VALUES (1, 'a'), (1, 'b')"))}) {
        EXPECT_TRUE(m.contains(QStringLiteral("nothing was saved"))) << m.toStdString();
        for (const char* engine : {"constraint", "NOT NULL", "UNIQUE", "SQL", "attachments"})
            EXPECT_FALSE(m.contains(QLatin1String(engine), Qt::CaseInsensitive)) << m.toStdString();
    }
}

// After a lost server, each desktop waits 500 ms doubling to 15 s before its next try, drawn
// between half and all of that, so that two hundred that lost the same server spread out.
TEST(Storage, ThePausesBeforeReachingALostServerAgainGrowAndAreSpreadOut)
{
    const int full[] = {500, 1000, 2000, 4000, 8000, 15000, 15000, 15000};
    for (int attempt = 0; attempt < 8; ++attempt) {
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int pause = Database::reconnectPauseMs(attempt);
            EXPECT_GE(pause, full[attempt] / 2) << "attempt " << attempt;
            EXPECT_LE(pause, full[attempt]) << "attempt " << attempt;
            seen.insert(pause);
        }
        EXPECT_GT(seen.size(), 20) << "attempt " << attempt << ": the pauses are not spread";
    }
}

namespace {

// A PostgreSQL server in its last seconds before a restart, as libpq sees it: it answers each
// login on its socket with `refusals` in turn, one per connection, and counts the logins.
class RestartingServer
{
public:
    explicit RestartingServer(QList<std::pair<QByteArray, QByteArray>> refusals) : m_refusals(std::move(refusals))
    {
        m_socket = m_dir.path() + QStringLiteral("/.s.PGSQL.5999");
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(m_socket);
        std::memcpy(address.sun_path, path.constData(), std::min<size_t>(size_t(path.size()), sizeof(address.sun_path) - 1));
        EXPECT_EQ(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        EXPECT_EQ(::listen(m_fd, 8), 0);
        m_thread = std::thread([this] { serve(); });
    }
    ~RestartingServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    QString address() const { return QStringLiteral("postgresql://clerk@localhost/campaign?host=%1&port=5999").arg(m_dir.path()); }
    int logins() const { return m_logins; }

private:
    void serve()
    {
        for (const auto& [code, message] : m_refusals) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0) return;
            char startup[512];
            [[maybe_unused]] const ssize_t got = ::read(client, startup, sizeof(startup)); // the startup packet, whatever it says
            ++m_logins;
            // ErrorResponse: severity, code and message, each a NUL-ended field.
            QByteArray fields = QByteArray("SFATAL") + '\0' + QByteArray("VFATAL") + '\0' + 'C' + code + '\0' + 'M' + message + '\0' + '\0';
            QByteArray packet("E");
            const quint32 length = quint32(fields.size() + 4);
            for (int shift : {24, 16, 8, 0}) packet.append(char((length >> shift) & 0xff));
            packet += fields;
            [[maybe_unused]] const ssize_t sent = ::write(client, packet.constData(), size_t(packet.size()));
            ::close(client);
        }
    }
    QTemporaryDir m_dir;
    QString m_socket;
    QList<std::pair<QByteArray, QByteArray>> m_refusals;
    int m_fd = -1;
    std::atomic<int> m_logins{0};
    std::thread m_thread;
};

} // namespace

// A login begun while the server restarts is tried again, as one begun while it starts up: the
// office's desktops, signing in behind two hundred units, were turned away by the first
// "shutting down" and never got in. A refusal of the login itself still ends the tries at once.
TEST(Storage, ASignInWhileTheServerRestartsIsTriedAgain)
{
    RestartingServer server({{"57P03", "the database system is shutting down"},
                             {"57P01", "terminating connection due to administrator command"},
                             {"57P03", "the database system is starting up"},
                             {"28P01", "password authentication failed for user \"clerk\""}});
    const auto opened = Database::connect(server.address(), QStringLiteral("not-the-password"));
    ASSERT_FALSE(opened);
    EXPECT_EQ(server.logins(), 4);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("did not accept the password"))) << opened.error().message.toStdString();
}

// libpq's address forms, one host or a primary and its standbys.
TEST(ServerAddress, OneHostOrSeveralWithTheirPortsAndWhichToUse)
{
    auto a = Database::parseAddress(QStringLiteral("postgresql://office1@db.city.gov.cn:5433/campaign?sslmode=require"));
    EXPECT_TRUE(a.valid);
    EXPECT_EQ(a.hosts, QStringList{QStringLiteral("db.city.gov.cn")});
    EXPECT_EQ(a.ports, QList<int>{5433});
    EXPECT_EQ(a.sslMode, QStringLiteral("require"));
    EXPECT_EQ(a.hostPorts(), QStringLiteral("db.city.gov.cn:5433"));

    a = Database::parseAddress(QStringLiteral("postgresql://u@localhost/t_1?host=/tmp/a/socket,/tmp/b/socket&port=20001,20002&target_session_attrs=read-write"));
    EXPECT_TRUE(a.valid);
    EXPECT_EQ(a.host, QStringLiteral("/tmp/a/socket,/tmp/b/socket"));
    EXPECT_EQ(a.ports, (QList<int>{20001, 20002}));
    EXPECT_EQ(a.targetSessionAttrs, QStringLiteral("read-write"));
    EXPECT_EQ(a.database, QStringLiteral("t_1"));

    a = Database::parseAddress(QStringLiteral("postgres://leader1@db1:5432,db2:5433,[::1]/campaign?target_session_attrs=prefer-standby"));
    EXPECT_TRUE(a.valid);
    EXPECT_EQ(a.hosts, (QStringList{QStringLiteral("db1"), QStringLiteral("db2"), QStringLiteral("::1")}));
    EXPECT_EQ(a.ports, (QList<int>{5432, 5433, 5432}));
    EXPECT_EQ(a.hostPorts(), QStringLiteral("db1:5432,db2:5433,[::1]:5432"));
    EXPECT_EQ(a.user, QStringLiteral("leader1"));

    // The same port on every host is one port (libpq's single value for all).
    EXPECT_EQ(Database::parseAddress(QStringLiteral("postgresql://u@db1:6000,db2:6000/c")).ports, QList<int>{6000});

    EXPECT_FALSE(Database::parseAddress(QStringLiteral("postgresql://u@db1:99999/c")).valid);
    EXPECT_FALSE(Database::parseAddress(QStringLiteral("postgresql://u@db1,,db2/c")).valid);
    EXPECT_FALSE(Database::parseAddress(QStringLiteral("postgresql://u@db1/c?target_session_attrs=primary-ish")).valid);
    EXPECT_FALSE(Database::parseAddress(QStringLiteral("postgresql://u@db1/c?host=/a,/b&port=1,2,3")).valid);
    EXPECT_FALSE(Database::parseAddress(QStringLiteral("postgresql://u@db1/")).valid);
    EXPECT_FALSE(Database::parseAddress(QStringLiteral("mysql://u@db1/c")).valid);
    EXPECT_TRUE(Database::parseAddress(QStringLiteral("postgresql://u:secret@db1/c")).hasPassword);
}

TEST(ServerAddress, AnAddressThatIsNotOneOrCarriesAPasswordIsRefusedInWords)
{
    auto bad = Database::connect(QStringLiteral("postgresql://u@db1:5432,db2:x/c"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("HOST1:PORT,HOST2:PORT"))) << bad.error().message.toStdString();
    auto secret = Database::connect(QStringLiteral("postgresql://u:secret@db1,db2/c"));
    ASSERT_FALSE(secret);
    EXPECT_TRUE(secret.error().message.contains(QStringLiteral("PGPASSWORD"))) << secret.error().message.toStdString();
    EXPECT_FALSE(secret.error().message.contains(QStringLiteral("secret")));
    auto both = Database::connect(QStringLiteral("postgresql://u:secret@db1:x/c"));
    ASSERT_FALSE(both);
    EXPECT_TRUE(both.error().message.contains(QStringLiteral("postgresql://u@db1:x/c"))) << both.error().message.toStdString();
    EXPECT_FALSE(both.error().message.contains(QStringLiteral("secret")));
}
