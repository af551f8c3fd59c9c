#include "packages/JsonFields.h"
#include "packages/PackagePayload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace cd::package {
namespace {

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject eventJson(const ProblemEvent& e)
{
    return {{QStringLiteral("at"), stamp(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("from"), e.from ? QJsonValue(toId(*e.from)) : QJsonValue()},
            {QStringLiteral("to"), toId(e.to)},
            {QStringLiteral("note"), e.note}};
}

} // namespace

QJsonObject toJson(const ReportEntry& r)
{
    QJsonArray items;
    for (const auto& i : r.items)
        items.append(QJsonObject{{QStringLiteral("task"), i.task},
                                 {QStringLiteral("progress"), i.progress},
                                 {QStringLiteral("status"), toId(i.status)},
                                 {QStringLiteral("done"), i.done},
                                 {QStringLiteral("problems"), i.problems},
                                 {QStringLiteral("next"), i.next}});
    QJsonArray files;
    for (const auto& f : r.files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("sha256"), f.sha256},
                                 {QStringLiteral("size"), f.size}});
    QJsonObject o{{QStringLiteral("period"), r.period},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("status"), toId(r.status)},
                  {QStringLiteral("summary"), r.summary},
                  {QStringLiteral("saved_at"), stamp(r.savedAt)},
                  {QStringLiteral("submitted_at"), stamp(r.submittedAt)},
                  {QStringLiteral("submitted_by"), r.submittedBy},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("files"), files}};
    if (r.reviewedAt.isValid()) {
        o.insert(QStringLiteral("reviewed_at"), stamp(r.reviewedAt));
        o.insert(QStringLiteral("reviewed_by"), r.reviewedBy);
        o.insert(QStringLiteral("review_comment"), r.reviewComment);
    }
    return o;
}

QJsonObject toJson(const PlanEntry& p)
{
    QJsonArray items;
    for (const auto& [task, text] : p.items)
        items.append(QJsonObject{{QStringLiteral("task"), task}, {QStringLiteral("text"), text}});
    return {{QStringLiteral("month"), p.month},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("submitted_at"), stamp(p.submittedAt)},
            {QStringLiteral("submitted_by"), p.submittedBy},
            {QStringLiteral("items"), items}};
}

Result<ReportEntry> reportFromJson(const QJsonObject& o, const QString& where)
{
    JsonFields f(o, where);
    ReportEntry r;
    r.period = f.text("period", true);
    r.version = int(f.integer("version", true));
    r.status = f.choice("status", &reportStatusFromId, ReportStatus::Submitted);
    r.summary = f.text("summary");
    r.savedAt = f.time("saved_at");
    r.submittedAt = f.time("submitted_at", true);
    r.submittedBy = f.text("submitted_by");
    r.reviewedAt = f.time("reviewed_at");
    r.reviewedBy = f.text("reviewed_by");
    r.reviewComment = f.text("review_comment");
    if (f.ok() && (r.version < 1 || r.version > 1000))
        f.bad("version", QT_TRANSLATE_NOOP("cd::Package", "an impossible version"));
    if (f.ok() && r.status == ReportStatus::Draft)
        f.bad("status", QT_TRANSLATE_NOOP("cd::Package", "a draft, which is never sent"));
    if (!f.ok()) return fail(f.error());
    auto items = objects(o, "items", where);
    if (!items) return fail(items.error());
    QSet<QString> tasks;
    for (const auto& io : *items) {
        JsonFields i(io,
                     where + QStringLiteral(" / ") + io.value(QStringLiteral("task")).toString());
        ItemEntry e;
        e.task = i.text("task", true);
        e.progress = i.number("progress");
        e.status = i.choice("status", &itemStatusFromId, ItemStatus::NotStarted);
        e.done = i.text("done");
        e.problems = i.text("problems");
        e.next = i.text("next");
        if (i.ok() && (e.progress < 0 || !std::isfinite(e.progress)))
            i.bad("progress", QT_TRANSLATE_NOOP("cd::Package", "a negative or impossible number"));
        if (i.ok() && tasks.contains(e.task))
            i.bad("task", QT_TRANSLATE_NOOP("cd::Package", "a task named twice"));
        if (!i.ok()) return fail(i.error());
        tasks.insert(e.task);
        r.items.append(e);
    }
    auto files = objects(o, "files", where);
    if (!files) return fail(files.error());
    for (const auto& fo : *files) {
        JsonFields i(fo, where);
        FileEntry e{i.text("name", true), i.text("sha256", true), i.integer("size", true)};
        if (i.ok() && (e.name.contains(QLatin1Char('/')) || e.name.contains(QLatin1Char('\\')) ||
                       e.name.trimmed().isEmpty()))
            i.bad("name", QT_TRANSLATE_NOOP("cd::Package", "a name with a path in it"));
        if (!i.ok()) return fail(i.error());
        r.files.append(e);
    }
    return r;
}

Result<PlanEntry> planFromJson(const QJsonObject& o, const QString& where)
{
    JsonFields f(o, where);
    PlanEntry p;
    p.month = f.text("month", true);
    p.version = int(f.integer("version", true));
    p.submittedAt = f.time("submitted_at", true);
    p.submittedBy = f.text("submitted_by");
    if (!f.ok()) return fail(f.error());
    auto items = objects(o, "items", where);
    if (!items) return fail(items.error());
    for (const auto& io : *items) {
        JsonFields i(io, where);
        const QString task = i.text("task", true);
        const QString text = i.text("text");
        if (!i.ok()) return fail(i.error());
        p.items.append({task, text});
    }
    return p;
}

Status checkFiles(const QList<ReportEntry>& reports, const Archive& archive)
{
    for (const auto& r : reports)
        for (const auto& f : r.files) {
            const QString path = filePath(f.sha256);
            if (!archive.parts.contains(path) || archive.parts.value(path).size() != f.size)
                return fail(
                    Error::refused(reason::malformed,
                                   QCoreApplication::translate(
                                       "cd::Package", "The report for %1 names the evidence file "
                                                      "“%2”, which the package does not hold.")
                                       .arg(r.period, f.name)));
        }
    return {};
}

QList<Part> reportParts(const ReportPayload& payload)
{
    QJsonArray reports, plans, answers;
    for (const auto& r : payload.reports)
        reports.append(toJson(r));
    for (const auto& p : payload.plans)
        plans.append(toJson(p));
    for (const auto& a : payload.answers) {
        QJsonArray events;
        for (const auto& e : a.events)
            events.append(eventJson(e));
        answers.append(QJsonObject{{QStringLiteral("problem"), a.problem},
                                   {QStringLiteral("events"), events}});
    }
    return {{QStringLiteral("reports.json"), bytes({{QStringLiteral("reports"), reports}})},
            {QStringLiteral("plans.json"), bytes({{QStringLiteral("plans"), plans}})},
            {QStringLiteral("answers.json"), bytes({{QStringLiteral("answers"), answers}})}};
}

namespace {

Result<ProblemEvent> eventFromJson(const QJsonObject& o, qint64 problemId, const QString& where)
{
    JsonFields f(o, where);
    ProblemEvent e;
    e.problemId = problemId;
    e.at = f.time("at", true);
    e.actor = f.text("actor");
    if (!o.value(QStringLiteral("from")).isNull() && !o.value(QStringLiteral("from")).isUndefined())
        e.from = f.choice("from", &problemStatusFromId, ProblemStatus::Open);
    e.to = f.choice("to", &problemStatusFromId, ProblemStatus::Open);
    e.note = f.text("note");
    if (!f.ok()) return fail(f.error());
    return e;
}

} // namespace

Result<ReportPayload> parseReportPayload(const Archive& archive)
{
    if (archive.header.format != QLatin1String(kReportFormat))
        return fail(Error::refused(
            reason::notPackage,
            QCoreApplication::translate(
                "cd::Package",
                "This is a task package from the office, not a unit's report package.")));
    ReportPayload out;
    auto reports = document(archive.parts, QStringLiteral("reports.json"), true);
    if (!reports) return fail(reports.error());
    auto list = objects(*reports, "reports", QStringLiteral("reports.json"));
    if (!list) return fail(list.error());
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto r = reportFromJson(list->at(i), QStringLiteral("reports.json #%1").arg(i + 1));
        if (!r) return fail(r.error());
        out.reports.append(*r);
    }
    if (auto s = checkFiles(out.reports, archive); !s) return fail(s.error());

    auto plans = document(archive.parts, QStringLiteral("plans.json"), false);
    if (!plans) return fail(plans.error());
    auto planList = objects(*plans, "plans", QStringLiteral("plans.json"));
    if (!planList) return fail(planList.error());
    for (qsizetype i = 0; i < planList->size(); ++i) {
        auto p = planFromJson(planList->at(i), QStringLiteral("plans.json #%1").arg(i + 1));
        if (!p) return fail(p.error());
        out.plans.append(*p);
    }

    auto answers = document(archive.parts, QStringLiteral("answers.json"), false);
    if (!answers) return fail(answers.error());
    auto answerList = objects(*answers, "answers", QStringLiteral("answers.json"));
    if (!answerList) return fail(answerList.error());
    for (qsizetype i = 0; i < answerList->size(); ++i) {
        const QString where = QStringLiteral("answers.json #%1").arg(i + 1);
        JsonFields f(answerList->at(i), where);
        AnswerEntry a;
        a.problem = f.integer("problem", true);
        if (!f.ok()) return fail(f.error());
        auto events = objects(answerList->at(i), "events", where);
        if (!events) return fail(events.error());
        for (const auto& eo : *events) {
            auto e = eventFromJson(eo, a.problem, where);
            if (!e) return fail(e.error());
            a.events.append(*e);
        }
        out.answers.append(a);
    }
    return out;
}

} // namespace cd::package
