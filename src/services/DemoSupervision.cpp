#include "services/DemoSupervision.h"

#include "domain/PeriodCalendar.h"
#include "domain/Supervision.h"
#include "storage/SupervisionRepository.h"

namespace cd {
namespace {

const QStringList kFindings{QStringLiteral("中心组学习记录不规范，研讨发言材料缺失"), QStringLiteral("“三会一课”台账不全，部分支部未按期召开"),
                            QStringLiteral("规章制度汇编未及时修订"), QStringLiteral("谈心谈话记录流于形式"),
                            QStringLiteral("干部在线学习完成率偏低"), QStringLiteral("落实中央八项规定精神存在薄弱环节"),
                            QStringLiteral("服务企业“最后一公里”问题整改不到位")};
const QStringList kMeasures{QStringLiteral("建立学习台账，按月检查"), QStringLiteral("限期补齐记录，支部书记签字确认"),
                            QStringLiteral("组织专题学习，逐条对照整改"), QStringLiteral("明确责任人，每周调度进度")};
const QStringList kPositive{QStringLiteral("“周末讲堂”打造学习型机关"), QStringLiteral("“党员先锋岗”助力优化营商环境"),
                            QStringLiteral("“一支部一品牌”激活基层党建"), QStringLiteral("“最多跑一次”改革见实效")};
const QStringList kNegative{QStringLiteral("学习走过场、记录补写问题"), QStringLiteral("工作作风漂浮、推诿扯皮问题"),
                            QStringLiteral("违规收受礼品问题")};
const QList<Pillar> kPillars{Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform};

} // namespace

Result<DemoSupervision::Counts> DemoSupervision::write(Database& db, const QList<Unit>& units, const Campaign& campaign, const QDate& asOf,
                                                      demo::Dice& dice)
{
    Counts counts;
    SupervisionRepository repo(db);
    for (int q = 1; q <= 4; ++q) {
        const QDate date = QDate(campaign.year, (q - 1) * 3 + 2, 10 + dice.below(10)); // mid-quarter
        if (date > asOf) break;
        Inspection i{0, QStringLiteral("%1年第%2季度“三抓一促”活动督查").arg(campaign.year).arg(q), q == 2 ? InspectionKind::Special : InspectionKind::Routine,
                     date, QStringLiteral("领导小组办公室督查组"), PeriodCalendar::code({PeriodKind::Quarter, campaign.year, q}), {}};
        // A sample of the active units: all of a city's, a fifth of a province's.
        for (const auto& u : units)
            if (u.active && (units.size() <= 120 || dice.chance(20)))
                i.visits.append({0, u.id, dice.chance(40) ? dice.pick(kFindings) : QString(),
                                 dice.pick(QStringList{QStringLiteral("好"), QStringLiteral("较好"), QStringLiteral("一般")})});
        auto id = repo.insertInspection(i);
        if (!id) return fail(id.error());
        ++counts.inspections;
        const auto stored = repo.inspections(i.quarter);
        for (const auto& v : stored.last().visits) {
            if (v.findings.isEmpty()) continue;
            Problem p;
            p.unitId = v.unitId;
            p.pillar = dice.pick(kPillars);
            p.source = ProblemSource::Inspection;
            p.sourceRef = v.id;
            p.description = v.findings;
            p.measure = dice.pick(kMeasures);
            p.responsible = demo::personName(dice);
            p.raisedOn = date;
            p.deadline = date.addDays(20 + dice.below(40));
            p.severity = dice.chance(15) ? Severity::Serious : Severity::Normal;
            // Most lines are fixed and struck off; some linger past their deadline.
            const int fate = dice.below(100);
            QList<ProblemStatus> path{ProblemStatus::Open};
            if (fate < 70 && p.deadline.addDays(-5) < asOf) path << ProblemStatus::Rectifying << ProblemStatus::PendingVerification << ProblemStatus::Closed;
            else if (fate < 85) path << ProblemStatus::Rectifying;
            p.status = path.last();
            if (p.status == ProblemStatus::Closed) {
                p.closedOn = std::min(asOf, p.deadline.addDays(-dice.below(10)));
                p.verifier = QStringLiteral("office");
                p.fixReportedBy = QStringLiteral("demo");
                p.closeNote = QStringLiteral("经核查整改到位，予以销号");
            }
            auto pid = repo.insertProblem(p);
            if (!pid) return fail(pid.error());
            ++counts.problems;
            std::optional<ProblemStatus> from;
            for (auto to : path) {
                if (auto s = repo.insertEvent({0, *pid, QDateTime(date, QTime(9, 0)), QStringLiteral("demo"), from, to, {}}); !s) return fail(s.error());
                from = to;
            }
            if (ProblemRules::isOverdue(p, asOf)) {
                const int steps = 1 + dice.below(asOf > p.deadline.addDays(30) ? 3 : 1);
                for (int s = 0; s < steps; ++s)
                    if (auto r = repo.insertEscalation({0, *pid, EscalationStep(s), p.deadline.addDays(3 + s * 10),
                                                        s == 0 ? QStringLiteral("电话催办") : s == 1 ? QStringLiteral("约谈分管领导")
                                                                                                       : QStringLiteral("全市通报批评"),
                                                        QStringLiteral("office"), {}});
                        !r)
                        return fail(r.error());
            }
        }
        // Cases found in the quarter.
        for (int c = 0; c < 2 + dice.below(3); ++c) {
            const Unit& u = units[dice.below(int(units.size()))];
            const bool positive = !dice.chance(25);
            TypicalCase tc{0, u.id, dice.pick(kPillars), positive, positive ? dice.pick(kPositive) : dice.pick(kNegative),
                           QStringLiteral("%1在活动中的做法。").arg(u.shortName), date.addDays(dice.below(20)), dice.chance(80)};
            if (tc.date > asOf) tc.date = asOf;
            if (auto r = repo.insertCase(tc); !r) return fail(r.error());
            ++counts.cases;
        }
    }
    return counts;
}

} // namespace cd
