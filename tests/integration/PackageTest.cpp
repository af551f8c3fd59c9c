#include "PackageSupport.h"
#include "services/AccountService.h"
#include "services/SettingsService.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Query.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <optional>
#include <thread>

using namespace cd;
using namespace cd::test;

namespace {

class SixtyUnits : public PackageOffice
{
protected:
    int unitCount() const override { return 60; }
};

QByteArray evidence(int i)
{
    return QStringLiteral("第%1号单位会议记录").arg(i).toUtf8().repeated(50);
}

} // namespace

TEST_F(SixtyUnits, RoundTripOfficeToEveryUnitAndBack)
{
    const QString tasks = file(QStringLiteral("tasks")), back = file(QStringLiteral("back"));
    auto exported = PackageService(f.ctx()).exportAll(tasks);
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    ASSERT_EQ(exported->size(), 60);
    QDir().mkpath(back);
    for (int i = 0; i < 60; ++i) {
        const QString db = file(QStringLiteral("unit%1.cdb").arg(i));
        ASSERT_TRUE(PackageService::openTaskPackage(exported->at(i).path, db, f.clock));
        UnitFile unit(db);
        ASSERT_EQ(unit.actor.unitId, units[i]);
        unit.clock.set(QDateTime(QDate(2020, 4, 3), QTime(8, i)));
        ASSERT_TRUE(unit.submit(QStringLiteral("2020-03"), 1,
                                QStringLiteral("单位%1三月份报告").arg(i),
                                {{QStringLiteral("记录%1.txt").arg(i), evidence(i)}}));
        // A unit sees its own data only.
        EXPECT_FALSE(
            ReportService(unit.ctx()).editable(units[(i + 1) % 60], QStringLiteral("2020-03")));
        if (i == 0) {
            SupervisionService lines(unit.ctx());
            ASSERT_TRUE(lines.transition(problemId, ProblemStatus::Rectifying, {}));
            ASSERT_TRUE(lines.transition(problemId, ProblemStatus::PendingVerification,
                                         QStringLiteral("已补齐会议记录")));
        }
        ASSERT_TRUE(unit.make(QDir(back).filePath(QStringLiteral("%1.cdreport").arg(i))));
    }

    const auto checks = PackageService(f.ctx()).inspect(PackageService::packageFiles({back}));
    ASSERT_EQ(checks.size(), 60);
    for (const auto& c : checks) {
        ASSERT_TRUE(c.ok()) << c.path.toStdString() << ": " << c.refusal->message.toStdString();
        EXPECT_EQ(c.newReports, 1);
    }
    const qint64 auditBefore = AuditRepository(f.db()).count();
    auto done = PackageService(f.ctx()).apply(checks);
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->packages, 60);
    EXPECT_EQ(done->reports, 60);
    EXPECT_EQ(done->answers, 2);
    EXPECT_EQ(AuditRepository(f.db()).count(), auditBefore + 60);

    ReportService office(f.ctx());
    for (int i = 0; i < 60; ++i) {
        auto r = office.latest(units[i], QStringLiteral("2020-03"));
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, ReportStatus::Submitted);
        EXPECT_EQ(r->summary, QStringLiteral("单位%1三月份报告").arg(i));
        EXPECT_EQ(r->submittedAt,
                  QDateTime(QDate(2020, 4, 3),
                            QTime(8, i))); // the unit's time, so lateness is judged fairly
        ASSERT_EQ(r->attachments.size(), 1);
        EXPECT_EQ(*office.attachment(r->id, r->attachments[0].id), evidence(i));
    }
    auto line = SupervisionService(f.ctx()).problem(problemId);
    EXPECT_EQ(line->status, ProblemStatus::PendingVerification);
    EXPECT_EQ(line->fixReportedBy, QStringLiteral("测试单位01"));

    // The office reviews; refreshed task packages carry the outcomes back.
    ASSERT_TRUE(office.review(units[0], QStringLiteral("2020-03"), false,
                              QStringLiteral("请补充佐证材料")));
    ASSERT_TRUE(office.review(units[1], QStringLiteral("2020-03"), true, {}));
    for (int i : {0, 1}) {
        auto e = PackageService(f.ctx()).exportTask(
            units[i], file(QStringLiteral("refresh%1.cdtask").arg(i)));
        ASSERT_TRUE(e);
        ASSERT_TRUE(PackageService::openTaskPackage(
            e->path, file(QStringLiteral("unit%1.cdb").arg(i)), f.clock));
    }
    UnitFile returned(file(QStringLiteral("unit0.cdb")));
    auto mine = ReportService(returned.ctx()).latest(units[0], QStringLiteral("2020-03"));
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->status, ReportStatus::Returned);
    EXPECT_EQ(mine->reviewComment, QStringLiteral("请补充佐证材料"));
    UnitFile accepted(file(QStringLiteral("unit1.cdb")));
    EXPECT_EQ(ReportService(accepted.ctx()).latest(units[1], QStringLiteral("2020-03"))->status,
              ReportStatus::Accepted);

    // The returned report is sent again: a second version, the first stays as reviewed.
    returned.clock.set(QDateTime(QDate(2020, 4, 8), QTime(9, 0)));
    ASSERT_TRUE(returned.submit(QStringLiteral("2020-03"), 2, QStringLiteral("补充后再报")));
    ASSERT_TRUE(returned.make(file(QStringLiteral("second.cdreport"))));
    const auto again = PackageService(f.ctx()).inspect({file(QStringLiteral("second.cdreport"))});
    ASSERT_TRUE(again[0].ok()) << again[0].refusal->message.toStdString();
    EXPECT_EQ(again[0].header.sequence, 2);
    EXPECT_EQ(again[0].newReports, 1);
    ASSERT_TRUE(PackageService(f.ctx()).apply(again));
    const auto period = office.period(QStringLiteral("2020-03"));
    auto v1 = ReportRepository(f.db()).version(units[0], period->id, 1);
    auto v2 = ReportRepository(f.db()).version(units[0], period->id, 2);
    ASSERT_TRUE(v1 && v2);
    EXPECT_EQ(v1->status, ReportStatus::Returned);
    EXPECT_EQ(v1->reviewComment, QStringLiteral("请补充佐证材料"));
    EXPECT_EQ(v2->status, ReportStatus::Submitted);
    EXPECT_EQ(v2->summary, QStringLiteral("补充后再报"));
    EXPECT_EQ(PackageService(f.ctx()).history().size(), 61);
}

TEST_F(PackageOffice, RefusesAPackageImportedBeforeOrOlderThanOne)
{
    const QString first = unitPackage(0, QStringLiteral("u0"));
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    ASSERT_TRUE(unit.make(file(QStringLiteral("u0-second.cdreport"))));
    ASSERT_TRUE(
        PackageService(f.ctx()).apply(inspect({file(QStringLiteral("u0-second.cdreport"))})));
    const QString before = snapshot();
    EXPECT_EQ(refusal(file(QStringLiteral("u0-second.cdreport"))),
              package::reason::replay);                 // the same again
    EXPECT_EQ(refusal(first), package::reason::replay); // an older one
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, RefusesAnAlteredPart)
{
    const QString good = unitPackage(0, QStringLiteral("u0"));
    const QString before = snapshot();
    auto parts = readZip(good);
    parts[QStringLiteral("reports.json")].replace("三月份报告", "篡改后报告");
    writeZip(file(QStringLiteral("altered.cdreport")), parts);
    EXPECT_EQ(refusal(file(QStringLiteral("altered.cdreport"))), package::reason::altered);
    // An extra part slipped in, and a part removed.
    auto extra = readZip(good);
    extra.insert(QStringLiteral("notes.json"), "{}");
    writeZip(file(QStringLiteral("extra.cdreport")), extra);
    EXPECT_EQ(refusal(file(QStringLiteral("extra.cdreport"))), package::reason::altered);
    auto fewer = readZip(good);
    fewer.remove(QStringLiteral("plans.json"));
    writeZip(file(QStringLiteral("fewer.cdreport")), fewer);
    EXPECT_EQ(refusal(file(QStringLiteral("fewer.cdreport"))), package::reason::altered);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, RefusesAForgedPackageAndOneSignedWithAnotherUnitsKey)
{
    const QString good = unitPackage(0, QStringLiteral("u0"));
    unitPackage(1, QStringLiteral("u1"));
    const QString before = snapshot();
    // Rewritten whole, manifest and hashes consistent, signed with a key of the forger's own.
    auto parts = readZip(good);
    package::Archive real = *package::readFile(good, {});
    package::Header h = real.header;
    h.sequence = 5;
    QList<package::Part> list;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (it.key() != QLatin1String(package::kManifest) &&
            it.key() != QLatin1String(package::kSignature))
            list.append({it.key(), it.value()});
    ASSERT_TRUE(
        package::write(file(QStringLiteral("forged.cdreport")), h, list, package::newKey()));
    EXPECT_EQ(refusal(file(QStringLiteral("forged.cdreport"))), package::reason::wrongKey);
    // The forger copies the real key's fingerprint into the manifest: the signature gives it away.
    auto copied = readZip(file(QStringLiteral("forged.cdreport")));
    QJsonObject manifest =
        QJsonDocument::fromJson(copied.value(QStringLiteral("manifest.json"))).object();
    manifest.insert(QStringLiteral("key_id"), real.header.keyId);
    copied[QStringLiteral("manifest.json")] = QJsonDocument(manifest).toJson();
    writeZip(file(QStringLiteral("forged2.cdreport")), copied);
    EXPECT_EQ(refusal(file(QStringLiteral("forged2.cdreport"))), package::reason::altered);
    // Unit 2's key on a package that says it comes from unit 1.
    PackageRepository repo(f.db());
    ASSERT_TRUE(
        package::write(file(QStringLiteral("swapped.cdreport")), h, list, repo.unitKey(units[1])));
    EXPECT_EQ(refusal(file(QStringLiteral("swapped.cdreport"))), package::reason::wrongKey);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, RefusesAPackageOfAnotherCampaign)
{
    exportTask(0, QStringLiteral("ours.cdtask"));
    // Another office's file, same year and unit name: its packages are not ours.
    Fixture other;
    other.createCampaign(2020);
    Unit u;
    u.name = QStringLiteral("测试单位01");
    auto id = UnitService(other.ctx()).add(u);
    ASSERT_TRUE(id);
    ASSERT_TRUE(PackageService(other.ctx()).exportTask(*id, file(QStringLiteral("theirs.cdtask"))));
    ASSERT_TRUE(PackageService::openTaskPackage(file(QStringLiteral("theirs.cdtask")),
                                                file(QStringLiteral("theirs.cdb")), f.clock));
    UnitFile unit(file(QStringLiteral("theirs.cdb")));
    ASSERT_TRUE(unit.make(file(QStringLiteral("theirs.cdreport"))));
    const QString before = snapshot();
    EXPECT_EQ(refusal(file(QStringLiteral("theirs.cdreport"))), package::reason::otherCampaign);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, RefusesNamesOutsideThePackage)
{
    const QString good = unitPackage(0, QStringLiteral("u0"));
    const QString before = snapshot();
    for (const QString& name :
         {QStringLiteral("../../etc/cron.d/x"), QStringLiteral("/etc/passwd"),
          QStringLiteral("files/../../x"), QStringLiteral("C:/Windows/x.json")}) {
        auto parts = readZip(good);
        parts.insert(name, "x");
        writeZip(file(QStringLiteral("evil.cdreport")), parts);
        EXPECT_EQ(refusal(file(QStringLiteral("evil.cdreport"))), package::reason::unsafeName)
            << name.toStdString();
    }
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("x"))));
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, RefusesAZipBombAndAnOversizedAttachment)
{
    unitPackage(0, QStringLiteral("u0"));
    const QString before = snapshot();
    // 40 MB of zeros packs into a few tens of kilobytes.
    signedPackage(QStringLiteral("bomb.cdreport"),
                  {{QStringLiteral("reports.json"), QByteArray(40 << 20, ' ')}}, 7);
    EXPECT_EQ(refusal(file(QStringLiteral("bomb.cdreport"))), package::reason::bomb);
    EXPECT_EQ(snapshot(), before);
    // The unit sent 2 MB under the old limit; the office has since lowered it to 1 MB.
    const QString big = unitPackage(1, QStringLiteral("u1"),
                                    {{QStringLiteral("录像.bin"), QByteArray(2 << 20, 'v')}});
    auto settings = SettingsService(f.ctx()).current();
    settings.attachmentLimitMb = 1;
    ASSERT_TRUE(SettingsService(f.ctx()).save(settings));
    const QString after = snapshot();
    EXPECT_EQ(refusal(big), package::reason::attachmentTooLarge);
    EXPECT_EQ(snapshot(), after);
}

TEST_F(PackageOffice, RefusesMalformedData)
{
    unitPackage(0, QStringLiteral("u0"));
    const QString before = snapshot();
    const QList<QPair<QByteArray, QByteArray>> cases{
        {"not json", "{\"reports\": [ {\"period\": "},
        {"wrong type",
         R"({"reports": [{"period": 202003, "version": 1, "status": "submitted", "submitted_at": "2020-04-03T10:00:00.000"}]})"},
        {"huge number",
         R"({"reports": [{"period": "2020-03", "version": 1e300, "status": "submitted", "submitted_at": "2020-04-03T10:00:00.000"}]})"},
        {"unknown status",
         R"({"reports": [{"period": "2020-03", "version": 1, "status": "approved", "submitted_at": "2020-04-03T10:00:00.000"}]})"},
        {"unknown task",
         R"({"reports": [{"period": "2020-03", "version": 1, "status": "submitted", "submitted_at": "2020-04-03T10:00:00.000",
                             "items": [{"task": "NOPE", "progress": 1, "status": "done"}]}]})"},
        {"missing file",
         R"({"reports": [{"period": "2020-03", "version": 1, "status": "submitted", "submitted_at": "2020-04-03T10:00:00.000",
                             "files": [{"name": "a.pdf", "sha256": "00", "size": 3}]}]})"},
    };
    qint64 sequence = 10;
    for (const auto& [label, json] : cases) {
        signedPackage(QStringLiteral("bad.cdreport"), {{QStringLiteral("reports.json"), json}},
                      ++sequence);
        const QString why = refusal(file(QStringLiteral("bad.cdreport")));
        EXPECT_TRUE(why == package::reason::malformed || why == package::reason::unknownReference)
            << label.constData() << ": " << why.toStdString();
    }
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, NotAPackageAtAll)
{
    writeFile(file(QStringLiteral("text.cdreport")), "hello");
    EXPECT_EQ(refusal(file(QStringLiteral("text.cdreport"))), package::reason::notPackage);
    // A task package is not a report package.
    EXPECT_EQ(refusal(exportTask(0, QStringLiteral("t.cdtask"))), package::reason::notPackage);
}

TEST_F(PackageOffice, CancellingAnImportLeavesNothingHalfDone)
{
    const QStringList files{unitPackage(0, QStringLiteral("u0")),
                            unitPackage(1, QStringLiteral("u1")),
                            unitPackage(2, QStringLiteral("u2"))};
    const auto checks = inspect(files);
    const QString before = snapshot();
    auto cancelled =
        PackageService(f.ctx()).apply(checks, [](qsizetype done, qsizetype) { return done < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_EQ(snapshot(), before);
    ASSERT_TRUE(PackageService(f.ctx()).apply(checks)); // and it can be done afterwards
    EXPECT_NE(snapshot(), before);
}

TEST_F(PackageOffice, WhatTheOfficeAcceptedStays)
{
    const QString pkg = unitPackage(0, QStringLiteral("u0"));
    ASSERT_TRUE(PackageService(f.ctx()).apply(inspect({pkg})));
    ASSERT_TRUE(ReportService(f.ctx()).review(units[0], QStringLiteral("2020-03"), true, {}));
    // The unit, not yet told, sends the same version again with its next package.
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    ASSERT_TRUE(unit.make(file(QStringLiteral("u0-2.cdreport"))));
    const auto checks = inspect({file(QStringLiteral("u0-2.cdreport"))});
    ASSERT_TRUE(checks[0].ok());
    EXPECT_EQ(checks[0].newReports, 0);
    EXPECT_EQ(checks[0].knownReports, 1);
    ASSERT_TRUE(PackageService(f.ctx()).apply(checks));
    EXPECT_EQ(ReportService(f.ctx()).latest(units[0], QStringLiteral("2020-03"))->status,
              ReportStatus::Accepted);
}

TEST_F(PackageOffice, TwoPackagesOfOneUnitInOneImportAreTakenInOrderAndEachVersionOnce)
{
    // Package 1 carries March; package 2, made later, carries March again and April.
    const QString first = unitPackage(0, QStringLiteral("u0"));
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    unit.clock.set(QDateTime(QDate(2020, 5, 6), QTime(9, 0)));
    ASSERT_TRUE(unit.submit(QStringLiteral("2020-04"), 2, QStringLiteral("四月份报告")));
    ASSERT_TRUE(unit.make(file(QStringLiteral("u0-2.cdreport"))));
    f.clock.set(QDateTime(QDate(2020, 5, 7), QTime(9, 0)));
    const qint64 auditBefore = AuditRepository(f.db()).count();
    auto done = PackageService(f.ctx()).apply(inspect({first, file(QStringLiteral("u0-2.cdreport"))}));
    ASSERT_TRUE(done) << done.error().message.toStdString();
    EXPECT_EQ(done->packages, 2);
    // One audit row a package, written together, linked in the chain in their order.
    EXPECT_EQ(AuditRepository(f.db()).count(), auditBefore + 2);
    const auto imports = AuditRepository(f.db()).latest(2);
    ASSERT_EQ(imports.size(), 2);
    for (const auto& e : imports) EXPECT_EQ(e.action, QStringLiteral("package.import"));
    const auto verdict = AuditChain::verify(f.db());
    ASSERT_TRUE(verdict);
    EXPECT_EQ(verdict->firstBad, 0);
    EXPECT_EQ(verdict->rows, auditBefore + 2);
    EXPECT_EQ(done->reports, 2); // March once, from the first; April from the second
    ReportService office(f.ctx());
    const auto march = office.period(QStringLiteral("2020-03"));
    EXPECT_TRUE(ReportRepository(f.db()).version(units[0], march->id, 1));
    EXPECT_FALSE(ReportRepository(f.db()).version(units[0], march->id, 2));
    const auto april = office.latest(units[0], QStringLiteral("2020-04"));
    ASSERT_TRUE(april);
    EXPECT_EQ(april->version, 1);
    EXPECT_EQ(april->summary, QStringLiteral("四月份报告"));
    EXPECT_EQ(refusal(first), package::reason::replay);
}

TEST_F(PackageOffice, TwoImportsOfTheSamePackageAtOnceTakeItOnceAndTellTheSecondWhy)
{
    const QString package = unitPackage(0, QStringLiteral("u0"));
    const auto checks = inspect({package});
    ASSERT_TRUE(checks[0].ok());
    // A second office checks the same package while the first is taking it in, and imports it
    // on a connection of its own.
    std::optional<Result<ImportOutcome>> second;
    std::atomic<bool> secondDone{false};
    std::thread other;
    const auto secondImport = [&] {
        auto db = Database::isServerAddress(f.where()) ? Database::connect(f.where()) : Database::open(f.where());
        if (db) {
            PackageService office(ServiceContext{**db, f.clock, Actor::localAdmin()});
            second = office.apply(office.inspect({package}));
        }
        secondDone = true;
    };
    auto first = PackageService(f.ctx()).apply(checks, [&](qsizetype n, qsizetype) {
        if (n != 0 || other.joinable()) return true;
        other = std::thread(secondImport);
        // On a server, the first goes on once the second waits for it. (It must not get
        // through first: then this one would find its versions taken.) On a file the second
        // waits for the file's lock.
        if (f.db().isServer()) {
            sql::Query waiting(f.db().sql());
            bool blocked = false;
            for (QDeadlineTimer deadline(30000); !blocked && !secondDone && !deadline.hasExpired(); QThread::msleep(20))
                blocked = waiting.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) && waiting.next() &&
                          waiting.value(0).toInt() > 0;
            EXPECT_TRUE(blocked) << "the second import did not wait for the first";
        }
        return true;
    });
    other.join();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(first->packages, 1);
    ASSERT_TRUE(second) << "the second import could not open the campaign";
    if (f.db().isServer()) {
        EXPECT_FALSE(*second) << "the second import checked the package before the first took it in";
    }
    if (*second) { // on a file it may check the package only once the first took it in: refused there
        EXPECT_EQ((*second)->packages, 0) << "the package was taken in twice";
    } else {
        EXPECT_EQ(second->error().reason, package::reason::replay);
        EXPECT_EQ(second->error().message, QStringLiteral("测试单位01's package no. 1 was imported meanwhile; check the packages again."));
    }
    EXPECT_EQ(PackageService(f.ctx()).history().size(), 1);
    const auto march = ReportService(f.ctx()).period(QStringLiteral("2020-03"));
    EXPECT_TRUE(ReportRepository(f.db()).version(units[0], march->id, 1));
    EXPECT_FALSE(ReportRepository(f.db()).version(units[0], march->id, 2));
}

TEST_F(PackageOffice, AUnitsFileTakesOnlyItsOwnRefreshedPackage)
{
    unitPackage(0, QStringLiteral("u0"));
    exportTask(1, QStringLiteral("u1.cdtask"));
    const auto wrong = PackageService::openTaskPackage(file(QStringLiteral("u1.cdtask")),
                                                       file(QStringLiteral("u0.cdb")), f.clock);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().reason, package::reason::otherUnit);
    // Nor is the office's own file turned into a unit's.
    const auto office =
        PackageService::openTaskPackage(file(QStringLiteral("u1.cdtask")), f.where(), f.clock);
    ASSERT_FALSE(office);
    EXPECT_FALSE(PackageService::unitActor(f.db()));
    // A damaged task package makes no file at all.
    auto parts = readZip(file(QStringLiteral("u1.cdtask")));
    parts[QStringLiteral("campaign.json")].replace("2020", "2021");
    writeZip(file(QStringLiteral("damaged.cdtask")), parts);
    EXPECT_FALSE(PackageService::openTaskPackage(file(QStringLiteral("damaged.cdtask")),
                                                 file(QStringLiteral("new.cdb")), f.clock));
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("new.cdb"))));
}

TEST_F(PackageOffice, AUnitMayProtectItsOwnFileWithAPassword)
{
    unitPackage(0, QStringLiteral("u0"));
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    AccountService accounts(unit.ctx());
    EXPECT_FALSE(accounts.protectUnitFile(QStringLiteral("short")));
    EXPECT_FALSE(accounts.hasAccounts());
    ASSERT_TRUE(accounts.protectUnitFile(QStringLiteral("geheim-123")));
    EXPECT_FALSE(accounts.protectUnitFile(
        QStringLiteral("geheim-456"))); // once only; then it is a password change
    auto who =
        AccountService(unit.ctx()).authenticate(unit.actor.login, QStringLiteral("geheim-123"));
    ASSERT_TRUE(who) << who.error().message.toStdString();
    EXPECT_EQ(who->role, Role::Unit);
    EXPECT_EQ(who->unitId, units[0]);
    // The office's file is not protected this way.
    const auto office = AccountService(f.ctx()).protectUnitFile(QStringLiteral("geheim-123"));
    ASSERT_FALSE(office);
    EXPECT_EQ(office.error().code, Error::Code::Permission);
}

TEST_F(PackageOffice, ANewKeyRefusesPackagesSignedWithTheOldOne)
{
    const QString old = unitPackage(0, QStringLiteral("u0"));
    // A task package went astray: the office issues the unit a new key.
    auto renewed =
        PackageService(f.ctx()).exportTask(units[0], file(QStringLiteral("new.cdtask")), true);
    ASSERT_TRUE(renewed);
    EXPECT_EQ(refusal(old), package::reason::wrongKey);
    ASSERT_TRUE(PackageService::openTaskPackage(file(QStringLiteral("new.cdtask")),
                                                file(QStringLiteral("u0.cdb")), f.clock));
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    ASSERT_TRUE(unit.make(file(QStringLiteral("after.cdreport"))));
    EXPECT_EQ(refusal(file(QStringLiteral("after.cdreport"))), QString());
    // A plain export keeps the key.
    ASSERT_TRUE(PackageService(f.ctx()).exportTask(units[0], file(QStringLiteral("again.cdtask"))));
    EXPECT_EQ(refusal(file(QStringLiteral("after.cdreport"))), QString());
}

TEST_F(PackageOffice, RefusesAReportOnAPeriodThatHadNotBegun)
{
    unitPackage(0, QStringLiteral("u0"));
    const QString before = snapshot();
    signedPackage(
        QStringLiteral("future.cdreport"),
        {{QStringLiteral("reports.json"),
          R"({"reports": [{"period": "2020-06", "version": 1, "status": "submitted", "submitted_at": "2020-04-03T10:00:00.000"}]})"}},
        3);
    EXPECT_EQ(refusal(file(QStringLiteral("future.cdreport"))), package::reason::unknownReference);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(PackageOffice, AFailedWriteLeavesNoKeyNoAuditAndNoSequenceUsed)
{
    const QString nowhere = file(QStringLiteral("missing-folder/x.cdtask"));
    const QString before = snapshot();
    const auto failed = PackageService(f.ctx()).exportTask(units[0], nowhere);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, Error::Code::Io);
    EXPECT_FALSE(PackageService(f.ctx()).hasKey(units[0]));
    EXPECT_EQ(snapshot(), before);
    // On the unit's side a package that could not be written does not use up its number.
    unitPackage(0, QStringLiteral("u0"));
    UnitFile unit(file(QStringLiteral("u0.cdb")));
    ASSERT_FALSE(unit.make(file(QStringLiteral("missing-folder/y.cdreport"))));
    ASSERT_TRUE(unit.make(file(QStringLiteral("u0-b.cdreport"))));
    const auto checks = inspect({file(QStringLiteral("u0-b.cdreport"))});
    ASSERT_TRUE(checks[0].ok());
    EXPECT_EQ(checks[0].header.sequence, 2); // u0.cdreport was 1
}
