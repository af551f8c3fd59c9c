// `review` with the ballots' comments, the printed papers, counts by hand and the written
// reports (docs/cli.md, docs/review.md).
#include "cli/ReviewCommands.h"

#include "cli/Commands.h"
#include "cli/Output.h"
#include "domain/Text.h"
#include "exchange/SheetReader.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "reports/ReviewDocuments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cd::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("cd::cli", s); }

const QString kIssuer = text::campaignOffice();

std::optional<qint64> personOption(CliSession& s)
{
    bool ok = false;
    const qint64 id = s.args.value(QStringLiteral("person")).toLongLong(&ok);
    if (!ok) {
        s.exitCode = s.usage(tr("--person wants the person's id (review people shows them)."));
        return std::nullopt;
    }
    return id;
}

} // namespace

int reviewComments(CliSession& s, const ReviewSession& session)
{
    ReviewService service(s.context());
    if (auto r = s.context().require(Operation::RunReviews); !r) return s.refuse(r.error().message);
    Listing l{{QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("comment")},
              {tr("Id"), tr("Name"), tr("No."), tr("Comment")},
              {}};
    for (const auto& p : service.people(session.id)) {
        if (s.args.has(QStringLiteral("person")) && s.args.value(QStringLiteral("person")).toLongLong() != p.id) continue;
        int n = 0;
        for (const auto& c : service.comments(session.id, p.id))
            l.rows.append({{QStringLiteral("person_id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("number"), ++n}, {QStringLiteral("comment"), c}});
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(tr("Unknown format."));
    return Done;
}

int reviewProblems(CliSession& s, const ReviewSession& session)
{
    auto person = personOption(s);
    if (!person) return s.exitCode;
    const auto deadline = s.date("deadline");
    if (!deadline) return s.exitCode;
    ReviewService service(s.context());
    const QStringList all = service.comments(session.id, *person);
    QStringList chosen;
    for (const QString& n : s.args.value(QStringLiteral("comment")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int k = n.trimmed().toInt(&ok);
        if (!ok || k < 1 || k > all.size()) return s.refuse(tr("There is no comment %1 about this person (review comments lists %2).").arg(n).arg(all.size()));
        chosen << all[k - 1];
    }
    auto ids = service.commentsToProblems(session.id, *person, chosen, *deadline);
    if (!ids) return s.refuse(ids.error().message);
    for (qint64 id : *ids) s.out << id << Qt::endl;
    return Done;
}

int reviewPapers(CliSession& s, const ReviewSession& session, bool feedback)
{
    const QString out = s.args.value(QStringLiteral("out"));
    if (!DocumentFiles::handles(out.toLower()))
        return s.usage(feedback ? tr("usage: review feedback --session S [--person ID] --out FILE.pdf|.docx|.odt|.html")
                                : tr("usage: review results --session S --out FILE.pdf|.docx|.odt|.html"));
    ReviewService service(s.context());
    auto count = service.count(session.id);
    if (!count) return s.refuse(count.error().message);
    const QDate today = s.context().clock.today();
    if (!feedback) {
        OfficialDocument doc(PageStyle::officialLandscape());
        doc.setSeals(s.seals());
        ReviewDocuments::results(doc, *count, kIssuer, today);
        if (auto r = DocumentFiles::write(doc, out, session.title + QStringLiteral("测评结果汇总表")); !r) return s.refuse(r.error().message);
        s.out << tr("Written %1.").arg(out) << Qt::endl;
        return Done;
    }
    std::vector<std::unique_ptr<OfficialDocument>> docs;
    for (const auto& o : count->outcomes) {
        if (s.args.has(QStringLiteral("person")) && s.args.value(QStringLiteral("person")).toLongLong() != o.person.id) continue;
        if (!o.rated()) continue;
        docs.push_back(std::make_unique<OfficialDocument>());
        docs.back()->setSeals(s.seals());
        ReviewDocuments::feedback(*docs.back(), *count, o, service.comments(session.id, o.person.id), kIssuer, today);
    }
    if (docs.empty()) return s.refuse(tr("Nobody of this session has a result to feed back."));
    Status written;
    if (docs.size() == 1) {
        written = DocumentFiles::write(*docs.front(), out, session.title);
    } else {
        if (!out.toLower().endsWith(QLatin1String(".pdf"))) return s.refuse(tr("Several people's feedback goes into one PDF; name one person with --person for another format."));
        QList<OfficialDocument*> pointers;
        for (auto& d : docs) pointers << d.get();
        written = PdfRenderer::writePdf(pointers, out, session.title);
    }
    if (!written) return s.refuse(written.error().message);
    s.out << tr("Written %1 feedback notices to %2.").arg(docs.size()).arg(out) << Qt::endl;
    return Done;
}

// review totals --file: a row per person and group counted by hand: the person's place in
// `review people`, the group's name, then 好, 较好, 一般, 差 and invalid. A first row that is not
// counts is a header. All rows are checked before any is stored.
int reviewTotals(CliSession& s, const ReviewSession& session)
{
    ReviewService service(s.context());
    const auto people = service.people(session.id);
    const auto groups = service.groups(session.id);
    auto sheet = readSheet(s.args.value(QStringLiteral("file")));
    if (!sheet) return s.refuse(sheet.error().message);
    struct Row
    {
        qint64 person = 0, group = 0;
        MarkCounts counts;
    };
    QList<Row> rows;
    for (qsizetype i = 0; i < sheet->rows.size(); ++i) {
        const QStringList& r = sheet->rows[i];
        if (std::ranges::all_of(r, [](const QString& c) { return c.trimmed().isEmpty(); })) continue;
        bool ok = false;
        const int order = r.value(0).trimmed().toInt(&ok);
        if (!ok && i == 0) continue; // the header
        if (!ok || order < 1 || order > people.size()) return s.refuse(tr("Row %1: “%2” is no person's place (1 to %3).").arg(i + 1).arg(r.value(0)).arg(people.size()));
        const auto g = std::ranges::find(groups, r.value(1).trimmed(), &ReviewGroup::name);
        if (g == groups.end()) return s.refuse(tr("Row %1: the session has no group named %2.").arg(i + 1).arg(r.value(1)));
        Row row{people[order - 1].id, g->id, {}};
        for (int c = 0; c < 5; ++c) {
            const int n = r.value(2 + c).trimmed().isEmpty() ? 0 : r.value(2 + c).trimmed().toInt(&ok);
            if (!ok || n < 0) return s.refuse(tr("Row %1: “%2” is no count.").arg(i + 1).arg(r.value(2 + c)));
            if (c < 4) row.counts.marks[size_t(c)] = n;
            else row.counts.invalid = n;
        }
        rows.append(row);
    }
    for (const auto& row : rows)
        if (auto r = service.enterTotals(session.id, row.person, row.group, row.counts); !r) return s.refuse(r.error().message);
    s.out << tr("%1 counts entered.").arg(rows.size()) << Qt::endl;
    return Done;
}

// review report save|submit --person P --file TEXT · review report accept|return --person P [--comment T]
int reviewReport(CliSession& s)
{
    const QString what = s.args.word(2);
    auto person = personOption(s);
    if (!person) return s.exitCode;
    ReviewService service(s.context());
    if (what == QLatin1String("save") || what == QLatin1String("submit")) {
        QFile file(s.args.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) return s.refuse(tr("Cannot read %1.").arg(file.fileName()));
        // --evidence-from FOLDER: every file in it joins the version's evidence.
        QList<NewFile> add;
        if (s.args.has(QStringLiteral("evidence-from"))) {
            const QDir folder(s.args.value(QStringLiteral("evidence-from")));
            if (!folder.exists()) return s.refuse(tr("There is no folder %1.").arg(folder.path()));
            for (const QFileInfo& info : folder.entryInfoList(QDir::Files, QDir::Name)) {
                QFile f(info.filePath());
                if (!f.open(QIODevice::ReadOnly)) return s.refuse(tr("Cannot read %1.").arg(info.filePath()));
                add.append({info.fileName(), f.readAll()});
            }
        }
        auto id = service.saveReport(*person, QString::fromUtf8(file.readAll()), what == QLatin1String("submit"), add);
        if (!id) return s.refuse(id.error().message);
        s.out << *id << Qt::endl;
        return Done;
    }
    if (what == QLatin1String("accept") || what == QLatin1String("return")) {
        if (auto r = service.reviewReport(*person, what == QLatin1String("accept"), s.args.value(QStringLiteral("comment"))); !r) return s.refuse(r.error().message);
        return Done;
    }
    return s.usage(tr("usage: review report save|submit --person P --file TEXT.txt [--evidence-from FOLDER] · review report accept|return --person P [--comment TEXT]"));
}

int reviewReportList(CliSession& s, const ReviewSession& session)
{
    ReviewService service(s.context());
    Listing l{{QStringLiteral("person_id"), QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("status"),
               QStringLiteral("saved_by"), QStringLiteral("review_comment")},
              {tr("Id"), tr("Unit"), tr("Name"), tr("Version"), tr("Status"), tr("Saved by"), tr("Review comment")},
              {}};
    const auto people = service.people(session.id);
    for (const auto& r : service.reports(session.id)) {
        const auto p = std::ranges::find(people, r.personId, &ReviewPerson::id);
        l.rows.append({{QStringLiteral("person_id"), r.personId},
                       {QStringLiteral("unit"), p != people.end() ? p->unit : QString()},
                       {QStringLiteral("name"), p != people.end() ? p->name : QString()},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("saved_by"), r.savedBy},
                       {QStringLiteral("review_comment"), r.reviewComment}});
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(tr("Unknown format."));
    return Done;
}

} // namespace cd::cli
