#include "services/ReviewService.h"

#include "domain/Text.h"
#include "services/SupervisionService.h"
#include "storage/CampaignRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cd {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("cd::ReviewService", s); }

QJsonObject sessionJson(const ReviewSession& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("rules"), s.rules.toJson()},
            {QStringLiteral("double_entry"), s.doubleEntry}};
}
QJsonObject personJson(const ReviewPerson& p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("unit_id"), p.unitId}, {QStringLiteral("name"), p.name}, {QStringLiteral("level"), toId(p.level)}};
}
QJsonObject groupJson(const ReviewGroup& g)
{
    return {{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}, {QStringLiteral("weight"), g.weight}, {QStringLiteral("ballots"), g.ballots}};
}
QJsonObject countsJson(const MarkCounts& c)
{
    QJsonObject o;
    for (auto m : kAllMarks) o.insert(markName(m), c.marks[size_t(m)]);
    return o;
}

} // namespace

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
            {QStringLiteral("grade"), markName(o.grade)},
            {QStringLiteral("rank"), o.rank},
            {QStringLiteral("groups"), perGroup}};
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
    if (allowed(m_ctx.actor, Operation::RunReviews) || allowed(m_ctx.actor, Operation::ReadAllUnits)) return all;
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

Result<QString> ReviewService::cellsOf(const BallotRow& row, int people)
{
    if (row.cells.size() != people)
        return fail(Error::invalid(tr("Ballot %1 has %2 grades; the session has %3 people who report.").arg(row.serial).arg(row.cells.size()).arg(people)));
    QString marks;
    for (int i = 0; i < people; ++i) {
        auto cell = ballot_cell::fromText(row.cells[i]);
        if (!cell) return fail(Error::invalid(tr("Ballot %1, person %2: “%3” is no grade (1–4 or 好, 较好, 一般, 差; empty for none).").arg(row.serial).arg(i + 1).arg(row.cells[i])));
        marks += *cell;
    }
    return marks;
}

Result<int> ReviewService::enter(qint64 sessionId, int clerk, const QList<BallotRow>& rows, bool replace)
{
    if (auto s = m_ctx.require(Operation::RunReviews); !s) return fail(s.error());
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    if (s->published()) return fail(Error::conflict(tr("The results of “%1” are published; correct a ballot with an amendment.").arg(s->title)));
    if (clerk != 1 && clerk != 2) return fail(Error::invalid(tr("The clerk is 1 or 2.")));
    if (clerk == 2 && !s->doubleEntry) return fail(Error::invalid(tr("“%1” is counted by one clerk.").arg(s->title)));
    ReviewRepository repo(m_ctx.db);
    if (!repo.totals(sessionId).isEmpty()) return fail(Error::conflict(tr("“%1” is counted by hand per group; its ballots are not entered one by one.").arg(s->title)));
    const auto people = repo.people(sessionId);
    const auto groups = repo.groups(sessionId);
    if (people.isEmpty()) return fail(Error::invalid(tr("Nobody reports at “%1” yet.").arg(s->title)));
    const auto ranges = ReviewTally::serialRanges(groups);
    const int issued = ranges.isEmpty() ? 0 : ranges.last().second;
    QSet<int> seen;
    QList<ReviewRepository::Ballot> ballots;
    for (const auto& row : rows) {
        if (ReviewTally::groupOfSerial(groups, row.serial) < 0)
            return fail(Error::invalid(issued > 0 ? tr("No ballot numbered %1 was issued: the serials run from 1 to %2.").arg(row.serial).arg(issued)
                                                  : tr("No ballot numbered %1 was issued: no ballots are issued yet.").arg(row.serial)));
        if (seen.contains(row.serial)) return fail(Error::invalid(tr("Ballot %1 is entered twice.").arg(row.serial)));
        seen.insert(row.serial);
        auto marks = cellsOf(row, int(people.size()));
        if (!marks) return fail(marks.error());
        QStringList comments = row.comments.mid(0, people.size());
        for (auto& c : comments) c = text::clean(c);
        while (comments.size() < people.size() && std::ranges::any_of(comments, [](const QString& c) { return !c.isEmpty(); })) comments << QString();
        ballots.append({clerk, row.serial, *marks, comments, m_ctx.actor.login, m_ctx.clock.now()});
    }
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    int replaced = 0;
    for (const auto& b : ballots) {
        if (auto before = repo.ballot(sessionId, clerk, b.serial)) {
            if (!replace) return fail(Error::conflict(tr("Ballot %1 was already entered by clerk %2; correct it with --replace.").arg(b.serial).arg(clerk)));
            if (auto r = repo.replaceBallot(sessionId, b); !r) return fail(r.error());
            ++replaced;
        } else if (auto i = repo.insertBallot(sessionId, b); !i) {
            return fail(i.error());
        }
    }
    if (auto a = m_ctx.audit(QStringLiteral("review.enter"), QStringLiteral("review"), sessionId, {},
                             {{QStringLiteral("clerk"), clerk}, {QStringLiteral("ballots"), int(ballots.size())}, {QStringLiteral("replaced"), replaced}});
        !a)
        return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return int(ballots.size());
}

std::optional<ReviewRepository::Ballot> ReviewService::ballot(qint64 sessionId, int clerk, int serial)
{
    if (!allowed(m_ctx.actor, Operation::RunReviews)) return std::nullopt;
    return ReviewRepository(m_ctx.db).ballot(sessionId, clerk, serial);
}

QStringList ReviewService::comments(qint64 sessionId, qint64 personId)
{
    if (!allowed(m_ctx.actor, Operation::RunReviews)) return {};
    ReviewRepository repo(m_ctx.db);
    const auto people = repo.people(sessionId);
    const auto at = std::ranges::find(people, personId, &ReviewPerson::id) - people.begin();
    QStringList out;
    for (const auto& b : repo.ballots(sessionId))
        if (b.clerk == 1 && at < b.comments.size() && !b.comments[at].isEmpty()) out << b.comments[at];
    return out;
}

Result<QList<qint64>> ReviewService::commentsToProblems(qint64 sessionId, qint64 personId, const QStringList& comments, const QDate& deadline)
{
    if (auto r = m_ctx.require(Operation::RunReviews); !r) return fail(r.error());
    if (auto r = m_ctx.require(Operation::Supervise); !r) return fail(r.error());
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    const auto people = ReviewRepository(m_ctx.db).people(sessionId);
    const auto person = std::ranges::find(people, personId, &ReviewPerson::id);
    if (person == people.end()) return fail(Error::notFound(tr("That person does not report at this session.")));
    if (!deadline.isValid() || deadline < m_ctx.clock.today()) return fail(Error::invalid(tr("The rectification deadline is a date from today on.")));
    QStringList texts;
    for (const auto& c : comments)
        if (const QString t = text::clean(c); !t.isEmpty()) texts << t;
    if (texts.isEmpty()) return fail(Error::invalid(tr("Choose at least one comment.")));
    QList<qint64> ids;
    for (const auto& t : texts) {
        Problem p;
        p.unitId = person->unitId;
        p.pillar = Pillar::Party;
        p.source = ProblemSource::Other;
        p.description = QStringLiteral("述职测评意见（%1）：%2").arg(person->name, t);
        p.responsible = person->name;
        p.raisedOn = m_ctx.clock.today();
        p.deadline = deadline;
        auto id = SupervisionService(m_ctx).addProblem(p);
        if (!id) return fail(id.error());
        ids << *id;
    }
    return ids;
}

Status ReviewService::enterTotals(qint64 sessionId, qint64 personId, qint64 groupId, const MarkCounts& counts)
{
    auto s = editable(sessionId, false);
    if (!s) return fail(s.error());
    ReviewRepository repo(m_ctx.db);
    if (!repo.ballots(sessionId).isEmpty()) return fail(Error::conflict(tr("The ballots of “%1” are entered one by one; no totals are entered beside them.").arg(s->title)));
    const auto people = repo.people(sessionId);
    const auto groups = repo.groups(sessionId);
    const auto person = std::ranges::find(people, personId, &ReviewPerson::id);
    const auto group = std::ranges::find(groups, groupId, &ReviewGroup::id);
    if (person == people.end()) return fail(Error::notFound(tr("That person does not report at this session.")));
    if (group == groups.end()) return fail(Error::notFound(tr("That voter group is not in this session.")));
    if (std::ranges::any_of(counts.marks, [](int n) { return n < 0; }) || counts.invalid < 0) return fail(Error::invalid(tr("A count is not negative.")));
    if (counts.valid() + counts.invalid > group->ballots)
        return fail(Error::invalid(tr("%1 ballots counted for %2 from %3, which was issued %4.").arg(counts.valid() + counts.invalid).arg(person->name, group->name).arg(group->ballots)));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto t = repo.setTotals(sessionId, personId, groupId, counts); !t) return t;
    QJsonObject after = countsJson(counts);
    after.insert(QStringLiteral("invalid"), counts.invalid);
    after.insert(QStringLiteral("person_id"), personId);
    after.insert(QStringLiteral("group_id"), groupId);
    if (auto a = m_ctx.audit(QStringLiteral("review.totals"), QStringLiteral("review"), sessionId, {}, after); !a) return a;
    return tx.commit();
}

Result<ReviewCount> ReviewService::countIn(const ReviewSession& s)
{
    ReviewRepository repo(m_ctx.db);
    ReviewCount c;
    c.session = s;
    c.groups = repo.groups(s.id);
    const auto people = repo.people(s.id);
    QHash<QPair<qint64, int>, MarkCounts> counts;
    const auto totals = repo.totals(s.id);
    if (!totals.isEmpty()) {
        c.byTotals = true;
        for (int g = 0; g < c.groups.size(); ++g)
            for (const auto& p : people)
                if (auto it = totals.constFind({p.id, c.groups[g].id}); it != totals.cend()) counts.insert({p.id, g}, *it);
    } else {
        QHash<int, QString> first, second;
        for (const auto& b : repo.ballots(s.id)) (b.clerk == 1 ? first : second).insert(b.serial, b.marks);
        if (s.doubleEntry) {
            QSet<int> serials;
            for (auto it = first.cbegin(); it != first.cend(); ++it) serials.insert(it.key());
            for (auto it = second.cbegin(); it != second.cend(); ++it) serials.insert(it.key());
            for (int serial : serials)
                if (first.value(serial) != second.value(serial)) c.disagreements.append(serial);
            std::ranges::sort(c.disagreements);
        }
        c.ballotsEntered = int(first.size());
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            const int g = ReviewTally::groupOfSerial(c.groups, it.key());
            if (g < 0) continue;
            for (int i = 0; i < people.size() && i < it->size(); ++i) {
                MarkCounts& m = counts[{people[i].id, g}];
                if (auto mark = ballot_cell::mark(it->at(i))) ++m.marks[size_t(*mark)];
                else ++m.invalid;
            }
        }
    }
    c.outcomes = ReviewTally::outcomes(people, c.groups, s.rules, counts);
    c.amendments = int(repo.amendments(s.id).size());
    return c;
}

Result<ReviewCount> ReviewService::count(qint64 sessionId)
{
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    if (!allowed(m_ctx.actor, Operation::RunReviews)) {
        // A leader or a unit reads the results as frozen at publication, and nothing before.
        if (!s->published()) return fail(m_ctx.require(Operation::RunReviews).error());
        auto published = publishedResults(sessionId);
        if (!published) return fail(published.error());
        ReviewCount c;
        c.session = *s;
        c.groups = ReviewRepository(m_ctx.db).groups(sessionId);
        const auto people = ReviewRepository(m_ctx.db).people(sessionId);
        for (const auto& p : *published)
            if (auto person = std::ranges::find(people, p.personId, &ReviewPerson::id); person != people.end())
                c.outcomes.append(ReviewCount::outcomeFromJson(*person, p.result));
        return c;
    }
    return countIn(*s);
}

QList<ReviewRepository::Published> ReviewService::frozen(const ReviewCount& c)
{
    QList<ReviewRepository::Published> rows;
    for (const auto& o : c.outcomes)
        rows.append({o.person.id, o.person.unitId, o.score, markName(o.grade), ReviewCount::outcomeJson(o, c.groups)});
    return rows;
}

Status ReviewService::publish(qint64 sessionId)
{
    auto s = editable(sessionId, false);
    if (!s) return fail(s.error());
    auto c = countIn(*s);
    if (!c) return fail(c.error());
    if (!c->disagreements.isEmpty()) {
        QStringList serials;
        for (int n : c->disagreements.mid(0, 20)) serials << QString::number(n);
        return fail(Error::conflict(tr("The two clerks' entries differ on ballots %1: the results cannot be published until they agree.").arg(serials.join(QStringLiteral(", ")))));
    }
    if (c->outcomes.isEmpty() || std::ranges::none_of(c->outcomes, &ReviewOutcome::rated)) return fail(Error::invalid(tr("Nothing is counted yet.")));
    double weights = 0;
    for (const auto& g : c->groups) weights += g.weight;
    if (std::abs(weights - 100) > 1e-6) return fail(Error::invalid(tr("The groups' weights add up to %1 %, not 100 %.").arg(weights)));
    if (auto v = ReviewRules::validate(s->rules); !v) return v;
    ReviewRepository repo(m_ctx.db);
    const QDateTime now = m_ctx.clock.now();
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto r = repo.replaceResults(sessionId, frozen(*c)); !r) return r;
    if (auto p = repo.setPublished(sessionId, now, m_ctx.actor.login); !p) return p;
    QJsonArray results;
    for (const auto& o : c->outcomes)
        results.append(QJsonObject{{QStringLiteral("unit_id"), o.person.unitId}, {QStringLiteral("name"), o.person.name}, {QStringLiteral("score"), o.score},
                                   {QStringLiteral("grade"), markName(o.grade)}});
    if (auto a = m_ctx.audit(QStringLiteral("review.publish"), QStringLiteral("review"), sessionId, {}, {{QStringLiteral("results"), results}}); !a) return a;
    return tx.commit();
}

Status ReviewService::amend(qint64 sessionId, const BallotRow& row, const QString& reason)
{
    if (auto r = m_ctx.require(Operation::RunReviews); !r) return r;
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    if (!s->published()) return fail(Error::conflict(tr("“%1” is not published: correct the ballot by entering it again.").arg(s->title)));
    const QString why = text::clean(reason);
    if (why.isEmpty()) return fail(Error::invalid(tr("An amendment gives its reason.")));
    ReviewRepository repo(m_ctx.db);
    const auto people = repo.people(sessionId);
    auto marks = cellsOf(row, int(people.size()));
    if (!marks) return fail(marks.error());
    auto before = repo.ballot(sessionId, 1, row.serial);
    if (!before) return fail(Error::notFound(tr("Ballot %1 was never entered.").arg(row.serial)));
    QStringList comments = row.comments.isEmpty() ? before->comments : row.comments;
    const ReviewRepository::Ballot next{1, row.serial, *marks, comments, m_ctx.actor.login, m_ctx.clock.now()};
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    for (int clerk : {1, 2}) {
        auto b = next;
        b.clerk = clerk;
        if (repo.ballot(sessionId, clerk, row.serial))
            if (auto r = repo.replaceBallot(sessionId, b); !r) return r;
    }
    if (auto a = repo.insertAmendment(sessionId, {row.serial, before->marks, *marks, why, next.enteredAt, m_ctx.actor.login}); !a) return a;
    auto c = countIn(*s);
    if (!c) return fail(c.error());
    if (auto r = repo.replaceResults(sessionId, frozen(*c)); !r) return r;
    if (auto a = m_ctx.audit(QStringLiteral("review.amend"), QStringLiteral("review"), sessionId,
                             {{QStringLiteral("serial"), row.serial}, {QStringLiteral("marks"), before->marks}},
                             {{QStringLiteral("serial"), row.serial}, {QStringLiteral("marks"), *marks}, {QStringLiteral("reason"), why}});
        !a)
        return a;
    return tx.commit();
}

Result<QList<ReviewRepository::Published>> ReviewService::publishedResults(qint64 sessionId)
{
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    const bool all = allowed(m_ctx.actor, Operation::RunReviews) || allowed(m_ctx.actor, Operation::ReadAllUnits);
    if (!all && m_ctx.actor.role != Role::Unit) return fail(m_ctx.require(Operation::ReadAllUnits).error());
    if (!s->published()) return QList<ReviewRepository::Published>{};
    return ReviewRepository(m_ctx.db).results(sessionId, all ? 0 : m_ctx.actor.unitId);
}

} // namespace cd
