// `review`: 述职测评 from the command line (docs/cli.md).
#include "cli/Commands.h"
#include "cli/ReviewCommands.h"
#include "cli/Output.h"
#include "exchange/SheetReader.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "reports/ReviewDocuments.h"
#include "services/CampaignService.h"
#include "domain/Text.h"
#include "services/ReviewService.h"
#include "services/UnitService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("cd::cli", s); }

std::optional<ReviewSession> sessionOption(CliSession& s)
{
    bool ok = false;
    const qint64 id = s.args.value(QStringLiteral("session")).toLongLong(&ok);
    if (!ok) {
        s.exitCode = s.usage(tr("--session wants the session's number (review list shows them)."));
        return std::nullopt;
    }
    auto session = ReviewService(s.context()).session(id);
    if (!session) {
        s.exitCode = s.refuse(session.error().message);
        return std::nullopt;
    }
    return *session;
}

// A ballots sheet: a row per ballot, the serial, then a grade per person in `review people`
// order, then optionally a comment per person. A first row that is not a ballot is a header.
Result<QList<BallotRow>> ballotRows(const QString& file, int people)
{
    auto sheet = readSheet(file);
    if (!sheet) return fail(sheet.error());
    QList<BallotRow> rows;
    for (qsizetype i = 0; i < sheet->rows.size(); ++i) {
        const QStringList& r = sheet->rows[i];
        if (std::ranges::all_of(r, [](const QString& c) { return c.trimmed().isEmpty(); })) continue;
        bool ok = false;
        const int serial = r.value(0).trimmed().toInt(&ok);
        if (!ok) {
            if (rows.isEmpty() && i == 0) continue; // the header
            return fail(Error::invalid(tr("Row %1: “%2” is no ballot serial.").arg(i + 1).arg(r.value(0))));
        }
        if (r.size() > 1 + 2 * people)
            return fail(Error::invalid(tr("Row %1 has %2 columns: a serial, %3 grades and at most %3 comments are expected.").arg(i + 1).arg(r.size()).arg(people)));
        rows.append({int(i + 1), serial, r.mid(1, std::min<qsizetype>(people, r.size() - 1)), r.mid(1 + people)});
    }
    return rows;
}

std::optional<int> intOption(CliSession& s, const char* name, int fallback, int low, int high)
{
    if (!s.args.has(QString::fromLatin1(name))) return fallback;
    bool ok = false;
    const int v = s.args.value(QString::fromLatin1(name)).toInt(&ok);
    if (!ok || v < low || v > high) {
        s.exitCode = s.usage(tr("--%1 wants a whole number from %2 to %3.").arg(QString::fromLatin1(name)).arg(low).arg(high));
        return std::nullopt;
    }
    return v;
}

int printPeople(CliSession& s, const ReviewSession& session)
{
    Listing l{{QStringLiteral("order"), QStringLiteral("id"), QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("level")},
              {tr("Order"), tr("Id"), tr("Unit"), tr("Name"), tr("Level")},
              {}};
    int n = 0;
    for (const auto& p : ReviewService(s.context()).people(session.id))
        l.rows.append({{QStringLiteral("order"), ++n}, {QStringLiteral("id"), p.id}, {QStringLiteral("unit"), p.unit}, {QStringLiteral("name"), p.name}, {QStringLiteral("level"), toId(p.level)}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(tr("Unknown format."));
    return Done;
}

int printTally(CliSession& s, const ReviewSession& session)
{
    auto count = ReviewService(s.context()).count(session.id);
    if (!count) return s.refuse(count.error().message);
    const QString format = s.args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        s.out << QString::fromUtf8(QJsonDocument(count->toJson()).toJson(QJsonDocument::Indented));
        return Done;
    }
    Listing l{{QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("good"), QStringLiteral("fair"), QStringLiteral("average"),
               QStringLiteral("poor"), QStringLiteral("valid"), QStringLiteral("invalid"), QStringLiteral("good_rate"), QStringLiteral("score"),
               QStringLiteral("grade"), QStringLiteral("rank")},
              {tr("Unit"), tr("Name"), tr("Level"), markName(ReviewMark::Good), markName(ReviewMark::Fair), markName(ReviewMark::Average),
               markName(ReviewMark::Poor), tr("Valid"), tr("Invalid"), tr("Good rate"), tr("Score"), tr("Grade"), tr("Rank")},
              {}};
    for (const auto& o : count->outcomes)
        l.rows.append({{QStringLiteral("unit"), o.person.unit},
                       {QStringLiteral("name"), o.person.name},
                       {QStringLiteral("level"), toId(o.person.level)},
                       {QStringLiteral("good"), o.total.marks[0]},
                       {QStringLiteral("fair"), o.total.marks[1]},
                       {QStringLiteral("average"), o.total.marks[2]},
                       {QStringLiteral("poor"), o.total.marks[3]},
                       {QStringLiteral("valid"), o.total.valid()},
                       {QStringLiteral("invalid"), o.total.invalid},
                       {QStringLiteral("good_rate"), QString::number(o.goodRate * 100, 'f', 1) + QLatin1Char('%')},
                       {QStringLiteral("score"), QString::number(o.score, 'f', 2)},
                       {QStringLiteral("grade"), o.rated() ? markName(o.grade) : QString()},
                       {QStringLiteral("rank"), o.rated() ? QJsonValue(o.rank) : QJsonValue(QString())}});
    if (!print(l, format, s.out)) return s.usage(tr("Unknown format."));
    if (!count->disagreements.isEmpty()) {
        QStringList serials;
        for (int n : count->disagreements) serials << QString::number(n);
        s.err << tr("The two clerks' entries differ on ballots %1.").arg(serials.join(QStringLiteral(", "))) << Qt::endl;
    }
    return Done;
}

int addSession(CliSession& s)
{
    const auto date = s.date("date");
    if (!date) return s.exitCode;
    int year = date->year();
    if (s.args.has(QStringLiteral("year"))) {
        auto y = intOption(s, "year", 0, 2000, 2100);
        if (!y) return s.exitCode;
        year = *y;
    }
    auto id = ReviewService(s.context()).addSession(year, s.args.value(QStringLiteral("title")), *date, s.args.value(QStringLiteral("place")));
    if (!id) return s.refuse(id.error().message);
    if (s.args.value(QStringLiteral("format")) == QLatin1String("json")) s.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact)) << Qt::endl;
    else s.out << *id << Qt::endl;
    return Done;
}

int listSessions(CliSession& s)
{
    auto year = intOption(s, "year", 0, 2000, 2100);
    if (!year) return s.exitCode;
    if (*year == 0) {
        auto c = CampaignService(s.context()).current();
        if (!c) return s.refuse(tr("There is no campaign yet."));
        *year = c->year;
    }
    Listing l{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("title"), QStringLiteral("place"), QStringLiteral("published")},
              {tr("Id"), tr("Date"), tr("Title"), tr("Place"), tr("Published")},
              {}};
    for (const auto& r : ReviewService(s.context()).sessions(*year))
        l.rows.append({{QStringLiteral("id"), r.id},
                       {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("place"), r.place},
                       {QStringLiteral("published"), r.published()}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(tr("Unknown format."));
    return Done;
}

int person(CliSession& s, const ReviewSession& session)
{
    ReviewService service(s.context());
    const QString what = s.args.word(2);
    if (what == QLatin1String("add")) {
        auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
        if (!unit) return s.refuse(tr("Unknown unit: %1").arg(s.args.value(QStringLiteral("unit"))));
        auto level = levelFromText(s.args.value(QStringLiteral("level")));
        if (!level) return s.usage(tr("--level is first, direct or specific."));
        auto id = service.addPerson(session.id, {0, unit->id, unit->name, s.args.value(QStringLiteral("name")), *level});
        if (!id) return s.refuse(id.error().message);
        s.out << *id << Qt::endl;
        return Done;
    }
    if (what == QLatin1String("fill")) {
        auto added = service.addFromResponsibilities(session.id);
        if (!added) return s.refuse(added.error().message);
        s.out << tr("%1 people added from the responsibility lists.").arg(*added) << Qt::endl;
        return Done;
    }
    bool ok = false;
    const qint64 id = s.args.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok) return s.usage(tr("usage: review person add|fill|remove|move --session S …"));
    if (what == QLatin1String("remove")) {
        if (auto r = service.removePerson(session.id, id); !r) return s.refuse(r.error().message);
        return Done;
    }
    if (what == QLatin1String("move")) {
        auto to = intOption(s, "to", 0, 1, 100000);
        if (!to) return s.exitCode;
        if (auto r = service.movePerson(session.id, id, *to - 1); !r) return s.refuse(r.error().message);
        return Done;
    }
    return s.usage(tr("usage: review person add|fill|remove|move --session S …"));
}

int group(CliSession& s, const ReviewSession& session)
{
    ReviewService service(s.context());
    const QString what = s.args.word(2);
    bool ok = false;
    const double weight = s.args.value(QStringLiteral("weight")).toDouble(&ok);
    if (what == QLatin1String("add")) {
        auto ballots = intOption(s, "ballots", 0, 0, 100000);
        if (!ballots) return s.exitCode;
        if (!ok) return s.usage(tr("--weight wants a percentage such as 30."));
        auto id = service.addGroup(session.id, {0, s.args.value(QStringLiteral("name")), weight, *ballots});
        if (!id) return s.refuse(id.error().message);
        s.out << *id << Qt::endl;
        return Done;
    }
    if (what == QLatin1String("set")) {
        const auto groups = service.groups(session.id);
        auto g = std::ranges::find(groups, s.args.value(QStringLiteral("name")), &ReviewGroup::name);
        if (g == groups.end()) return s.refuse(tr("The session has no group named %1.").arg(s.args.value(QStringLiteral("name"))));
        ReviewGroup next = *g;
        if (s.args.has(QStringLiteral("weight"))) {
            if (!ok) return s.usage(tr("--weight wants a percentage such as 30."));
            next.weight = weight;
        }
        auto ballots = intOption(s, "ballots", g->ballots, 0, 100000);
        if (!ballots) return s.exitCode;
        next.ballots = *ballots;
        if (auto r = service.updateGroup(session.id, next); !r) return s.refuse(r.error().message);
        return Done;
    }
    return s.usage(tr("usage: review group add|set --session S --name N [--weight W] [--ballots K]"));
}

int printBallots(CliSession& s, const ReviewSession& session)
{
    if (auto r = s.context().require(Operation::RunReviews); !r) return s.refuse(r.error().message);
    const QString out = s.args.value(QStringLiteral("out"));
    if (!out.toLower().endsWith(QLatin1String(".pdf"))) return s.usage(tr("usage: review ballots --session S --out FILE.pdf"));
    ReviewService service(s.context());
    const auto people = service.people(session.id);
    if (people.isEmpty()) return s.refuse(tr("Nobody reports at “%1” yet.").arg(session.title));
    auto docs = ReviewDocuments::ballots(session, service.groups(session.id), people);
    if (docs.empty()) return s.refuse(tr("No ballots are issued yet: give each group its number of ballots."));
    QList<OfficialDocument*> pointers;
    for (auto& d : docs) pointers << d.get();
    if (auto r = PdfRenderer::writePdf(pointers, out, session.title + QStringLiteral("测评表")); !r) return s.refuse(r.error().message);
    s.out << tr("Written %1 ballots to %2.").arg(docs.size()).arg(out) << Qt::endl;
    return Done;
}

int enter(CliSession& s, const ReviewSession& session, bool amend)
{
    ReviewService service(s.context());
    const int people = int(service.people(session.id).size());
    auto rows = ballotRows(s.args.value(QStringLiteral("file")), people);
    if (!rows) return s.refuse(rows.error().message);
    if (amend) {
        auto serial = intOption(s, "serial", 0, 1, 1000000);
        if (!serial) return s.exitCode;
        if (rows->size() != 1) return s.refuse(tr("An amendment's file holds the one ballot it corrects."));
        BallotRow row = rows->first();
        if (row.serial != *serial) return s.refuse(tr("The file holds ballot %1, not %2.").arg(row.serial).arg(*serial));
        if (auto r = service.amend(session.id, row, s.args.value(QStringLiteral("reason"))); !r) return s.refuse(r.error().message);
        s.out << tr("Ballot %1 amended; the results are published again.").arg(*serial) << Qt::endl;
        return Done;
    }
    auto clerk = intOption(s, "clerk", 1, 1, 2);
    if (!clerk) return s.exitCode;
    auto entered = service.enter(session.id, *clerk, *rows, s.args.has(QStringLiteral("replace")));
    if (!entered) return s.refuse(entered.error().message);
    s.out << tr("%1 ballots entered by clerk %2.").arg(*entered).arg(*clerk) << Qt::endl;
    return Done;
}

} // namespace

int runReview(CliSession& s)
{
    static const QStringList subs{QStringLiteral("add"),    QStringLiteral("list"),  QStringLiteral("person"), QStringLiteral("people"),
                                  QStringLiteral("group"),  QStringLiteral("groups"), QStringLiteral("ballots"), QStringLiteral("enter"),
                                  QStringLiteral("tally"),  QStringLiteral("publish"), QStringLiteral("amend"), QStringLiteral("comments"),
                                  QStringLiteral("problems"), QStringLiteral("results"), QStringLiteral("feedback"), QStringLiteral("report"),
                                  QStringLiteral("reports"), QStringLiteral("totals")};
    const QString sub = s.args.word(1);
    if (!subs.contains(sub)) return s.usage(tr("usage: review add|list|person|people|group|groups|ballots|enter|tally|publish|amend|comments|problems|results|feedback|report|reports|totals"));
    const bool writes = sub == QLatin1String("add") || sub == QLatin1String("person") || sub == QLatin1String("group") || sub == QLatin1String("enter") ||
                        sub == QLatin1String("publish") || sub == QLatin1String("amend") || sub == QLatin1String("problems") ||
                        sub == QLatin1String("report") || sub == QLatin1String("totals");
    if (!s.open(false)) return s.exitCode;
    if (writes && !s.allowWrite()) return s.exitCode;
    if (sub == QLatin1String("add")) return addSession(s);
    if (sub == QLatin1String("list")) return listSessions(s);
    if (sub == QLatin1String("report")) return reviewReport(s);
    auto session = sessionOption(s);
    if (!session) return s.exitCode;
    if (sub == QLatin1String("person")) return person(s, *session);
    if (sub == QLatin1String("people")) return printPeople(s, *session);
    if (sub == QLatin1String("group")) return group(s, *session);
    if (sub == QLatin1String("groups")) {
        Listing l{{QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("ballots"), QStringLiteral("serials")},
                  {tr("Group"), tr("Weight"), tr("Ballots"), tr("Serials")},
                  {}};
        const auto groups = ReviewService(s.context()).groups(session->id);
        const auto ranges = ReviewTally::serialRanges(groups);
        for (qsizetype i = 0; i < groups.size(); ++i)
            l.rows.append({{QStringLiteral("name"), groups[i].name},
                           {QStringLiteral("weight"), groups[i].weight},
                           {QStringLiteral("ballots"), groups[i].ballots},
                           {QStringLiteral("serials"), groups[i].ballots ? QStringLiteral("%1–%2").arg(ranges[i].first).arg(ranges[i].second) : QString()}});
        if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(tr("Unknown format."));
        return Done;
    }
    if (sub == QLatin1String("ballots")) return printBallots(s, *session);
    if (sub == QLatin1String("enter")) return enter(s, *session, false);
    if (sub == QLatin1String("amend")) return enter(s, *session, true);
    if (sub == QLatin1String("tally")) return printTally(s, *session);
    if (sub == QLatin1String("comments")) return reviewComments(s, *session);
    if (sub == QLatin1String("reports")) return reviewReportList(s, *session);
    if (sub == QLatin1String("totals")) return reviewTotals(s, *session);
    if (sub == QLatin1String("problems")) return reviewProblems(s, *session);
    if (sub == QLatin1String("results")) return reviewPapers(s, *session, false);
    if (sub == QLatin1String("feedback")) return reviewPapers(s, *session, true);
    if (auto r = ReviewService(s.context()).publish(session->id); !r) return s.refuse(r.error().message);
    s.out << tr("The results of “%1” are published.").arg(session->title) << Qt::endl;
    return Done;
}

} // namespace cd::cli
