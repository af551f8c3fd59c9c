// The throwaway server the tests get, and the facts about PostgreSQL that the second storage
// engine builds on: QPSQL reaches it, it is version 15, INSERT … RETURNING gives the row's
// own id where lastInsertId() (lastval()) gives a trigger's, and the zh-x-icu collation orders
// unit names as text::collate does on the file; the schema ladder runs on it.
#include "domain/Text.h"
#include "support/ThrowawayServer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

namespace {

class Server : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
        name = QUuid::createUuid().toString(QUuid::Id128);
        db = server.connection(name);
        ASSERT_TRUE(db.isValid()) << "the QPSQL driver is missing (libqt6sql6-psql)";
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        // One schema per test: tests share the server, never each other's tables.
        schema = QStringLiteral("t_") + name;
        ASSERT_TRUE(exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
        ASSERT_TRUE(exec(QStringLiteral("SET search_path TO %1").arg(schema)));
    }
    void TearDown() override
    {
        if (db.isOpen()) exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
        db = QSqlDatabase();
        if (!name.isEmpty()) QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(db);
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    ThrowawayServer server;
    QString name, schema;
    QSqlDatabase db;
};

} // namespace

TEST_F(Server, IsTheThrowawayPostgreSql15)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SHOW server_version_num")) && q.next());
    EXPECT_EQ(q.value(0).toInt() / 10000, 15);
    ASSERT_TRUE(q.exec(QStringLiteral("SHOW port")) && q.next());
    EXPECT_NE(q.value(0).toInt(), 5432);
}

TEST_F(Server, ReturningGivesTheRowsOwnIdWhereLastInsertIdGivesATriggers)
{
    ASSERT_TRUE(exec(QStringLiteral("CREATE TABLE units (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL)")));
    ASSERT_TRUE(exec(QStringLiteral("CREATE TABLE audit (id BIGSERIAL PRIMARY KEY, what TEXT)")));
    ASSERT_TRUE(exec(QStringLiteral("SELECT setval('audit_id_seq', 1000)")));
    ASSERT_TRUE(exec(QStringLiteral("CREATE FUNCTION log_unit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                    "INSERT INTO audit (what) VALUES (NEW.name); RETURN NEW; END $$")));
    ASSERT_TRUE(exec(QStringLiteral("CREATE TRIGGER units_log AFTER INSERT ON units FOR EACH ROW EXECUTE FUNCTION log_unit()")));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO units (name) VALUES (?) RETURNING id"));
    q.addBindValue(QStringLiteral("市教育局"));
    ASSERT_TRUE(q.exec() && q.next()) << q.lastError().text().toStdString();
    EXPECT_EQ(q.value(0).toLongLong(), 1);
    EXPECT_EQ(q.lastInsertId().toLongLong(), 1001); // the trap: lastval() is the trigger's row
}

TEST_F(Server, ChineseNamesSortAsOnTheFile)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_collation WHERE collname = 'zh-x-icu'")) && q.next());
    ASSERT_EQ(q.value(0).toInt(), 1) << "the server's ICU has no Chinese collation";
    const QStringList names{QStringLiteral("市教育局"), QStringLiteral("市档案馆"), QStringLiteral("市民政局"), QStringLiteral("市财政局"),
                            QStringLiteral("市第10中学"), QStringLiteral("市第2中学"), QStringLiteral("团市委")};
    ASSERT_TRUE(exec(QStringLiteral("CREATE TABLE n (name TEXT)")));
    for (const auto& n : names) {
        q.prepare(QStringLiteral("INSERT INTO n VALUES (?)"));
        q.addBindValue(n);
        ASSERT_TRUE(q.exec());
    }
    // Digits by value, as the file's collator is set (QCollator numeric mode).
    ASSERT_TRUE(exec(QStringLiteral("CREATE COLLATION zh_numeric (provider = icu, locale = 'zh-u-kn-true')")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM n ORDER BY name COLLATE zh_numeric")));
    QStringList server;
    while (q.next()) server << q.value(0).toString();
    QStringList file = names;
    std::ranges::sort(file, cd::text::collatesBefore);
    EXPECT_EQ(server, file);
}

TEST_F(Server, TheSchemaLadderRunsAndGivesTheFilesTablesAndColumns)
{
    // Every migration, in one transaction, on the server.
    ASSERT_TRUE(db.transaction());
    auto migrated = cd::Migrations::upgrade(db, 0);
    ASSERT_TRUE(migrated) << migrated.error().message.toStdString();
    ASSERT_TRUE(db.commit());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), cd::Migrations::kLatest);
    // Ids come from identity columns; REAL columns keep double precision.
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO units (name) VALUES ('市教育局') RETURNING id")) && q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO campaigns (name, year, start_date, end_date) VALUES ('c', 2020, '2020-01-01', '2020-12-31')"
                                      " RETURNING id")) && q.next());
    const qint64 campaign = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO pillars (campaign_id, pillar, weight) VALUES (?, 'study', ?)"));
    q.addBindValue(campaign);
    q.addBindValue(0.1234567890123);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT weight FROM pillars")) && q.next());
    EXPECT_DOUBLE_EQ(q.value(0).toDouble(), 0.1234567890123);

    // The same tables and columns as a new file has.
    QTemporaryDir dir;
    auto file = cd::Database::open(dir.filePath(QStringLiteral("c.cdb")));
    ASSERT_TRUE(file);
    QSet<QString> onFile, onServer;
    QSqlQuery tables((*file)->sql());
    ASSERT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (tables.next()) {
        QSqlQuery columns((*file)->sql());
        ASSERT_TRUE(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(tables.value(0).toString())));
        while (columns.next()) onFile << tables.value(0).toString() + QLatin1Char('.') + columns.value(0).toString();
    }
    // The change log (views following other people's commits), the units' rolled-up figures and
    // the wall's own tables (a unit's unaudited changes, the chain's and the numbering locks,
    // who stored which evidence) are the server's own: no copy carries them, a file has none.
    const QString serverOnly = QStringLiteral("'change_log', 'unit_rollups', 'cd_unaudited', 'audit_head', 'cd_locks', 'attachment_units'");
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                      " AND table_name NOT IN (%1)").arg(serverOnly)));
    while (q.next()) onServer << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
    EXPECT_FALSE(onFile.isEmpty());
    EXPECT_EQ(onServer, onFile);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                                      " AND table_name IN (%1)").arg(serverOnly)) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 6);
}

TEST_F(Server, ARefusalOnTheServerIsTheSameSentenceAsOnTheFile)
{
    // SQLSTATE 23505 (unique) reads as the file's SQLITE_CONSTRAINT does; the engine's words
    // stay in the log.
    ASSERT_TRUE(exec(QStringLiteral("CREATE TABLE units (id BIGINT PRIMARY KEY, name TEXT NOT NULL UNIQUE)")));
    ASSERT_TRUE(exec(QStringLiteral("INSERT INTO units VALUES (1, '市教育局')")));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO units VALUES (?, ?)"));
    q.addBindValue(2);
    q.addBindValue(QStringLiteral("市教育局"));
    auto s = cd::sql::exec(q, "duplicate unit");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, cd::Error::Code::Conflict);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("conflicts with data already stored"))) << s.error().message.toStdString();
    for (const char* engine : {"duplicate key", "unique", "23505", "units"})
        EXPECT_FALSE(s.error().message.contains(QLatin1String(engine), Qt::CaseInsensitive)) << s.error().message.toStdString();
}

TEST_F(Server, EveryEarlierSchemaMigratesToTheLatest)
{
    // A server database left at each earlier version by an older program: opening it brings it
    // to the latest in one step, under the lock, and what it held stays.
    for (int version = 1; version < cd::Migrations::kLatest; ++version) {
        const QString database = server.createDatabase();
        {
            // As the database's owner, who created its tables then and migrates them now.
            QSqlDatabase old = server.connection(QStringLiteral("old"), database, database);
            ASSERT_TRUE(old.open());
            ASSERT_TRUE(old.transaction());
            auto built = cd::Migrations::upgrade(old, 0, version);
            ASSERT_TRUE(built) << version << ": " << built.error().message.toStdString();
            QSqlQuery q(old);
            EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO units (name) VALUES ('市教育局')"))) << q.lastError().text().toStdString();
            ASSERT_TRUE(old.commit());
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            auto opened = cd::Database::connect(server.address(database));
            ASSERT_TRUE(opened) << version << ": " << opened.error().message.toStdString();
            EXPECT_EQ((*opened)->schemaVersion(), cd::Migrations::kLatest) << "from " << version;
            QSqlQuery q((*opened)->sql());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM units")) && q.next());
            EXPECT_EQ(q.value(0).toString(), QStringLiteral("市教育局"));
        }
        server.dropDatabase(database);
    }
}
