#include "services/DemoReports.h"

#include "domain/Reporting.h"
#include "storage/BulkInsert.h"
#include "storage/ReportRepository.h"

#include <QCryptographicHash>

namespace cd {
namespace {

enum class Habit { Diligent, Sometimes, Gappy, Struggling };

struct Profile
{
    Habit habit;
    int gapStart = 0; // first month of a run of missing months
    int gapLength = 0;
};

Profile profileFor(demo::Dice& dice)
{
    const int roll = dice.below(100);
    if (roll < 70) return {Habit::Diligent};
    if (roll < 88) return {Habit::Sometimes};
    if (roll < 97) return {Habit::Gappy, 3 + dice.below(6), 2 + dice.below(3)};
    return {Habit::Struggling};
}

bool skips(const Profile& p, const Period& period, demo::Dice& dice)
{
    const int month = period.start.month();
    switch (p.habit) {
    case Habit::Diligent: return dice.chance(1);
    case Habit::Sometimes: return dice.chance(5);
    case Habit::Gappy: return (period.kind == PeriodKind::Month && month >= p.gapStart && month < p.gapStart + p.gapLength) || dice.chance(5);
    case Habit::Struggling: return dice.chance(45);
    }
    return false;
}

int lateChance(Habit h)
{
    switch (h) {
    case Habit::Diligent: return 4;
    case Habit::Sometimes: return 30;
    case Habit::Gappy: return 20;
    case Habit::Struggling: return 50;
    }
    return 0;
}

QString stamp(const QDateTime& t) { return t.toString(Qt::ISODateWithMs); }

const QStringList kProblems{QStringLiteral("个别党员参学积极性不高"), QStringLiteral("学习形式较为单一"),
                            QStringLiteral("业务工作繁忙，时间安排较紧"), QStringLiteral("佐证材料整理不够及时")};

} // namespace

Result<DemoReports::Counts> DemoReports::write(Database& db, const QList<Unit>& units, const QList<Task>& tasks,
                                              const QList<Period>& periods, const QDate& asOf, demo::Dice& dice)
{
    Counts counts;
    auto reports = BulkInsert::reports(db);
    auto items = BulkInsert::reportItems(db);
    auto links = BulkInsert::reportAttachments(db);
    auto plans = BulkInsert::plans(db);
    auto planItems = BulkInsert::planItems(db);
    items.flushesAfter(reports);
    links.flushesAfter(reports);
    planItems.flushesAfter(plans);
    ReportRepository files(db);

    for (const auto& u : units) {
        if (!u.active) continue;
        const Profile profile = profileFor(dice);
        for (const auto& p : periods) {
            if (p.deadline >= asOf) continue;
            const QList<Task> due = ReportRules::tasksDue(p, tasks, u.id);
            // The month's plan, by the 5th of the month.
            if (p.kind == PeriodKind::Month && !skips(profile, p, dice)) {
                const QDate day = dice.chance(lateChance(profile.habit)) ? p.start.addDays(5 + dice.below(8)) : p.start.addDays(dice.below(5));
                auto plan = plans.insert({u.id, p.id, 1, stamp(QDateTime(day, QTime(9 + dice.below(8), dice.below(60)))), QStringLiteral("demo")});
                if (!plan) return fail(plan.error());
                ++counts.plans;
                for (const auto& t : due)
                    if (auto r = planItems.insert({*plan, t.id, QStringLiteral("组织开展%1").arg(t.title)}); !r) return fail(r.error());
            }
            if (due.isEmpty() || skips(profile, p, dice)) continue;
            const bool late = dice.chance(lateChance(profile.habit));
            const QDate submitted = late ? p.deadline.addDays(1 + dice.below(10)) : p.deadline.addDays(-dice.below(5));
            const bool returned = dice.chance(8);
            const bool waiting = p.deadline.daysTo(asOf) < 25 && dice.chance(40); // the office has not got to these yet
            int versions = returned ? 2 : 1;
            for (int v = 1; v <= versions; ++v) {
                const QDateTime at(submitted.addDays((v - 1) * (2 + dice.below(4))), QTime(8 + dice.below(10), dice.below(60)));
                const bool last = v == versions;
                const ReportStatus status = !last ? ReportStatus::Returned : waiting ? ReportStatus::Submitted : ReportStatus::Accepted;
                const QVariant reviewedAt = status == ReportStatus::Submitted ? QVariant() : QVariant(stamp(at.addDays(1 + dice.below(3))));
                const QVariant reviewer = status == ReportStatus::Submitted ? QVariant() : QVariant(QStringLiteral("office"));
                const QString comment = status == ReportStatus::Returned ? QStringLiteral("佐证材料不全，请补充会议记录和照片") : QString();
                auto id = reports.insert({u.id, p.id, v, toId(status), QStringLiteral("%1认真落实%2各项任务。").arg(u.shortName, p.code),
                                          stamp(at), stamp(at), QStringLiteral("demo"), reviewedAt, reviewer, comment});
                if (!id) return fail(id.error());
                ++counts.reports;
                for (const auto& t : due) {
                    double progress = 1;
                    if (t.measure == QLatin1String("%")) progress = 82 + dice.below(19);
                    else if (t.cadence == Cadence::Annual) progress = std::max(1.0, t.target - dice.below(2));
                    else if (dice.chance(3)) progress = 0;
                    else if (dice.chance(15)) progress = 2;
                    const ItemStatus st = progress == 0 ? (dice.chance(30) ? ItemStatus::Blocked : ItemStatus::InProgress) : ItemStatus::Done;
                    const QString problem = dice.chance(15) ? dice.pick(kProblems) : QString();
                    if (auto r = items.insert({*id, t.id, progress, toId(st), QStringLiteral("按计划开展%1").arg(t.title), problem,
                                               QStringLiteral("继续抓好落实")});
                        !r)
                        return fail(r.error());
                    ++counts.items;
                }
                if (dice.chance(20)) {
                    const QByteArray pdf = QStringLiteral("%PDF-1.4\n%%会议记录 %1 %2 v%3\n").arg(u.name, p.code).arg(v).toUtf8();
                    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
                    auto file = files.storeAttachment(sha, pdf);
                    if (!file) return fail(file.error());
                    if (auto r = links.insert({*id, *file, QStringLiteral("%1会议记录.pdf").arg(p.code)}); !r) return fail(r.error());
                }
            }
        }
    }
    for (auto* bulk : {&items, &links, &planItems})
        if (auto s = bulk->finish(); !s) return fail(s.error());
    return counts;
}

} // namespace cd
