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
// What each case says, in the order of the titles above; %1 is the unit.
const QStringList kPositiveText{
    QStringLiteral("%1坚持每周六上午开设“周末讲堂”，班子成员和业务骨干轮流授课，本季度开讲12期、参学干部400余人次，学习笔记和心得体会按月检查通报。"),
    QStringLiteral("%1在服务窗口设立“党员先锋岗”，推行首问负责、一次性告知和限时办结，本季度群众办事平均时限压缩三分之一，未发生有效投诉。"),
    QStringLiteral("%1推行“一支部一品牌”创建，各支部结合业务确定特色品牌，“三会一课”按清单落实，党员积分按季度公示。"),
    QStringLiteral("%1梳理政务服务事项清单，推动材料共享和网上办理，本季度“最多跑一次”事项占比提高到九成以上。")};
const QStringList kNegativeText{
    QStringLiteral("督查发现，%1部分支部集中学习流于形式，学习记录存在事后补写、照抄照搬现象，未见研讨发言和心得体会。"),
    QStringLiteral("暗访发现，%1窗口工作人员对群众咨询推诿扯皮，办事群众多次往返仍未办结，造成不良影响。"),
    QStringLiteral("经查，%1一名干部违反中央八项规定精神，在节日期间收受管理服务对象所送礼品，已按规定严肃处理。")};
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
            const Pillar pillar = dice.pick(kPillars);
            const QString title = positive ? dice.pick(kPositive) : dice.pick(kNegative);
            const QString text = positive ? kPositiveText.value(kPositive.indexOf(title)) : kNegativeText.value(kNegative.indexOf(title));
            TypicalCase tc{0, u.id, pillar, positive, title, text.arg(u.name), date.addDays(dice.below(20)), dice.chance(80)};
            if (tc.date > asOf) tc.date = asOf;
            if (auto r = repo.insertCase(tc); !r) return fail(r.error());
            ++counts.cases;
        }
    }
    return counts;
}

} // namespace cd
