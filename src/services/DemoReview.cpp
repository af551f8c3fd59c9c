#include "services/DemoReview.h"

#include "services/ReviewService.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/ReviewRepository.h"

namespace cd {

Result<int> DemoReview::write(Database& db, const QList<Unit>& units, const Campaign& campaign, demo::Dice& dice, const QString& actor, const QDateTime& now)
{
    // Each unit's first responsible person: the one its list names most at that level.
    QHash<qint64, QHash<QString, int>> named;
    for (const auto& r : ResponsibilityRepository(db).all())
        if (r.level == ResponsibilityLevel::First) ++named[r.unitId][r.person];
    ReviewRepository repo(db);
    // Sixty to a session, or sixty sessions a year for a province's thousands.
    const qsizetype kPerSession = std::max<qsizetype>(60, (units.size() + 59) / 60);
    int sessions = 0;
    for (qsizetype from = 0; from < units.size(); from += kPerSession) {
        ReviewRepository::Session s;
        s.campaignId = campaign.id;
        s.title = units.size() > kPerSession ? QStringLiteral("%1年度基层党组织书记抓党建述职评议会（第%2场）").arg(campaign.year).arg(sessions + 1)
                                             : QStringLiteral("%1年度基层党组织书记抓党建述职评议会").arg(campaign.year);
        s.date = QDate(campaign.year, 12, 18).addDays(sessions % 10);
        s.place = QStringLiteral("市委党校报告厅");
        s.createdAt = now;
        s.createdBy = actor;
        s.doubleEntry = false;
        auto id = repo.insertSession(s);
        if (!id) return fail(id.error());
        s.id = *id;
        ++sessions;
        QList<ReviewGroup> groups = ReviewService::defaultGroups();
        const std::array<int, 3> ballots{9, 15, 36};
        for (int g = 0; g < groups.size(); ++g) {
            groups[g].ballots = ballots[size_t(g)];
            auto gid = repo.insertGroup(s.id, groups[g], g + 1);
            if (!gid) return fail(gid.error());
            groups[g].id = *gid;
        }
        QList<ReviewPerson> people;
        for (qsizetype i = from; i < std::min<qsizetype>(from + kPerSession, units.size()); ++i) {
            const Unit& u = units[i];
            const auto names = named.value(u.id);
            QString person = u.head.isEmpty() ? u.secretary : u.head;
            int most = 0;
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                if (it.value() > most || (it.value() == most && it.key() < person)) most = it.value(), person = it.key();
            if (person.isEmpty()) continue;
            ReviewPerson p{0, u.id, u.name, person, ResponsibilityLevel::First};
            auto pid = repo.insertPerson(s.id, p, int(people.size()) + 1);
            if (!pid) return fail(pid.error());
            p.id = *pid;
            people.append(p);
        }
        // Most secretaries are rated well; a few units are marked down, one now and then to 差.
        QHash<QPair<qint64, int>, MarkCounts> counts;
        QList<ReviewRepository::Total> totals;
        for (const auto& p : people) {
            const int standing = dice.below(100); // the unit's reputation with everyone
            for (int g = 0; g < groups.size(); ++g) {
                MarkCounts c;
                for (int b = 0; b < groups[g].ballots; ++b) {
                    const int roll = (dice.below(100) + standing) / 2;
                    if (dice.chance(2)) ++c.invalid;
                    else ++c.marks[roll < 3 ? 3 : roll < 12 ? 2 : roll < 40 ? 1 : 0];
                }
                counts.insert({p.id, g}, c);
                totals.append({p.id, groups[g].id, c});
            }
        }
        if (auto t = repo.insertTotals(s.id, totals); !t) return fail(t.error());
        QList<ReviewRepository::Published> results;
        for (const auto& o : ReviewTally::outcomes(people, groups, s.rules, counts))
            results.append({o.person.id, o.person.unitId, o.score, o.rated() ? markName(o.grade) : QString(), ReviewCount::outcomeJson(o, groups)});
        if (auto r = repo.replaceResults(s.id, results); !r) return fail(r.error());
        if (auto r = repo.setPublished(s.id, now, actor); !r) return fail(r.error());
    }
    return sessions;
}

} // namespace cd
