// 述职测评's counting: ballots by two clerks or totals by hand, the tally, publication and
// amendments, and the comments made problem lines (docs/review.md).
#include "services/ReviewService.h"
#include "services/ReviewJson.h"

#include "domain/Text.h"
#include "services/SupervisionService.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace cd {
using namespace review_json;

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
        rows.append({o.person.id, o.person.unitId, o.score, o.rated() ? markName(o.grade) : QString(), ReviewCount::outcomeJson(o, c.groups)});
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
                                   {QStringLiteral("grade"), o.rated() ? markName(o.grade) : QString()}});
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
    auto out = ReviewRepository(m_ctx.db).results(sessionId, all ? 0 : m_ctx.actor.unitId);
    out.removeIf([this](const ReviewRepository::Published& r) { return !m_ctx.actor.inScope(r.unitId); });
    return out;
}

} // namespace cd
