// 述职测评 on a server: the ballots are the office's alone, a unit reads only its own people's
// published results and writes nothing of it, a leader reads the results and not the ballots.
// Tried from psql as each login, against a session run through the program.
#include "server/ServerAccess.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

class ReviewWall : public ServerAccess
{
protected:
    void SetUp() override
    {
        ServerAccess::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        CliRun r = run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--date"),
                        QStringLiteral("2026-12-20"), QStringLiteral("--title"), QStringLiteral("述职评议会")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        session = r.out.trimmed();
        for (const QString& unit : {ownName, otherName}) {
            r = review({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--name"), QStringLiteral("书记") + unit.left(2),
                        QStringLiteral("--level"), QStringLiteral("first")});
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
        ASSERT_EQ(review({QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("全体"), QStringLiteral("--weight"),
                          QStringLiteral("100"), QStringLiteral("--ballots"), QStringLiteral("3")})
                      .code,
                  0);
        QFile sheet(folder.filePath(QStringLiteral("ballots.csv")));
        ASSERT_TRUE(sheet.open(QIODevice::WriteOnly));
        sheet.write("1,1,4\n2,2,4\n3,1,3\n");
        sheet.close();
        for (const char* clerk : {"1", "2"})
            ASSERT_EQ(review({QStringLiteral("enter"), QStringLiteral("--file"), sheet.fileName(), QStringLiteral("--clerk"), QString::fromLatin1(clerk)}).code, 0);
        ASSERT_EQ(review({QStringLiteral("publish")}).code, 0);
    }
    CliRun review(QStringList words)
    {
        words.insert(1, QStringLiteral("--session"));
        words.insert(2, session);
        words.prepend(QStringLiteral("review"));
        return run(words);
    }
    QString session;
    QTemporaryDir folder;
};

} // namespace

TEST_F(ReviewWall, TheBallotsAndAmendmentsAreTheOfficesAloneAndAUnitReadsOnlyItsOwnResults)
{
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM review_ballots")).toLongLong(), 6);
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM review_results")).toLongLong(), 2);
    // The unit: no ballot, no count, its own person and result alone.
    for (const char* table : {"review_ballots", "review_totals", "review_amendments"})
        EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).out, QStringLiteral("0")) << table;
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE unit_id = %1) FROM review_results").arg(own)).out, QStringLiteral("1|1"));
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE unit_id = %1) FROM review_people").arg(own)).out, QStringLiteral("1|1"));
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*) FROM review_sessions")).out, QStringLiteral("1"));
    // The leader: every result, no ballot.
    EXPECT_EQ(psql(viewerLogin, QStringLiteral("SELECT count(*) FROM review_results")).out, QStringLiteral("2"));
    EXPECT_EQ(psql(viewerLogin, QStringLiteral("SELECT count(*) FROM review_ballots")).out, QStringLiteral("0"));
    // The office clerk: everything.
    EXPECT_EQ(psql(officeLogin, QStringLiteral("SELECT count(*) FROM review_ballots")).out, QStringLiteral("6"));
}

TEST_F(ReviewWall, NeitherAUnitNorALeaderChangesAnyPartOfItFromPsql)
{
    const QString before = everything();
    for (const QString& login : {unitLogin, viewerLogin}) {
        refused(login, QStringLiteral("UPDATE review_results SET score = 100, grade = '好'"), "permission denied");
        refused(login, QStringLiteral("INSERT INTO review_ballots (session_id, clerk, serial, marks, entered_by, entered_at) VALUES (%1, 1, 9, '11', 'x', 'y')").arg(session),
                "permission denied");
        refused(login, QStringLiteral("UPDATE review_sessions SET published_at = NULL"), "permission denied");
        refused(login, QStringLiteral("DELETE FROM review_people"), "permission denied");
        refused(login, QStringLiteral("INSERT INTO review_results (session_id, person_id, unit_id, score, grade, result) SELECT session_id, person_id, unit_id, 100, '好', '{}' FROM review_results"),
                "permission denied");
        refused(login, QStringLiteral("BEGIN; LOCK TABLE review_ballots IN ACCESS EXCLUSIVE MODE; COMMIT"), "permission denied");
    }
    EXPECT_EQ(everything(), before);
}
