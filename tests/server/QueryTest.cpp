// sql::Query on a server sends a statement and its values in one message, the values formatted
// as literals by QPSQL itself. Every kind of value the repositories bind must come back exactly
// as it went in, and a `?` in a quoted string or a comment is not a placeholder.
#include "support/ThrowawayServer.h"
#include "storage/Query.h"

#include <QDateTime>
#include <QTimeZone>
#include <QSqlError>
#include <QUuid>
#include <gtest/gtest.h>

using cd::sql::Query;

TEST(QueryText, PlaceholdersOutsideQuotesAndCommentsTakeTheLiteralsInOrder)
{
    bool ok = false;
    EXPECT_EQ(Query::substitute(QStringLiteral("SELECT a FROM t WHERE b = ? AND c = '?' AND \"d?\" = ? -- e ?\n AND f = ?"),
                                {QStringLiteral("1"), QStringLiteral("'x'"), QStringLiteral("-2")}, &ok),
              QStringLiteral("SELECT a FROM t WHERE b = (1) AND c = '?' AND \"d?\" = ('x') -- e ?\n AND f = (-2)"));
    EXPECT_TRUE(ok);
    EXPECT_EQ(Query::substitute(QStringLiteral("SELECT 'it''s ?', E'a\\'?', /* ? */ x-?"), {QStringLiteral("-1")}, &ok),
              QStringLiteral("SELECT 'it''s ?', E'a\\'?', /* ? */ x-(-1)"));
    EXPECT_TRUE(ok);
}

TEST(QueryText, APlaceholderCountThatDiffersFromTheValuesIsRefused)
{
    bool ok = true;
    EXPECT_TRUE(Query::substitute(QStringLiteral("SELECT ?, ?"), {QStringLiteral("1")}, &ok).isEmpty());
    EXPECT_FALSE(ok);
    ok = true;
    EXPECT_TRUE(Query::substitute(QStringLiteral("SELECT ?"), {QStringLiteral("1"), QStringLiteral("2")}, &ok).isEmpty());
    EXPECT_FALSE(ok);
}

namespace {

class QueryOnServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
        name = QUuid::createUuid().toString(QUuid::Id128);
        db = server.connection(name);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        schema = QStringLiteral("q_") + name;
        Query q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
        ASSERT_TRUE(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE v (id bigserial PRIMARY KEY, t text, n bigint, r double precision, b boolean, bytes bytea, at timestamptz)")));
    }
    void TearDown() override
    {
        if (db.isOpen()) Query(db).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
        db = QSqlDatabase();
        if (!name.isEmpty()) QSqlDatabase::removeDatabase(name);
    }
    ThrowawayServer server;
    QString name, schema;
    QSqlDatabase db;
};

} // namespace

TEST_F(QueryOnServer, EveryKindOfValueComesBackAsItWentIn)
{
    const QString text = QStringLiteral("市委办公室 'quoted' \"double\" back\\slash ? $1 -- not a comment; DROP TABLE v;");
    QByteArray bytes;
    for (int i = 0; i < 256; ++i) bytes.append(char(i));
    const QDateTime at(QDate(2020, 6, 5), QTime(10, 3, 7, 250), QTimeZone(8 * 3600));
    Query insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO v (t, n, r, b, bytes, at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")));
    insert.addBindValue(text);
    insert.addBindValue(qint64(-9007199254740993LL));
    insert.addBindValue(-0.1);
    insert.addBindValue(true);
    insert.addBindValue(bytes);
    insert.addBindValue(at);
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    ASSERT_TRUE(insert.next());
    const qint64 id = insert.value(0).toLongLong();
    // The same statement again, its values bound afresh: nulls of every kind.
    for (int i = 0; i < 6; ++i) insert.addBindValue(QVariant());
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();

    Query read(db);
    ASSERT_TRUE(read.prepare(QStringLiteral("SELECT t, n, r, b, bytes, at, n-? FROM v WHERE id = ?::bigint AND t LIKE '%?%'")));
    read.addBindValue(-1);
    read.addBindValue(id);
    ASSERT_TRUE(read.exec()) << read.lastError().text().toStdString();
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.value(0).toString(), text);
    EXPECT_EQ(read.value(1).toLongLong(), -9007199254740993LL);
    EXPECT_EQ(read.value(2).toDouble(), -0.1);
    EXPECT_TRUE(read.value(3).toBool());
    EXPECT_EQ(read.value(4).toByteArray(), bytes);
    EXPECT_EQ(read.value(5).toDateTime().toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
    EXPECT_EQ(read.value(6).toLongLong(), -9007199254740992LL);
    EXPECT_FALSE(read.next());

    Query nulls(db);
    ASSERT_TRUE(nulls.exec(QStringLiteral("SELECT count(*) FROM v WHERE t IS NULL AND n IS NULL AND r IS NULL AND b IS NULL AND bytes IS NULL AND at IS NULL")));
    ASSERT_TRUE(nulls.next());
    EXPECT_EQ(nulls.value(0).toInt(), 1);
}

TEST_F(QueryOnServer, TooFewValuesIsAnErrorAndNothingRuns)
{
    Query q(db);
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO v (t, n) VALUES (?, ?)")));
    q.addBindValue(QStringLiteral("only one"));
    EXPECT_FALSE(q.exec());
    EXPECT_TRUE(q.lastError().isValid());
    Query count(db);
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM v")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}
