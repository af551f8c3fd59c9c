#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/ResponsibilityService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/UserRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {

class Reporting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.createCampaign(2020);
        for (const char* name : {"市教育局", "市财政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            auto id = UnitService(f.ctx()).add(u);
            ASSERT_TRUE(id);
            units << *id;
        }
        for (const auto& t : CampaignService(f.ctx()).tasks(CampaignService(f.ctx()).current()->id)) codes.insert(t.code, t.id);
    }
    ReportDraft draft(qint64 unit, const QString& period, double progress = 1, const QString& summary = QStringLiteral("本月开展学习"))
    {
        ReportDraft d;
        d.unitId = unit;
        d.periodCode = period;
        d.summary = summary;
        d.items.append({codes.value(QStringLiteral("S2")), progress, ItemStatus::Done, QStringLiteral("中心组学习"), {}, {}});
        return d;
    }
    Actor unitActor(int i) { return Actor{QStringLiteral("unit%1").arg(i), {}, Role::Unit, units[i]}; }
    Fixture f;
    QList<qint64> units;
    QHash<QString, qint64> codes;
};

} // namespace

TEST_F(Reporting, SubmitReturnResubmitAcceptKeepsEveryVersion)
{
    f.clock.set(QDateTime(QDate(2020, 4, 3), QTime(10, 0)));
    ReportService unit(f.as(unitActor(0)));
    ASSERT_TRUE(unit.submitReport(draft(units[0], QStringLiteral("2020-03"), 1, QStringLiteral("第一版"))));
    ReportService office(f.ctx());
    EXPECT_FALSE(office.review(units[0], QStringLiteral("2020-03"), false, QString())); // a return needs a reason
    ASSERT_TRUE(office.review(units[0], QStringLiteral("2020-03"), false, QStringLiteral("请补充佐证材料")));
    f.clock.set(QDateTime(QDate(2020, 4, 7), QTime(9, 0)));
    auto again = unit.editable(units[0], QStringLiteral("2020-03"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->version, 2);
    EXPECT_EQ(again->summary, QStringLiteral("第一版")); // starts from what was sent
    ASSERT_TRUE(unit.submitReport(draft(units[0], QStringLiteral("2020-03"), 2, QStringLiteral("第二版"))));
    ASSERT_TRUE(office.review(units[0], QStringLiteral("2020-03"), true, {}));

    const auto p = office.period(QStringLiteral("2020-03"));
    auto v1 = ReportRepository(f.db()).version(units[0], p->id, 1);
    ASSERT_TRUE(v1);
    EXPECT_EQ(v1->summary, QStringLiteral("第一版"));
    EXPECT_EQ(v1->status, ReportStatus::Returned);
    EXPECT_EQ(v1->reviewComment, QStringLiteral("请补充佐证材料"));
    const auto rows = office.list({p->id, std::nullopt, 0});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].row.version, 2);
    EXPECT_EQ(rows[0].row.status, ReportStatus::Accepted);
    EXPECT_FALSE(rows[0].late); // the first submission was on time

    auto diff = office.diff(rows[0].row.reportId);
    ASSERT_TRUE(diff);
    ASSERT_TRUE(diff->previousVersion);
    EXPECT_TRUE(std::ranges::any_of(diff->againstPreviousVersion, [](const DiffLine& l) { return l.before == QStringLiteral("1") && l.after == QStringLiteral("2"); }));
    // Accepted is final.
    auto closed = unit.submitReport(draft(units[0], QStringLiteral("2020-03")));
    ASSERT_FALSE(closed);
    EXPECT_EQ(closed.error().code, Error::Code::Conflict);
}

TEST_F(Reporting, LateMissingAndReminders)
{
    ReportService office(f.ctx());
    f.clock.set(QDateTime(QDate(2020, 4, 2), QTime(9, 0)));
    ASSERT_TRUE(office.submitPlan(units[0], QStringLiteral("2020-04"), {{codes.value(QStringLiteral("S2")), QStringLiteral("学习党章")}}));
    ASSERT_TRUE(office.submitReport(draft(units[0], QStringLiteral("2020-03"))));
    f.clock.set(QDateTime(QDate(2020, 4, 9), QTime(9, 0)));
    ASSERT_TRUE(office.submitReport(draft(units[1], QStringLiteral("2020-03"))));
    const auto p = office.period(QStringLiteral("2020-03"));
    const auto rows = office.list({p->id, std::nullopt, 0});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_FALSE(rows[0].late);
    EXPECT_TRUE(rows[1].late);

    f.clock.set(QDateTime(QDate(2020, 4, 10), QTime(9, 0)));
    const auto march = office.reminders(QStringLiteral("2020-03"));
    ASSERT_EQ(march.size(), 2); // both missed March's plan; 财政局 reported late
    EXPECT_TRUE(march[0].planMissing);
    EXPECT_FALSE(march[0].reportLate);
    EXPECT_TRUE(march[1].reportLate);
    const auto april = office.reminders(QStringLiteral("2020-04"));
    ASSERT_EQ(april.size(), 1); // April's reports are not due yet; 财政局's plan is missing
    EXPECT_EQ(april[0].unit.id, units[1]);
    EXPECT_TRUE(april[0].planMissing);
    EXPECT_FALSE(april[0].reportMissing);
}

TEST_F(Reporting, RefusalsWriteNothing)
{
    f.clock.set(QDateTime(QDate(2020, 4, 3), QTime(10, 0)));
    ReportService office(f.ctx());
    const QString before = f.state();
    const int audits = AuditRepository(f.db()).count();
    EXPECT_FALSE(office.submitReport(draft(units[0], QStringLiteral("2020-06")))); // future period
    EXPECT_FALSE(office.submitReport(draft(units[0], QStringLiteral("2020-13"))));
    ReportDraft wrongTask = draft(units[0], QStringLiteral("2020-03"));
    wrongTask.items.append({codes.value(QStringLiteral("P2")), 1, ItemStatus::Done, {}, {}, {}}); // annual, not due in March
    EXPECT_FALSE(office.submitReport(wrongTask));
    EXPECT_FALSE(office.submitReport(draft(units[0], QStringLiteral("2020-03"), -1)));
    ASSERT_TRUE(SettingsRepository(f.db()).set(QStringLiteral("attachment_limit_mb"), QStringLiteral("1")));
    ReportDraft big = draft(units[0], QStringLiteral("2020-03"));
    big.add.append({QStringLiteral("scan.pdf"), QByteArray(1024 * 1024 + 1, 'x')});
    auto r = office.submitReport(big);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("scan.pdf")));
    EXPECT_EQ(f.state(), before);
    EXPECT_EQ(AuditRepository(f.db()).count(), audits);
    EXPECT_TRUE(office.list({}).isEmpty());
}

TEST_F(Reporting, IdenticalEvidenceIsStoredOnce)
{
    f.clock.set(QDateTime(QDate(2020, 4, 3), QTime(10, 0)));
    ReportService office(f.ctx());
    for (qint64 u : units) {
        ReportDraft d = draft(u, QStringLiteral("2020-03"));
        d.add.append({QStringLiteral("/home/someone/会议记录.pdf"), QByteArray("%PDF same bytes")});
        ASSERT_TRUE(office.submitReport(d));
    }
    const auto a = office.latest(units[0], QStringLiteral("2020-03"));
    const auto b = office.latest(units[1], QStringLiteral("2020-03"));
    ASSERT_EQ(a->attachments.size(), 1);
    EXPECT_EQ(a->attachments[0].name, QStringLiteral("会议记录.pdf")); // no directories kept
    EXPECT_EQ(a->attachments[0].id, b->attachments[0].id);
    EXPECT_EQ(office.attachment(a->id, a->attachments[0].id).value(), QByteArray("%PDF same bytes"));
}

TEST_F(Reporting, CumulativeProgressCountsAcceptedReportsOnly)
{
    ReportService office(f.ctx());
    const QStringList months{QStringLiteral("2020-01"), QStringLiteral("2020-02"), QStringLiteral("2020-03")};
    for (int i = 0; i < months.size(); ++i) {
        f.clock.set(QDateTime(QDate(2020, i + 2, 2), QTime(9, 0)));
        ASSERT_TRUE(office.submitReport(draft(units[0], months[i], 1)));
        if (i < 2) {
            ASSERT_TRUE(office.review(units[0], months[i], true, {}));
        }
    }
    f.clock.set(QDateTime(QDate(2020, 6, 30), QTime(9, 0)));
    auto lines = office.progress(units[0]);
    ASSERT_TRUE(lines);
    const auto s2 = std::ranges::find_if(*lines, [&](const ProgressLine& l) { return l.task.code == QStringLiteral("S2"); });
    ASSERT_NE(s2, lines->end());
    EXPECT_EQ(s2->cumulative, 2); // March is not accepted yet
    EXPECT_NEAR(s2->percent, 100.0 * 2 / 12, 1e-9);
    EXPECT_TRUE(s2->behind); // half the year gone, 2 of 12 done
    // The stored progress is what the accepted reports add up to.
    EXPECT_EQ(ProgressRepository(f.db()).mismatches(), 0);
    ASSERT_TRUE(office.review(units[0], months[2], true, {}));
    EXPECT_EQ(ProgressRepository(f.db()).mismatches(), 0);
    const auto after = office.progress(units[0]);
    ASSERT_TRUE(after);
    EXPECT_EQ(std::ranges::find_if(*after, [](const ProgressLine& l) { return l.task.code == QStringLiteral("S2"); })->cumulative, 3);
}

TEST_F(Reporting, AccountsLockAfterFiveWrongPasswords)
{
    CD_FILE_ONLY("a file keeps its own password hashes and locks; a server's accounts are its login roles (ServerAccessTest)");
    AccountService admin(f.ctx());
    EXPECT_FALSE(admin.add(QStringLiteral("office1"), Role::Office, 0, QStringLiteral("secret-pass"))); // first must be admin
    ASSERT_TRUE(admin.add(QStringLiteral("root"), Role::Admin, 0, QStringLiteral("secret-pass")));
    ASSERT_TRUE(admin.add(QStringLiteral("jy"), Role::Unit, units[0], QStringLiteral("unit-pass-1")));
    EXPECT_FALSE(admin.add(QStringLiteral("jy"), Role::Unit, units[0], QStringLiteral("unit-pass-1")));
    EXPECT_FALSE(admin.add(QStringLiteral("short"), Role::Viewer, 0, QStringLiteral("123")));
    EXPECT_TRUE(UserRepository(f.db()).byLogin(QStringLiteral("jy"))->passwordHash.startsWith(QStringLiteral("$argon2id$")));

    AccountService login(f.ctx());
    auto ok = login.authenticate(QStringLiteral("jy"), QStringLiteral("unit-pass-1"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->role, Role::Unit);
    EXPECT_EQ(ok->unitId, units[0]);
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(login.authenticate(QStringLiteral("jy"), QStringLiteral("wrong")));
    auto locked = login.authenticate(QStringLiteral("jy"), QStringLiteral("unit-pass-1"));
    ASSERT_FALSE(locked);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked")));
    const auto audit = AuditRepository(f.db()).latest(6);
    EXPECT_EQ(audit[0].action, QStringLiteral("login.locked"));
    EXPECT_EQ(audit[1].action, QStringLiteral("login.failed"));
    f.clock.set(f.clock.now().addSecs(5 * 60 + 1));
    EXPECT_TRUE(login.authenticate(QStringLiteral("jy"), QStringLiteral("unit-pass-1")));
    ASSERT_TRUE(admin.disable(QStringLiteral("jy")));
    EXPECT_FALSE(login.authenticate(QStringLiteral("jy"), QStringLiteral("unit-pass-1")));
    EXPECT_FALSE(login.authenticate(QStringLiteral("nobody"), QStringLiteral("x")));
}

// Every service operation under every role: what the policy allows happens, the rest is
// refused as a permission error.
TEST_F(Reporting, PermissionMatrix)
{
    f.clock.set(QDateTime(QDate(2020, 4, 3), QTime(10, 0)));
    struct Op
    {
        const char* name;
        std::function<Error::Code(const ServiceContext&)> run; // Code::Cancelled stands for success
    };
    auto code = [](const auto& r) { return r ? Error::Code::Cancelled : r.error().code; };
    qint64 ownReport = 0, otherReport = 0;
    const QList<Op> ops{
        {"add unit", [&](const ServiceContext& c) { Unit u; u.name = QStringLiteral("新单位%1").arg(qint64(&c)); return code(UnitService(c).add(u)); }},
        {"add account", [&](const ServiceContext& c) { return code(AccountService(c).add(QStringLiteral("a%1").arg(qint64(&c)), Role::Admin, 0, QStringLiteral("password1"))); }},
        {"report own unit", [&](const ServiceContext& c) { return code(ReportService(c).saveDraft(draft(units[0], QStringLiteral("2020-03")))); }},
        {"report other unit", [&](const ServiceContext& c) { return code(ReportService(c).saveDraft(draft(units[1], QStringLiteral("2020-02")))); }},
        {"plan own unit", [&](const ServiceContext& c) { return code(ReportService(c).submitPlan(units[0], QStringLiteral("2020-04"), {})); }},
        {"plan other unit", [&](const ServiceContext& c) { return code(ReportService(c).submitPlan(units[1], QStringLiteral("2020-04"), {})); }},
        {"progress own unit", [&](const ServiceContext& c) { return code(ReportService(c).progress(units[0])); }},
        {"progress other unit", [&](const ServiceContext& c) { return code(ReportService(c).progress(units[1])); }},
        {"read own report", [&](const ServiceContext& c) { return code(ReportService(c).report(ownReport)); }},
        {"read other unit's report", [&](const ServiceContext& c) { return code(ReportService(c).report(otherReport)); }},
        {"diff other unit's report", [&](const ServiceContext& c) { return code(ReportService(c).diff(otherReport)); }},
        {"edit responsibility list", [&](const ServiceContext& c) {
             Responsibility r{0, units[0], codes.value(QStringLiteral("S2")), ResponsibilityLevel::First, QStringLiteral("某人"), {}, {}, 1};
             return code(ResponsibilityService(c).save(r)); }},
        {"reset a password", [&](const ServiceContext& c) { return code(AccountService(c).resetPassword(QStringLiteral("nobody"), QStringLiteral("password1"))); }},
        {"review", [&](const ServiceContext& c) { return code(ReportService(c).review(units[1], QStringLiteral("2020-01"), true, {})); }},
    };
    const Actor roles[] = {Actor::localAdmin(), Actor{QStringLiteral("office"), {}, Role::Office, 0}, unitActor(0),
                           Actor{QStringLiteral("leader"), {}, Role::Viewer, 0}};
    // allowed[role][op], in the order of ops above
    const bool allowedTable[4][14] = {
        {true, true, true, true, true, true, true, true, true, true, true, true, true, true},
        {true, false, true, true, true, true, true, true, true, true, true, true, false, true},
        {false, false, true, false, true, false, true, false, true, false, false, false, false, false},
        {false, false, false, false, false, false, true, true, true, true, true, false, false, false},
    };
    static_assert(std::size(allowedTable[0]) == 14);
    // Reports to read: one of the unit account's own, one of another unit's.
    f.clock.set(QDateTime(QDate(2020, 2, 3), QTime(10, 0)));
    ownReport = *ReportService(f.ctx()).submitReport(draft(units[0], QStringLiteral("2020-01")));
    otherReport = *ReportService(f.ctx()).submitReport(draft(units[1], QStringLiteral("2020-02")));
    // A report waiting for review, so that review can succeed.
    for (int r = 0; r < 4; ++r) {
        ASSERT_TRUE(ReportService(f.ctx()).submitReport(draft(units[1], QStringLiteral("2020-01")))) << r;
        f.clock.set(QDateTime(QDate(2020, 4, 3), QTime(10, 0)));
        for (int o = 0; o < ops.size(); ++o) {
            const Error::Code got = ops[o].run(f.as(roles[r]));
            const std::string where = toId(roles[r].role).toStdString() + " " + ops[o].name;
            if (allowedTable[r][o]) {
                EXPECT_NE(got, Error::Code::Permission) << where;
            } else {
                EXPECT_EQ(got, Error::Code::Permission) << where;
            }
        }
        // An accepted report is final: the next role reviews a fresh unit's report.
        f.clock.set(QDateTime(QDate(2020, 2, 3), QTime(10, 0)));
        Unit u;
        u.name = QStringLiteral("轮换单位%1").arg(r);
        auto id = UnitService(f.ctx()).add(u);
        ASSERT_TRUE(id);
        units[1] = *id;
    }
}

TEST_F(Reporting, AUnitReadsItsOwnUnitAndWhatIsPublished)
{
    // Reads are permissions too: a unit account sees the other units by name only, and the
    // office's unpublished cases not at all.
    Unit full = *UnitService(f.ctx()).byName(QStringLiteral("市财政局"));
    full.head = QStringLiteral("王局长");
    full.phone = QStringLiteral("8888");
    ASSERT_TRUE(UnitService(f.ctx()).update(full));
    UnitService asUnit(f.as(unitActor(0)));
    for (const auto& u : asUnit.list()) {
        EXPECT_FALSE(u.name.isEmpty());
        if (u.id != units[0]) {
            EXPECT_TRUE(u.head.isEmpty()) << u.name.toStdString();
            EXPECT_TRUE(u.phone.isEmpty()) << u.name.toStdString();
        }
    }
    EXPECT_TRUE(asUnit.byName(QStringLiteral("市财政局"))->phone.isEmpty());
    EXPECT_EQ(UnitService(f.ctx()).byName(QStringLiteral("市财政局"))->phone, QStringLiteral("8888"));
    EXPECT_FALSE(asUnit.preview({{2, full}}).rejected.isEmpty()); // the import preview is the office's

    SupervisionService office(f.ctx());
    TypicalCase c;
    c.unitId = units[0];
    c.pillar = Pillar::Conduct;
    c.title = QStringLiteral("会风会纪问题");
    c.positive = false;
    c.date = QDate(2020, 4, 1);
    auto id = office.addCase(c);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_TRUE(SupervisionService(f.as(unitActor(0))).cases().isEmpty()); // a draft about the unit stays the office's
    ASSERT_TRUE(office.publishCase(*id, true));
    EXPECT_EQ(SupervisionService(f.as(unitActor(0))).cases().size(), 1);

    // A refusal names what was refused, not "the campaign set-up".
    auto refused = asUnit.setActive(units[1], false);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("deactivate"))) << refused.error().message.toStdString();
}

TEST_F(Reporting, NoAccountForADeactivatedUnit)
{
    AccountService admin(f.ctx());
    ASSERT_TRUE(admin.add(QStringLiteral("root"), Role::Admin, 0, QStringLiteral("secret-pass")));
    ASSERT_TRUE(UnitService(f.ctx()).setActive(units[1], false));
    auto r = admin.add(QStringLiteral("cz"), Role::Unit, units[1], QStringLiteral("unit-pass-1"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("市财政局"))) << r.error().message.toStdString();
    EXPECT_FALSE(UserRepository(f.db()).byLogin(QStringLiteral("cz")));
}

// Two people on one unit's draft: a save made on a copy read before the other's later save is
// refused, naming who saved and when; reloading and saving again goes through.
TEST_F(Reporting, ADraftSavedOnAStaleCopyIsRefusedNamingWhoSavedIt)
{
    const QString period = QStringLiteral("2020-03");
    ReportService first(f.as(unitActor(0)));
    ReportService second(f.as(Actor{QStringLiteral("deputy0"), QStringLiteral("副书记"), Role::Unit, units[0]}));
    auto loaded = first.editable(units[0], period);
    ASSERT_TRUE(loaded);
    const ReportDraft::Read fresh{loaded->id, loaded->savedAt};
    // Both open the new report; the deputy saves first.
    ReportDraft a = draft(units[0], period, 1, QStringLiteral("副书记写的"));
    a.asRead = fresh;
    ASSERT_TRUE(second.saveDraft(a));
    ReportDraft b = draft(units[0], period, 2, QStringLiteral("书记写的"));
    b.asRead = fresh;
    f.clock.set(f.clock.now().addSecs(60));
    auto refused = first.saveDraft(b);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("deputy0"))) << refused.error().message.toStdString();
    EXPECT_EQ(first.latest(units[0], period)->summary, QStringLiteral("副书记写的"));
    // Submitting on the stale copy is refused too.
    EXPECT_FALSE(first.submitReport(b));
    // Reloaded: the save goes through, and the next one on its own copy as well.
    auto now = first.editable(units[0], period);
    ASSERT_TRUE(now);
    b.asRead = ReportDraft::Read{now->id, now->savedAt};
    auto saved = first.saveDraft(b);
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(first.latest(units[0], period)->summary, QStringLiteral("书记写的"));
    // Without a copy (the CLI, a package) nothing is compared.
    ReportDraft c = draft(units[0], period, 3, QStringLiteral("报送"));
    EXPECT_TRUE(first.submitReport(c));
}
