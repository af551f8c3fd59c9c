// 述职测评 on a server: the ballots are the office's alone, a unit reads only its own people's
// published results and writes nothing of it, a leader reads the results and not the ballots.
// Tried from psql as each login, against a session run through the program.
#include "server/ServerAccess.h"

#include <QDir>
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
    // A second session, not published, where each unit's first responsible person reports
    // (mine and theirs: the unit's own and the other unit's).
    void openSecondSession()
    {
        const CliRun r = run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--date"),
                              QStringLiteral("2026-12-28"), QStringLiteral("--title"), QStringLiteral("第二场")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        session = r.out.trimmed();
        for (const QString& unit : {ownName, otherName})
            ASSERT_EQ(review({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--name"), QStringLiteral("书记"),
                              QStringLiteral("--level"), QStringLiteral("first")})
                          .code,
                      0);
        mine = scalar(QStringLiteral("SELECT id FROM review_people WHERE session_id = %1 AND unit_id = %2").arg(session).arg(own)).toString();
        theirs = scalar(QStringLiteral("SELECT id FROM review_people WHERE session_id = %1 AND unit_id = %2").arg(session).arg(other)).toString();
    }
    QString session, mine, theirs;
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

// 述职报告: the unit's login files its own person's report through the program, in its own
// name and audited; from psql it writes nothing the program would refuse.
TEST_F(ReviewWall, AUnitsLoginFilesOnlyItsOwnPeoplesReportsInItsOwnNameAndAudited)
{
    // The review above is published; a second session, open, takes the reports.
    ASSERT_NO_FATAL_FAILURE(openSecondSession());
    CliRun r;
    QFile text(folder.filePath(QStringLiteral("report.txt")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("一、履行抓党建第一责任人职责情况……");
    text.close();
    // Through the program, as the unit's login.
    extraEnv.insert(QStringLiteral("PGPASSWORD"), kPassword);
    r = runOn(as(unitLogin), {QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--person"), mine, QStringLiteral("--file"),
                              text.fileName()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT saved_by || '|' || status FROM review_reports WHERE person_id = %1").arg(mine)).toString(), unitLogin + QStringLiteral("|submitted"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'review_report' AND action = 'review_report.submit' AND actor = '%1'").arg(unitLogin))
                  .toLongLong(),
              1);
    r = runOn(as(unitLogin), {QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--person"), theirs, QStringLiteral("--file"),
                              text.fileName()});
    EXPECT_EQ(r.code, 1);
    r = runOn(as(unitLogin), {QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("accept"), QStringLiteral("--person"), mine});
    EXPECT_EQ(r.code, 1);

    const QString before = everything();
    const QString insert = QStringLiteral("INSERT INTO review_reports (session_id, person_id, unit_id, version, status, text, saved_at, saved_by) VALUES (%1, %2, %3, %4, '%5', 'x', 'x', 'x')");
    const QString audited = QStringLiteral("BEGIN; %1; INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json)"
                                           " SELECT 'x', '%2', 'review_report.save', 'review_report', max(id), '{\"unit_id\":%3}' FROM review_reports WHERE unit_id = %3; COMMIT");
    // Another unit's person, under its own unit's number or the other's.
    refused(unitLogin, audited.arg(insert.arg(session, theirs).arg(other).arg(1).arg(QStringLiteral("draft")), unitLogin).arg(own), "its own people");
    refused(unitLogin, audited.arg(insert.arg(session, theirs).arg(own).arg(1).arg(QStringLiteral("draft")), unitLogin).arg(own), "its own people");
    // A new version over one waiting for the office; an accepted one written by the unit itself.
    refused(unitLogin, audited.arg(insert.arg(session, mine).arg(own).arg(2).arg(QStringLiteral("draft")), unitLogin).arg(own), "with the office");
    // Without its audit row.
    superuserOn(QStringLiteral("UPDATE review_reports SET status = 'returned' WHERE person_id = %1").arg(mine));
    const QString returned = everything();
    refused(unitLogin, QStringLiteral("BEGIN; %1; COMMIT").arg(insert.arg(session, mine).arg(own).arg(2).arg(QStringLiteral("draft"))), "no audit row");
    refused(unitLogin, audited.arg(insert.arg(session, mine).arg(own).arg(2).arg(QStringLiteral("accepted")), unitLogin).arg(own), "does not review");
    refused(unitLogin, audited.arg(insert.arg(session, mine).arg(own).arg(7).arg(QStringLiteral("draft")), unitLogin).arg(own), "follow one another");
    // Changing a row in place, or a leader writing: not granted.
    refused(unitLogin, QStringLiteral("UPDATE review_reports SET status = 'accepted'"), "permission denied");
    refused(viewerLogin, audited.arg(insert.arg(session, mine).arg(own).arg(2).arg(QStringLiteral("draft")), viewerLogin).arg(own), "permission denied");
    EXPECT_EQ(everything(), returned);
    // A version written from psql with its audit row is stamped with the login's name and the
    // server's time, whatever it claimed.
    const Psql ok = psql(unitLogin, audited.arg(insert.arg(session, mine).arg(own).arg(2).arg(QStringLiteral("draft")), unitLogin).arg(own));
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT saved_by FROM review_reports WHERE person_id = %1 AND version = 2").arg(mine)).toString(), unitLogin);
    EXPECT_NE(scalar(QStringLiteral("SELECT saved_at FROM review_reports WHERE person_id = %1 AND version = 2").arg(mine)).toString(), QStringLiteral("x"));
    (void)before;
}

// A 述职报告's evidence: linked by the unit only to a version it is writing, and only files it
// sent or already links; read only by whoever reads the report.
TEST_F(ReviewWall, AUnitsLoginLinksOnlyItsOwnEvidenceToItsOwnReportAndReadsNoOneElses)
{
    ASSERT_NO_FATAL_FAILURE(openSecondSession());
    CliRun r;
    QDir().mkpath(folder.filePath(QStringLiteral("evidence")));
    QFile text(folder.filePath(QStringLiteral("report.txt"))), proof(folder.filePath(QStringLiteral("evidence/记录.pdf")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly) && proof.open(QIODevice::WriteOnly));
    text.write("述职报告");
    proof.write("our own minutes");
    text.close();
    proof.close();
    // The other unit's report, with a file of its own, written by the office.
    QFile theirText(folder.filePath(QStringLiteral("their.txt")));
    ASSERT_TRUE(theirText.open(QIODevice::WriteOnly));
    theirText.write("别人的");
    theirText.close();
    QDir().mkpath(folder.filePath(QStringLiteral("theirs")));
    QFile theirProof(folder.filePath(QStringLiteral("theirs/机密.pdf")));
    ASSERT_TRUE(theirProof.open(QIODevice::WriteOnly));
    theirProof.write("their secret");
    theirProof.close();
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--person"), theirs, QStringLiteral("--file"),
                   theirText.fileName(), QStringLiteral("--evidence-from"), folder.filePath(QStringLiteral("theirs"))})
                  .code,
              0);
    const QString secret = scalar(QStringLiteral("SELECT attachment_id FROM review_report_attachments x JOIN review_reports r ON r.id = x.report_id WHERE r.person_id = %1").arg(theirs)).toString();
    // Through the program, as the unit's login, with evidence.
    extraEnv.insert(QStringLiteral("PGPASSWORD"), kPassword);
    r = runOn(as(unitLogin), {QStringLiteral("review"), QStringLiteral("report"), QStringLiteral("save"), QStringLiteral("--person"), mine, QStringLiteral("--file"),
                              text.fileName(), QStringLiteral("--evidence-from"), folder.filePath(QStringLiteral("evidence"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT convert_from(data, 'UTF8') FROM attachments WHERE sha256 = encode(sha256('our own minutes'), 'hex')")).out,
              QStringLiteral("our own minutes"));
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*) FROM attachments WHERE id = %1").arg(secret)).out, QStringLiteral("0"));
    // The other unit's file: not readable, and not linkable to a version of its own.
    const QString version = QStringLiteral("INSERT INTO review_reports (session_id, person_id, unit_id, version, status, text, saved_at, saved_by) VALUES (%1, %2, %3, 2, 'draft', 'x', 'x', 'x')")
                                .arg(session, mine)
                                .arg(own);
    const QString audit = QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) SELECT 'x', '%1', 'review_report.save', 'review_report', max(id),"
                                         " '{\"unit_id\":%2}' FROM review_reports WHERE unit_id = %2")
                              .arg(unitLogin)
                              .arg(own);
    refused(unitLogin,
            QStringLiteral("BEGIN; %1; INSERT INTO review_report_attachments (report_id, attachment_id, name) SELECT max(id), %2, 'x' FROM review_reports WHERE unit_id = %3; %4; "
                           "SELECT convert_from(data, 'UTF8') FROM attachments; COMMIT")
                .arg(version, secret)
                .arg(own)
                .arg(audit),
            "only evidence it stored");
    // Its own file linked to its first version again, which is no longer being written.
    const QString ownFile = scalar(QStringLiteral("SELECT attachment_id FROM review_report_attachments x JOIN review_reports r ON r.id = x.report_id WHERE r.person_id = %1").arg(mine)).toString();
    refused(unitLogin,
            QStringLiteral("BEGIN; INSERT INTO review_report_attachments (report_id, attachment_id, name) SELECT min(id), %1, 'again' FROM review_reports WHERE unit_id = %2; %3; COMMIT")
                .arg(ownFile)
                .arg(own)
                .arg(audit),
            "a version of its own report it is writing");
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM review_report_attachments")).toLongLong(), 2);
    // A leader reads both reports' evidence.
    EXPECT_EQ(psql(viewerLogin, QStringLiteral("SELECT count(*) FROM attachments a WHERE EXISTS (SELECT 1 FROM review_report_attachments x WHERE x.attachment_id = a.id)")).out,
              QStringLiteral("2"));
}
