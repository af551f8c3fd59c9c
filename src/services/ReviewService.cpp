#include "services/ReviewService.h"
#include "services/ReviewJson.h"

#include "domain/Text.h"
#include "storage/CampaignRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cd {
using namespace review_json;

QList<ReviewGroup> ReviewService::defaultGroups()
{
    return {{0, QStringLiteral("上级党组织领导"), 30, 0}, {0, QStringLiteral("单位领导班子和党务干部"), 30, 0}, {0, QStringLiteral("党员群众代表"), 40, 0}};
}

QJsonObject ReviewCount::outcomeJson(const ReviewOutcome& o, const QList<ReviewGroup>& groups)
{
    QJsonArray perGroup;
    for (qsizetype g = 0; g < o.perGroup.size() && g < groups.size(); ++g)
        perGroup.append(QJsonObject{{QStringLiteral("group"), groups[g].name},
                                    {QStringLiteral("counts"), countsJson(o.perGroup[g])},
                                    {QStringLiteral("valid"), o.perGroup[g].valid()},
                                    {QStringLiteral("invalid"), o.perGroup[g].invalid}});
    return {{QStringLiteral("person_id"), o.person.id},
            {QStringLiteral("unit"), o.person.unit},
            {QStringLiteral("name"), o.person.name},
            {QStringLiteral("level"), toId(o.person.level)},
            {QStringLiteral("counts"), countsJson(o.total)},
            {QStringLiteral("valid"), o.total.valid()},
            {QStringLiteral("invalid"), o.total.invalid},
            {QStringLiteral("good_rate"), ReviewTally::rounded(o.goodRate * 100) / 100},
            {QStringLiteral("score"), o.score},
            {QStringLiteral("grade"), o.rated() ? markName(o.grade) : QString()}, // nobody marked them validly: no grade
            {QStringLiteral("rank"), o.rank},
            {QStringLiteral("groups"), perGroup}};
}

QStringList ReviewCount::figureCells(const ReviewOutcome& o)
{
    return {QString::number(o.total.marks[0]),
            QString::number(o.total.marks[1]),
            QString::number(o.total.marks[2]),
            QString::number(o.total.marks[3]),
            QString::number(o.total.valid()),
            QString::number(o.total.invalid),
            QString::number(o.goodRate * 100, 'f', 1) + QLatin1Char('%'),
            QString::number(o.score, 'f', 2),
            o.rated() ? markName(o.grade) : QString(),
            o.rated() ? QString::number(o.rank) : QString()};
}

ReviewOutcome ReviewCount::outcomeFromJson(const ReviewPerson& person, const QJsonObject& o)
{
    const auto counts = [](const QJsonObject& c, int invalid) {
        MarkCounts m;
        for (auto mark : kAllMarks) m.marks[size_t(mark)] = c.value(markName(mark)).toInt();
        m.invalid = invalid;
        return m;
    };
    ReviewOutcome out;
    out.person = person;
    out.total = counts(o.value(QStringLiteral("counts")).toObject(), o.value(QStringLiteral("invalid")).toInt());
    for (const auto& g : o.value(QStringLiteral("groups")).toArray())
        out.perGroup.append(counts(g.toObject().value(QStringLiteral("counts")).toObject(), g.toObject().value(QStringLiteral("invalid")).toInt()));
    out.goodRate = o.value(QStringLiteral("good_rate")).toDouble();
    out.score = o.value(QStringLiteral("score")).toDouble();
    out.grade = markFromText(o.value(QStringLiteral("grade")).toString()).value_or(ReviewMark::Poor);
    out.rank = o.value(QStringLiteral("rank")).toInt();
    return out;
}

QJsonObject ReviewCount::toJson() const
{
    QJsonArray people, differing;
    for (const auto& o : outcomes) people.append(outcomeJson(o, groups));
    for (int s : disagreements) differing.append(s);
    return {{QStringLiteral("session"), sessionJson(session)},
            {QStringLiteral("published"), session.published()},
            {QStringLiteral("ballots"), ballotsEntered},
            {QStringLiteral("by_totals"), byTotals},
            {QStringLiteral("amendments"), amendments},
            {QStringLiteral("disagreements"), differing},
            {QStringLiteral("people"), people}};
}

QList<ReviewSession> ReviewService::sessions(int year)
{
    auto c = CampaignRepository(m_ctx.db).byYear(year);
    if (!c) return {};
    if (allowed(m_ctx.actor, Operation::RunReviews) || allowed(m_ctx.actor, Operation::ReadAllUnits)) return ReviewRepository(m_ctx.db).sessions(c->id);
    // A unit sees the sessions its people report at.
    QList<ReviewSession> out;
    ReviewRepository repo(m_ctx.db);
    for (const auto& s : repo.sessions(c->id))
        if (std::ranges::any_of(repo.people(s.id), [&](const ReviewPerson& p) { return p.unitId == m_ctx.actor.unitId; })) out.append(s);
    return out;
}

Result<ReviewSession> ReviewService::session(qint64 id)
{
    auto s = ReviewRepository(m_ctx.db).session(id);
    if (!s) return fail(Error::notFound(tr("There is no 述职测评 session %1.").arg(id)));
    return *s;
}

Result<qint64> ReviewService::addSession(int year, const QString& title, const QDate& date, const QString& place, const QList<ReviewGroup>& groups)
{
    if (auto s = m_ctx.require(Operation::RunReviews); !s) return fail(s.error());
    auto c = CampaignRepository(m_ctx.db).byYear(year);
    if (!c) return fail(Error::notFound(tr("There is no campaign for %1.").arg(year)));
    ReviewSession s;
    s.campaignId = c->id;
    s.title = text::clean(title);
    s.date = date;
    s.place = text::clean(place);
    s.createdAt = m_ctx.clock.now();
    s.createdBy = m_ctx.actor.login;
    if (s.title.isEmpty()) return fail(Error::invalid(tr("A session has a title.")));
    if (!date.isValid()) return fail(Error::invalid(tr("A session has a date.")));
    ReviewRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertSession(s);
    if (!id) return fail(id.error());
    s.id = *id;
    int order = 0;
    for (auto g : groups)
        if (auto gid = repo.insertGroup(s.id, g, ++order); !gid) return fail(gid.error());
    if (auto a = m_ctx.audit(QStringLiteral("review.create"), QStringLiteral("review"), s.id, {}, sessionJson(s)); !a) return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return s.id;
}

Result<ReviewSession> ReviewService::editable(qint64 sessionId, bool structure)
{
    if (auto s = m_ctx.require(Operation::RunReviews); !s) return fail(s.error());
    auto s = session(sessionId);
    if (!s) return s;
    if (s->published()) return fail(Error::conflict(tr("The results of “%1” are published; correct a ballot with an amendment.").arg(s->title)));
    if (structure && ReviewRepository(m_ctx.db).ballotCount(sessionId) > 0)
        return fail(Error::conflict(tr("Ballots of “%1” are already entered: the people and the ballots issued can no longer change.").arg(s->title)));
    return s;
}

Status ReviewService::updateSession(const ReviewSession& changed)
{
    auto s = editable(changed.id, false);
    if (!s) return fail(s.error());
    ReviewSession next = *s;
    next.title = text::clean(changed.title);
    next.date = changed.date;
    next.place = text::clean(changed.place);
    next.rules = changed.rules;
    next.doubleEntry = changed.doubleEntry;
    if (next.title.isEmpty()) return fail(Error::invalid(tr("A session has a title.")));
    if (!next.date.isValid()) return fail(Error::invalid(tr("A session has a date.")));
    if (auto v = ReviewRules::validate(next.rules); !v) return v;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto u = ReviewRepository(m_ctx.db).updateSession(next); !u) return u;
    if (auto a = m_ctx.audit(QStringLiteral("review.update"), QStringLiteral("review"), next.id, sessionJson(*s), sessionJson(next)); !a) return a;
    return tx.commit();
}

QList<ReviewPerson> ReviewService::people(qint64 sessionId)
{
    auto all = ReviewRepository(m_ctx.db).people(sessionId);
    if (allowed(m_ctx.actor, Operation::RunReviews) || allowed(m_ctx.actor, Operation::ReadAllUnits)) {
        all.removeIf([this](const ReviewPerson& p) { return !m_ctx.actor.inScope(p.unitId); }); // one part's people, for an account scoped to it
        return all;
    }
    QList<ReviewPerson> mine;
    for (const auto& p : all)
        if (p.unitId == m_ctx.actor.unitId) mine.append(p);
    return mine;
}

Result<qint64> ReviewService::addPerson(qint64 sessionId, ReviewPerson p)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    p.name = text::clean(p.name);
    if (p.name.isEmpty()) return fail(Error::invalid(tr("A person who reports has a name.")));
    auto unit = UnitRepository(m_ctx.db).byId(p.unitId);
    if (!unit) return fail(Error::notFound(tr("The unit does not exist.")));
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.people(sessionId);
    for (const auto& other : present)
        if (other.unitId == p.unitId && other.name == p.name && other.level == p.level)
            return fail(Error::conflict(tr("%1 of %2 already reports at this session.").arg(p.name, unit->name)));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertPerson(sessionId, p, int(present.size()) + 1);
    if (!id) return fail(id.error());
    p.id = *id;
    QJsonObject after = personJson(p);
    after.insert(QStringLiteral("session_id"), sessionId);
    if (auto a = m_ctx.audit(QStringLiteral("review.person_add"), QStringLiteral("review"), sessionId, {}, after); !a) return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return p.id;
}

Status ReviewService::removePerson(qint64 sessionId, qint64 personId)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.people(sessionId);
    const auto it = std::ranges::find(present, personId, &ReviewPerson::id);
    if (it == present.end()) return fail(Error::notFound(tr("That person does not report at this session.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto d = repo.deletePerson(personId); !d) return d;
    if (auto a = m_ctx.audit(QStringLiteral("review.person_remove"), QStringLiteral("review"), sessionId, personJson(*it), {}); !a) return a;
    return tx.commit();
}

Status ReviewService::movePerson(qint64 sessionId, qint64 personId, int toIndex)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    ReviewRepository repo(m_ctx.db);
    auto present = repo.people(sessionId);
    const auto from = std::ranges::find(present, personId, &ReviewPerson::id) - present.begin();
    if (from >= present.size()) return fail(Error::notFound(tr("That person does not report at this session.")));
    toIndex = std::clamp(toIndex, 0, int(present.size()) - 1);
    present.move(from, toIndex);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    for (int i = 0; i < present.size(); ++i)
        if (auto o = repo.setPersonOrder(present[i].id, i + 1); !o) return o;
    if (auto a = m_ctx.audit(QStringLiteral("review.person_move"), QStringLiteral("review"), sessionId, {{QStringLiteral("position"), int(from) + 1}},
                             {{QStringLiteral("person_id"), personId}, {QStringLiteral("position"), toIndex + 1}});
        !a)
        return a;
    return tx.commit();
}

Result<int> ReviewService::addFromResponsibilities(qint64 sessionId)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    // Per unit and level, each person named and how often, in the order first met.
    struct Named
    {
        QString person;
        int times = 0;
    };
    QHash<QPair<qint64, int>, QList<Named>> named;
    for (const auto& r : ResponsibilityRepository(m_ctx.db).all()) {
        auto& list = named[{r.unitId, int(r.level)}];
        auto it = std::ranges::find(list, r.person, &Named::person);
        if (it == list.end()) list.append({r.person, 1});
        else ++it->times;
    }
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.people(sessionId);
    QList<ReviewPerson> add;
    for (const auto& u : UnitRepository(m_ctx.db).all()) {
        if (!u.active) continue;
        for (auto level : kAllLevels) {
            const auto list = named.value({u.id, int(level)});
            if (list.isEmpty()) continue;
            const auto most = std::ranges::max_element(list, {}, &Named::times); // the first of the most named
            ReviewPerson p{0, u.id, u.name, most->person, level};
            if (std::ranges::none_of(present, [&](const ReviewPerson& o) { return o.unitId == p.unitId && o.name == p.name && o.level == p.level; }))
                add.append(p);
        }
    }
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    int order = int(present.size());
    QJsonArray added;
    for (auto& p : add) {
        auto id = repo.insertPerson(sessionId, p, ++order);
        if (!id) return fail(id.error());
        p.id = *id;
        added.append(personJson(p));
    }
    if (auto a = m_ctx.audit(QStringLiteral("review.person_add"), QStringLiteral("review"), sessionId, {}, {{QStringLiteral("people"), added}}); !a)
        return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return int(add.size());
}

QList<ReviewGroup> ReviewService::groups(qint64 sessionId) { return ReviewRepository(m_ctx.db).groups(sessionId); }

namespace {
Status checkGroup(const ReviewGroup& g)
{
    if (g.name.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::ReviewService", "A voter group has a name.")));
    if (!(g.weight > 0 && g.weight <= 100)) return fail(Error::invalid(QCoreApplication::translate("cd::ReviewService", "A group's weight is a percentage above 0 and at most 100.")));
    if (g.ballots < 0 || g.ballots > 100000) return fail(Error::invalid(QCoreApplication::translate("cd::ReviewService", "A group is issued from 0 to 100,000 ballots.")));
    return {};
}
} // namespace

Result<qint64> ReviewService::addGroup(qint64 sessionId, ReviewGroup g)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    g.name = text::clean(g.name);
    if (auto c = checkGroup(g); !c) return fail(c.error());
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.groups(sessionId);
    if (std::ranges::any_of(present, [&](const ReviewGroup& o) { return o.name == g.name; }))
        return fail(Error::conflict(tr("The session already has a group named %1.").arg(g.name)));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertGroup(sessionId, g, int(present.size()) + 1);
    if (!id) return fail(id.error());
    g.id = *id;
    if (auto a = m_ctx.audit(QStringLiteral("review.group_add"), QStringLiteral("review"), sessionId, {}, groupJson(g)); !a) return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return g.id;
}

Status ReviewService::updateGroup(qint64 sessionId, const ReviewGroup& changed)
{
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.groups(sessionId);
    const auto it = std::ranges::find(present, changed.id, &ReviewGroup::id);
    if (it == present.end()) return fail(Error::notFound(tr("That voter group is not in this session.")));
    // The weight may change until publication; the name and the ballots issued, which set the
    // serials, only while nothing is counted.
    ReviewGroup g = changed;
    g.name = text::clean(g.name);
    auto s = editable(sessionId, g.name != it->name || g.ballots != it->ballots);
    if (!s) return fail(s.error());
    if (auto c = checkGroup(g); !c) return c;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto u = repo.updateGroup(g); !u) return u;
    if (auto a = m_ctx.audit(QStringLiteral("review.group_update"), QStringLiteral("review"), sessionId, groupJson(*it), groupJson(g)); !a) return a;
    return tx.commit();
}

Status ReviewService::removeGroup(qint64 sessionId, qint64 groupId)
{
    auto s = editable(sessionId, true);
    if (!s) return fail(s.error());
    ReviewRepository repo(m_ctx.db);
    const auto present = repo.groups(sessionId);
    const auto it = std::ranges::find(present, groupId, &ReviewGroup::id);
    if (it == present.end()) return fail(Error::notFound(tr("That voter group is not in this session.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto d = repo.deleteGroup(groupId); !d) return d;
    if (auto a = m_ctx.audit(QStringLiteral("review.group_remove"), QStringLiteral("review"), sessionId, groupJson(*it), {}); !a) return a;
    return tx.commit();
}

} // namespace cd
