// Accounts scoped to a group on a server: an office or a leader running one county reads and
// writes its own units' rows alone, from psql as from the program, and nothing of the whole
// campaign's own; what it may do is recorded in its own name. Before schema v19 such a login
// was an office like any other and every statement below went through.
#include "server/ServerAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class ScopesWall : public ServerAccess
{
protected:
    void SetUp() override
    {
        ServerAccess::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        // The unit of the secretary's login goes into a county; the other units stay outside.
        CliRun r = run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("河安县"), QStringLiteral("--kind"), QStringLiteral("region")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = run({QStringLiteral("groups"), QStringLiteral("move"), ownName, QStringLiteral("--to"), QStringLiteral("河安县")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        countyOffice = QStringLiteral("hx_") + suffix;
        countyLeader = QStringLiteral("hxl_") + suffix;
        r = run({QStringLiteral("users"), QStringLiteral("add"), countyOffice, QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--group"), QStringLiteral("河安县")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = run({QStringLiteral("users"), QStringLiteral("add"), countyLeader, QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--group"), QStringLiteral("河安县")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        campaign = scalar(QStringLiteral("SELECT max(id) FROM campaigns")).toLongLong();
    }
    void TearDown() override
    {
        for (const QString& login : {countyOffice, countyLeader})
            if (!login.isEmpty()) server.run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        ServerAccess::TearDown();
    }
    qint64 read(const QString& login, const QString& sql)
    {
        const Psql r = psql(login, sql);
        EXPECT_EQ(r.code, 0) << login.toStdString() << ": " << sql.toStdString() << ": " << r.err.toStdString();
        return r.out.toLongLong();
    }
    QString countyOffice, countyLeader;
    qint64 campaign = 0;
};

TEST_F(ScopesWall, ACountysLoginsReadTheirOwnUnitsRowsAlone)
{
    const QString own = QString::number(this->own), other = QString::number(this->other);
    // A score of another unit, entered by the whole campaign's office.
    const CliRun scored = run({QStringLiteral("assess"), QStringLiteral("score"), QStringLiteral("--unit"), otherName, QStringLiteral("--item"), QStringLiteral("leadership"),
                               QStringLiteral("--value"), QStringLiteral("9"), QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(scored.code, 0) << scored.err.toStdString();
    ASSERT_GT(scalar(QStringLiteral("SELECT count(*) FROM problems WHERE unit_id = %1").arg(other)).toLongLong(), 0);
    ASSERT_GT(scalar(QStringLiteral("SELECT count(*) FROM reports WHERE unit_id = %1").arg(other)).toLongLong(), 0);
    for (const QString& login : {countyOffice, countyLeader}) {
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM units")), 1) << login.toStdString();
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM units WHERE id = %1").arg(own)), 1);
        // Each table holds other units' rows (so the check can fail), none of which the county reads.
        for (const char* table : {"reports", "problems", "plans", "responsibilities", "task_progress", "typical_cases", "inspection_visits", "unit_rollups",
                                  "assessment_entries"}) {
            const QString others = QStringLiteral("SELECT count(*) FROM %1 WHERE unit_id <> %2").arg(QLatin1String(table), own);
            ASSERT_GT(scalar(others).toLongLong(), 0) << table;
            EXPECT_EQ(read(login, others), 0) << table;
        }
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM report_items i JOIN reports r ON r.id = i.report_id")),
                  scalar(QStringLiteral("SELECT count(*) FROM report_items i JOIN reports r ON r.id = i.report_id WHERE r.unit_id = %1").arg(own)).toLongLong());
        // Other units' evidence, the accounts' map, the package keys, everyone's record.
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM attachments a WHERE NOT EXISTS (SELECT 1 FROM report_attachments ra JOIN reports r ON r.id = ra.report_id"
                                             " WHERE ra.attachment_id = a.id)")),
                  0);
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM users")), 1);
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM unit_keys")), 0);
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor <> session_user")), 0);
        // The whole campaign's bulletins are not a county's.
        EXPECT_EQ(read(login, QStringLiteral("SELECT count(*) FROM bulletins WHERE group_id IS NULL")), 0);
    }
}

TEST_F(ScopesWall, ACountysOfficeWritesNothingOfOtherUnitsOrOfTheWholeCampaign)
{
    const QString other = QString::number(this->other), own = QString::number(this->own), c = QString::number(campaign);
    const QString before = everything();
    // Rows of another unit: invisible, so an update or delete changes nothing; a new one is refused.
    for (const QString& sql : {QStringLiteral("UPDATE problems SET description = '伪造' WHERE unit_id = %1").arg(other),
                               QStringLiteral("DELETE FROM typical_cases WHERE unit_id = %1").arg(other),
                               QStringLiteral("UPDATE reports SET status = 'accepted' WHERE unit_id = %1").arg(other),
                               QStringLiteral("UPDATE units SET group_id = NULL WHERE id = %1").arg(own),
                               QStringLiteral("UPDATE campaigns SET name = '伪造'"), QStringLiteral("UPDATE settings SET value = '1'"),
                               QStringLiteral("DELETE FROM tasks"), QStringLiteral("UPDATE bulletins SET status = 'draft'")}) {
        const Psql r = psql(countyOffice, sql);
        EXPECT_EQ(r.code, 0) << sql.toStdString() << ": " << r.err.toStdString();
    }
    EXPECT_EQ(everything(), before);
    refused(countyOffice,
            QStringLiteral("INSERT INTO problems (unit_id, pillar, source, description, raised_on, deadline, status, severity)"
                           " VALUES (%1, 'study', 'other', '伪造', '2026-03-01', '2026-04-01', 'open', 'normal')")
                .arg(other),
            "row-level security");
    refused(countyOffice,
            QStringLiteral("INSERT INTO assessment_entries (campaign_id, unit_id, item_code, value, entered_by, entered_at) VALUES (%1, %2, 'A1', 1, 'x', 'x')").arg(c, other),
            "row-level security");
    refused(countyOffice, QStringLiteral("INSERT INTO units (name, short_name, category) VALUES ('自封单位', '自封', 'x')"), "row-level security");
    refused(countyOffice, QStringLiteral("INSERT INTO unit_groups (name) VALUES ('自封的县')"), "row-level security");
    refused(countyOffice, QStringLiteral("INSERT INTO settings (key, value) VALUES ('fixer_may_verify', '1')"), "row-level security");
    refused(countyOffice,
            QStringLiteral("INSERT INTO bulletins (campaign_id, quarter, status, content, created_at, created_by) VALUES (%1, '2026Q1', 'draft', '{}', 'x', 'x')").arg(c),
            "row-level security");
    refused(countyOffice, QStringLiteral("SELECT cd_hold(2, %1)").arg(other), "takes no such lock");
    refused(countyLeader, QStringLiteral("UPDATE problems SET description = '伪造' WHERE unit_id = %1").arg(own), "permission denied");
    EXPECT_EQ(everything(), before);
}

TEST_F(ScopesWall, ACountysOfficeWorksOnItsOwnUnitsInItsOwnName)
{
    // Through the program: a problem line for its own unit, recorded in its name; one for
    // another unit refused as the program refuses it.
    CliRun r = runOn(as(countyOffice), {QStringLiteral("problem"), QStringLiteral("add"), QStringLiteral("--unit"), ownName, QStringLiteral("--pillar"), QStringLiteral("conduct"),
                                        QStringLiteral("--text"), QStringLiteral("会议记录不全"), QStringLiteral("--deadline"), QStringLiteral("2026-12-30")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'problem.create' AND actor = '%1'").arg(countyOffice)).toLongLong(), 1);
    r = runOn(as(countyOffice), {QStringLiteral("problem"), QStringLiteral("add"), QStringLiteral("--unit"), otherName, QStringLiteral("--pillar"), QStringLiteral("conduct"),
                                 QStringLiteral("--text"), QStringLiteral("会议记录不全"), QStringLiteral("--deadline"), QStringLiteral("2026-12-30")});
    EXPECT_NE(r.code, 0);
    // The dashboard opens on its county.
    r = runOn(as(countyOffice), {QStringLiteral("dashboard"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(d.value(QStringLiteral("scope")).toString(), QStringLiteral("河安县")) << r.out.toStdString();
    EXPECT_EQ(d.value(QStringLiteral("units")).toInt(), 1);
    EXPECT_EQ(d.value(QStringLiteral("heatmap")).toArray().size(), 4);
    // Its own bulletin, from the draft's 抄送 to the issue, in its name; the whole campaign's
    // default 抄送 (a setting) is not its to change.
    const QString before = scalar(QStringLiteral("SELECT coalesce(max(value), '') FROM settings WHERE key = 'bulletin_copy_to'")).toString();
    r = runOn(as(countyOffice), {QStringLiteral("bulletin"), QStringLiteral("set"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--copy-to"),
                                 QStringLiteral("县委领导同志。")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runOn(as(countyOffice), {QStringLiteral("bulletin"), QStringLiteral("issue"), QStringLiteral("--quarter"), QStringLiteral("2026Q3")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM bulletins b JOIN unit_groups g ON g.id = b.group_id WHERE g.name = '河安县' AND b.number = 1 AND b.issued_by = '%1'")
                         .arg(countyOffice))
                  .toLongLong(),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'bulletin.issue' AND actor = '%1'").arg(countyOffice)).toLongLong(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(max(value), '') FROM settings WHERE key = 'bulletin_copy_to'")).toString(), before);
    // A score of its own unit, then the year locked by the whole campaign's office: no more
    // scores, from psql either; the locked results it reads are its own unit's.
    r = runOn(as(countyOffice), {QStringLiteral("assess"), QStringLiteral("score"), QStringLiteral("--unit"), ownName, QStringLiteral("--item"), QStringLiteral("leadership"),
                                 QStringLiteral("--value"), QStringLiteral("9"), QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'assessment.enter' AND actor = '%1'").arg(countyOffice)).toLongLong(), 1);
    r = runOn(as(countyOffice), {QStringLiteral("assess"), QStringLiteral("score"), QStringLiteral("--unit"), otherName, QStringLiteral("--item"), QStringLiteral("leadership"),
                                 QStringLiteral("--value"), QStringLiteral("9"), QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_NE(r.code, 0);
    r = run({QStringLiteral("assess"), QStringLiteral("lock"), QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString c = QString::number(campaign);
    EXPECT_EQ(read(countyOffice, QStringLiteral("SELECT count(*) FROM assessment_locks")), 0);
    EXPECT_EQ(read(countyOffice, QStringLiteral("SELECT jsonb_array_length(result::jsonb -> 'units') FROM cd_assessment_lock(%1)").arg(c)), 1);
    EXPECT_GT(read(officeLogin, QStringLiteral("SELECT jsonb_array_length(result::jsonb -> 'units') FROM cd_assessment_lock(%1)").arg(c)), 1);
    EXPECT_EQ(read(unitLogin, QStringLiteral("SELECT count(*) FROM cd_assessment_lock(%1)").arg(c)), 0);
    refused(countyOffice,
            QStringLiteral("INSERT INTO assessment_entries (campaign_id, unit_id, item_code, value, entered_by, entered_at) VALUES (%1, %2, 'leadership', 1, 'x', 'x')"
                           " ON CONFLICT (campaign_id, unit_id, item_code) DO UPDATE SET value = 2").arg(c).arg(own),
            "locked");
    refused(officeLogin, QStringLiteral("DELETE FROM assessment_entries WHERE campaign_id = %1 AND unit_id = %2").arg(c).arg(own), "locked");
}

} // namespace
