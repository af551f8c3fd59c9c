// sql::Query on a server sends a statement and its values in one message, the values formatted
// as literals by QPSQL itself. Every kind of value the repositories bind must come back exactly
// as it went in, and a `?` in a quoted string or a comment is not a placeholder.
#include "OnServer.h"
#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"
#include "storage/Transaction.h"
#include "storage/Database.h"
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

// A campaign database of its own on the throwaway server, reached as its owner.
class BulkOnServer : public OnServer
{
};

// A bulk load on a server goes by COPY in batches of thousands of rows, and a short one as an
// INSERT: every value must arrive exactly, whichever way it went.
TEST_F(BulkOnServer, EveryValueArrivesExactlyByCopyAndByInsert)
{
    {
        cd::Database& db = *this->db;
        Query q(db.sql());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE bulk_probe (k bigint, t text, r double precision, b bytea)")));
        QByteArray bytes;
        for (int i = 0; i < 256; ++i) bytes.append(char(i));
        const QList<QVariant> texts{QStringLiteral("tab\there, newline\nthere, cr\rthere, back\\slash"), QStringLiteral("\\N"),
                                    QString(QLatin1String("")), QVariant(), QStringLiteral("市委办公室 “三抓一促”")};
        const QList<double> reals{0.1, -1e300, 1.0 / 3.0, 0.0};
        const auto row = [&](int k) {
            return QVariantList{qint64(k) * 1000003 - (qint64(1) << 40), texts[k % texts.size()], reals[k % reals.size()],
                                k % 7 == 0 ? QVariant() : QVariant(bytes.mid(k % 256))};
        };
        // 6,003 rows: a batch of 5,000 and a tail of 1,000 by COPY; then 3 rows by INSERT.
        auto many = cd::BulkInsert::rows(db, QStringLiteral("bulk_probe"), {QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("b")});
        for (int k = 0; k < 6000; ++k) ASSERT_TRUE(many.insert(row(k)));
        ASSERT_TRUE(many.finish());
        auto few = cd::BulkInsert::rows(db, QStringLiteral("bulk_probe"), {QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("r"), QStringLiteral("b")});
        for (int k = 6000; k < 6003; ++k) ASSERT_TRUE(few.insert(row(k)));
        ASSERT_TRUE(few.finish());

        Query read(db.sql());
        ASSERT_TRUE(read.exec(QStringLiteral("SELECT k, t, r, b FROM bulk_probe ORDER BY k")));
        int k = 0;
        for (; read.next(); ++k) {
            const auto want = row(k);
            ASSERT_EQ(read.value(0).toLongLong(), want[0].toLongLong()) << k;
            EXPECT_EQ(read.isNull(1), want[1].isNull()) << k;
            EXPECT_EQ(read.value(1).toString(), want[1].toString()) << k;
            EXPECT_EQ(read.value(2).toDouble(), want[2].toDouble()) << k;
            EXPECT_EQ(read.isNull(3), want[3].isNull()) << k;
            EXPECT_EQ(read.value(3).toByteArray(), want[3].toByteArray()) << k;
        }
        EXPECT_EQ(k, 6003);
    }
}

// The demo's references are checked once at the end: the keys come back exactly, and a row
// that refers to nothing fails the load, the keys restored by the rollback.
TEST_F(BulkOnServer, ReferencesCheckedAtTheEndComeBackAndRefuseADanglingRow)
{
    {
        cd::Database& db = *this->db;
        const auto keys = [&] {
            Query q(db.sql());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                                              " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY 1")));
            QStringList out;
            while (q.next()) out.append(q.value(0).toString());
            return out;
        };
        const QStringList before = keys();
        ASSERT_GT(before.size(), 20);
        {
            cd::Transaction tx(db);
            cd::ReferenceChecksAtEnd references(db);
            ASSERT_TRUE(references.begin());
            Query q(db.sql());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")) && q.next());
            EXPECT_EQ(q.value(0).toInt(), 0);
            ASSERT_TRUE(references.end());
            ASSERT_TRUE(tx.commit());
        }
        EXPECT_EQ(keys(), before);
        {
            cd::Transaction tx(db);
            cd::ReferenceChecksAtEnd references(db);
            ASSERT_TRUE(references.begin());
            Query q(db.sql());
            ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO report_items (report_id, task_id, progress, status, done, problems, next_steps)"
                                              " VALUES (424242, 424242, 1, 'done', '', '', '')")));
            const auto ended = references.end();
            ASSERT_FALSE(ended);
            EXPECT_FALSE(ended.error().message.isEmpty());
        }
        EXPECT_EQ(keys(), before);
        Query count(db.sql());
        ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM report_items")) && count.next());
        EXPECT_EQ(count.value(0).toInt(), 0);
    }
}
