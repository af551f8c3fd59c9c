#pragma once

#include "packages/PackageService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/PackageRepository.h"
#include "storage/ReportRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestSupport.h"

#include <QDir>

namespace cd::test {

// A unit's own file, opened the way the desktop opens it: acting as the unit it was made for.
struct UnitFile
{
    explicit UnitFile(const QString& path)
    {
        auto opened = Database::open(path);
        EXPECT_TRUE(opened) << (opened ? "" : opened.error().message.toStdString());
        if (!opened) return;
        db = std::move(*opened);
        auto who = PackageService::unitActor(*db);
        EXPECT_TRUE(who);
        if (who) actor = *who;
    }
    ServiceContext ctx() { return ServiceContext{*db, clock, actor}; }
    Status submit(const QString& period, double progress, const QString& summary,
                  const QList<NewFile>& files = {})
    {
        ReportService reports(ctx());
        auto base = reports.editable(actor.unitId, period);
        if (!base) return fail(base.error());
        ReportDraft d;
        d.unitId = actor.unitId;
        d.periodCode = period;
        d.summary = summary;
        for (auto i : base->items) {
            i.progress = progress;
            i.status = ItemStatus::Done;
            d.items.append(i);
        }
        for (const auto& a : base->attachments)
            d.keep.append(a);
        d.add = files;
        auto id = reports.submitReport(d);
        if (!id) return fail(id.error());
        return {};
    }
    Result<QString> make(const QString& path)
    {
        return PackageService(ctx()).makeReportPackage(path);
    }

    std::unique_ptr<Database> db;
    Actor actor;
    FixedClock clock{QDateTime(QDate(2020, 4, 3), QTime(10, 0))};
};

// The office's file with its campaign, `count` units and one open problem line for the first.
class PackageOffice : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.createCampaign(2020);
        for (int i = 0; i < unitCount(); ++i) {
            Unit u;
            u.name = QStringLiteral("测试单位%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            u.secretary = QStringLiteral("联络员%1").arg(i + 1);
            auto id = UnitService(f.ctx()).add(u);
            ASSERT_TRUE(id);
            units << *id;
        }
        Problem p;
        p.unitId = units[0];
        p.pillar = Pillar::Conduct;
        p.description = QStringLiteral("会议记录不全");
        p.deadline = QDate(2020, 5, 30);
        auto line = SupervisionService(f.ctx()).addProblem(p);
        ASSERT_TRUE(line);
        problemId = *line;
    }
    virtual int unitCount() const { return 3; }

    QString file(const QString& name) const { return f.path(name); }
    QString exportTask(int i, const QString& name)
    {
        auto e = PackageService(f.ctx()).exportTask(units[i], file(name));
        EXPECT_TRUE(e) << (e ? "" : e.error().message.toStdString());
        return file(name);
    }
    // Exports unit i's task package, opens it as the unit's own file and submits March.
    QString unitPackage(int i, const QString& name, const QList<NewFile>& files = {})
    {
        const QString db = file(name + QStringLiteral(".cdb"));
        EXPECT_TRUE(PackageService::openTaskPackage(exportTask(i, name + QStringLiteral(".cdtask")),
                                                    db, f.clock));
        UnitFile unit(db);
        EXPECT_TRUE(unit.submit(QStringLiteral("2020-03"), 1, QStringLiteral("三月份报告"), files));
        auto made = unit.make(file(name + QStringLiteral(".cdreport")));
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return file(name + QStringLiteral(".cdreport"));
    }
    QList<PackageCheck> inspect(const QStringList& files)
    {
        return PackageService(f.ctx()).inspect(files);
    }
    // The refusal reason of a single package, or "" when it passes.
    QString refusal(const QString& path)
    {
        const auto checks = inspect({path});
        return checks.size() == 1 && !checks[0].ok() ? checks[0].refusal->reason : QString();
    }
    // Everything an import could change.
    QString snapshot()
    {
        QString s = f.state();
        PackageRepository repo(f.db());
        for (qint64 u : units)
            s += QStringLiteral("|%1:%2")
                     .arg(repo.reportIds(u, false).size())
                     .arg(repo.plans(u).size());
        s += QStringLiteral("|imports:%1").arg(repo.imports().size());
        auto line = SupervisionService(f.ctx()).problem(problemId);
        s += QStringLiteral("|line:%1").arg(line ? toId(line->status) : QString());
        return s;
    }
    // A package signed with the right key whose parts are whatever the test says.
    QString signedPackage(const QString& name, const QList<package::Part>& parts,
                          qint64 sequence = 1)
    {
        PackageRepository repo(f.db());
        package::Header h;
        h.format = QLatin1String(package::kReportFormat);
        h.office = repo.meta(QStringLiteral("package_office"));
        h.campaign = 2020;
        h.unitId = units[0];
        h.unitName = UnitRepository(f.db()).byId(units[0])->name;
        h.sequence = sequence;
        h.madeAt = f.clock.now();
        EXPECT_TRUE(package::write(file(name), h, parts, repo.unitKey(units[0])));
        return file(name);
    }

    Fixture f;
    QList<qint64> units;
    qint64 problemId = 0;
};

} // namespace cd::test
