#include "domain/Reporting.h"
#include "packages/PackageConvert.h"
#include "packages/PackageService.h"
#include "services/SettingsService.h"
#include "storage/AuditRepository.h"
#include "storage/BulkInsert.h"
#include "storage/Locks.h"
#include "storage/PackageRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>

namespace cd {
namespace {

Error refusal(const QString& why, const QString& message)
{
    return Error::refused(why, message);
}

// The unit may record only its own steps on a line: taking it up and reporting the fix.
bool unitStep(const ProblemEvent& e)
{
    return (e.to == ProblemStatus::Rectifying && e.from == ProblemStatus::Open) ||
           e.to == ProblemStatus::PendingVerification;
}

// What the office's file holds, read once for a whole batch.
struct OfficeView
{
    QString office;
    std::optional<CampaignIndex> index;
    QHash<qint64, Unit> units;
    QHash<qint64, qint64> sequences;
    // What each package is checked against, read once for all units (on a server a read
    // per package is a round trip).
    QHash<qint64, QByteArray> keys;
    PackageRepository::Known known;
    qint64 fileLimit = 0;
};

class Checker
{
public:
    Checker(Database& db, OfficeView& view) : m_db(db), m_view(view) {}

    void check(PackageCheck& c)
    {
        package::Limits limits;
        limits.maxFileBytes = m_view.fileLimit;
        auto archive = package::readFile(c.path, limits);
        if (!archive) return refuse(c, archive.error());
        c.header = archive->header;
        c.sha256 = archive->sha256;
        c.unitId = archive->header.unitId;
        c.unitName = archive->header.unitName;
        if (auto s = identify(c, *archive); !s) return refuse(c, s.error());
        auto payload = package::parseReportPayload(*archive);
        if (!payload) return refuse(c, payload.error());
        if (auto s = resolve(c, *payload); !s) return refuse(c, s.error());
        auto files = std::make_shared<QHash<QString, QByteArray>>();
        for (auto it = archive->parts.cbegin(); it != archive->parts.cend(); ++it)
            if (it.key().startsWith(QLatin1String("files/"))) files->insert(it.key(), it.value());
        c.files = files;
        c.payload = std::make_shared<package::ReportPayload>(std::move(*payload));
    }

private:
    static void refuse(PackageCheck& c, const Error& e) { c.refusal = e; }

    Status identify(PackageCheck& c, const package::Archive& a)
    {
        const auto& h = a.header;
        if (h.format != QLatin1String(package::kReportFormat))
            return fail(refusal(
                package::reason::notPackage,
                QCoreApplication::translate(
                    "cd::PackageService",
                    "This is a task package from the office, not a unit's report package.")));
        if (!m_view.index || m_view.office.isEmpty())
            return fail(
                refusal(package::reason::otherCampaign,
                        QCoreApplication::translate("cd::PackageService",
                                                    "This file has exported no task packages, so "
                                                    "it takes in no report packages.")));
        if (h.office != m_view.office || h.campaign != m_view.index->campaign.year)
            return fail(refusal(package::reason::otherCampaign,
                                QCoreApplication::translate(
                                    "cd::PackageService", "The package belongs to another campaign "
                                                          "or another office's file (campaign %1); "
                                                          "this file runs the campaign %2.")
                                    .arg(h.campaign)
                                    .arg(m_view.index->campaign.year)));
        const auto unit = m_view.units.constFind(h.unitId);
        if (unit == m_view.units.cend())
            return fail(refusal(
                package::reason::otherUnit,
                QCoreApplication::translate(
                    "cd::PackageService", "The package is for a unit this file does not have (%1).")
                    .arg(h.unitName)));
        c.unitName = unit->name;
        const QByteArray key = m_view.keys.value(h.unitId);
        if (key.isEmpty())
            return fail(
                refusal(package::reason::wrongKey,
                        QCoreApplication::translate("cd::PackageService",
                                                    "No task package was ever exported to %1 from "
                                                    "this file, so it has no key to check with.")
                            .arg(unit->name)));
        if (auto s = package::verify(a, key); !s) return s;
        const qint64 last = m_view.sequences.value(h.unitId);
        if (h.sequence <= last)
            return fail(refusal(
                package::reason::replay,
                QCoreApplication::translate("cd::PackageService",
                                            "%1's package no. %2 is not newer than no. %3, already "
                                            "imported: it is an old or repeated package.")
                    .arg(unit->name)
                    .arg(h.sequence)
                    .arg(last)));
        return {};
    }

    Status resolve(PackageCheck& c, const package::ReportPayload& p)
    {
        const auto& index = *m_view.index;
        const auto known = m_view.known.reportStamps.value(c.unitId);
        for (const auto& r : p.reports) {
            const auto period = index.periodByCode.constFind(r.period);
            if (period == index.periodByCode.cend())
                return fail(
                    refusal(package::reason::unknownReference,
                            QCoreApplication::translate(
                                "cd::PackageService",
                                "The package reports on a period the campaign does not have: %1.")
                                .arg(r.period)));
            if (period->start > c.header.madeAt.date())
                return fail(refusal(
                    package::reason::unknownReference,
                    QCoreApplication::translate(
                        "cd::PackageService",
                        "The package reports on %1, which had not begun when the package was made.")
                        .arg(r.period)));
            QSet<QString> due;
            for (const auto& t : ReportRules::tasksDue(*period, index.tasks, c.unitId))
                due.insert(t.code);
            for (const auto& i : r.items)
                if (!due.contains(i.task))
                    return fail(refusal(
                        package::reason::unknownReference,
                        QCoreApplication::translate("cd::PackageService",
                                                    "The report for %1 names the task “%2”, "
                                                    "which is not due from this unit then.")
                            .arg(r.period, i.task)));
            if (known.contains(PackageRepository::stampKey(period->id, r.submittedAt))) {
                ++c.knownReports;
                continue;
            }
            if (m_view.known.accepted.contains({c.unitId, period->id})) {
                ++c.keptReviewed;
                c.notes.append(
                    QCoreApplication::translate("cd::PackageService",
                                                "%1: the office has accepted this period's report; "
                                                "the version sent on %2 was not added.")
                        .arg(r.period, r.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
                continue;
            }
            ++c.newReports;
        }
        const QSet<QString> knownPlans = m_view.known.planStamps.value(c.unitId);
        for (const auto& plan : p.plans) {
            const auto period = index.periodByCode.constFind(plan.month);
            if (period == index.periodByCode.cend() || period->kind != PeriodKind::Month)
                return fail(refusal(
                    package::reason::unknownReference,
                    QCoreApplication::translate(
                        "cd::PackageService",
                        "The package holds a plan for a month the campaign does not have: %1.")
                        .arg(plan.month)));
            for (const auto& [task, text] : plan.items)
                if (!index.taskId.contains(task))
                    return fail(
                        refusal(package::reason::unknownReference,
                                QCoreApplication::translate(
                                    "cd::PackageService",
                                    "The plan for %1 names a task the campaign does not have: %2.")
                                    .arg(plan.month, task)));
            if (knownPlans.contains(PackageRepository::stampKey(period->id, plan.submittedAt)))
                ++c.knownPlans;
            else
                ++c.newPlans;
        }
        SupervisionRepository lines(m_db);
        for (const auto& a : p.answers) {
            auto line = lines.problem(a.problem);
            if (!line || line->unitId != c.unitId)
                return fail(
                    refusal(package::reason::unknownReference,
                            QCoreApplication::translate(
                                "cd::PackageService",
                                "The package answers problem line %1, which is not this unit's.")
                                .arg(a.problem)));
            for (const auto& e : a.events)
                if (!unitStep(e))
                    return fail(refusal(
                        package::reason::malformed,
                        QCoreApplication::translate(
                            "cd::PackageService",
                            "The package records a step on line %1 that only the office may take.")
                            .arg(a.problem)));
            const auto history = lines.events(a.problem);
            const auto pending = stepsToApply(*line, history, a.events);
            const auto unrecorded =
                std::count_if(a.events.cbegin(), a.events.cend(),
                              [&](const ProblemEvent& e) { return !alreadyRecorded(history, e); });
            c.answers += int(pending.size());
            c.staleAnswers += int(unrecorded - pending.size());
            if (unrecorded > pending.size())
                c.notes.append(
                    QCoreApplication::translate("cd::PackageService",
                                                "Line %1 has moved on at the office; %n step(s) "
                                                "the unit took on it were not recorded.",
                                                nullptr, int(unrecorded - pending.size()))
                        .arg(a.problem));
        }
        return {};
    }

public:
    static bool alreadyRecorded(const QList<ProblemEvent>& history, const ProblemEvent& e)
    {
        return std::any_of(history.cbegin(), history.cend(),
                           [&](const ProblemEvent& h) { return h.at == e.at && h.to == e.to; });
    }

    // The unit's steps not yet recorded, as long as each follows from the line's state.
    static QList<ProblemEvent> stepsToApply(const Problem& line, const QList<ProblemEvent>& history,
                                            const QList<ProblemEvent>& steps)
    {
        QList<ProblemEvent> out;
        ProblemStatus status = line.status;
        for (const auto& e : steps) {
            if (alreadyRecorded(history, e)) continue;
            if (e.from != status || !ProblemRules::canTransition(status, e.to)) continue;
            out.append(e);
            status = e.to;
        }
        return out;
    }

private:
    Database& m_db;
    OfficeView& m_view;
};

} // namespace

QList<PackageCheck> PackageService::inspect(const QStringList& files,
                                            const PackageProgress& progress)
{
    QList<PackageCheck> out;
    for (const auto& f : files) {
        PackageCheck c;
        c.path = f;
        out.append(c);
    }
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "import report packages")); !s) {
        for (auto& c : out)
            c.refusal = s.error();
        return out;
    }
    OfficeView view;
    view.office = PackageRepository(m_ctx.db).meta(QStringLiteral("package_office"));
    view.index = CampaignIndex::load(m_ctx.db);
    view.sequences = PackageRepository(m_ctx.db).lastSequences();
    view.keys = PackageRepository(m_ctx.db).unitKeys();
    view.known = PackageRepository(m_ctx.db).known();
    view.fileLimit = qint64(SettingsService(m_ctx).current().attachmentLimitMb) << 20;
    for (const auto& u : UnitRepository(m_ctx.db).all())
        view.units.insert(u.id, u);
    Checker checker(m_ctx.db, view);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (progress && !progress(i, out.size())) {
            for (qsizetype j = i; j < out.size(); ++j)
                out[j].refusal = Error{
                    Error::Code::Cancelled,
                    QCoreApplication::translate("cd::PackageService", "Not checked: cancelled.")};
            return out;
        }
        checker.check(out[i]);
    }
    // Several packages from one unit go in their order; one not newer than the last is a replay.
    std::stable_sort(out.begin(), out.end(), [](const PackageCheck& a, const PackageCheck& b) {
        return a.ok() != b.ok()       ? a.ok()
               : a.unitId != b.unitId ? a.unitId < b.unitId
                                      : a.header.sequence < b.header.sequence;
    });
    QHash<qint64, qint64> seen;
    for (auto& c : out) {
        if (!c.ok()) continue;
        if (seen.contains(c.unitId) && c.header.sequence <= seen.value(c.unitId))
            c.refusal = Error::refused(
                package::reason::replay,
                QCoreApplication::translate("cd::PackageService",
                                            "%1's package no. %2 appears twice among these files.")
                    .arg(c.unitName)
                    .arg(c.header.sequence));
        seen.insert(c.unitId, c.header.sequence);
    }
    if (progress) progress(out.size(), out.size());
    return out;
}

Result<ImportOutcome> PackageService::apply(const QList<PackageCheck>& checks, const PackageProgress& progress)
{
    return retrying([&] { return applyOnce(checks, progress); });
}

Result<ImportOutcome> PackageService::applyOnce(const QList<PackageCheck>& checks, const PackageProgress& progress)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "import report packages")); !s) return fail(s.error());
    auto index = CampaignIndex::load(m_ctx.db);
    if (!index)
        return fail(Error::notFound(
            QCoreApplication::translate("cd::PackageService", "There is no campaign yet.")));
    ImportOutcome outcome;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    // Another import running meanwhile finishes first; this one then reads what it took in.
    if (auto s = locks::hold(m_ctx.db, locks::Kind::PackageImports, 0); !s) return fail(s.error());
    PackageRepository packages(m_ctx.db);
    SupervisionRepository lines(m_ctx.db);
    // Read once inside the transaction for every unit, and kept up to date as packages are
    // taken in, so two packages of one unit in the same import see each other.
    auto sequences = packages.lastSequences();
    auto known = packages.known();
    // What the packages add is written in batches, sent before the commit.
    VersionBatch versions(m_ctx.db);
    auto records = BulkInsert::packageImports(m_ctx.db);
    QList<AuditEntry> audits;
    const auto discard = qScopeGuard([&] {
        versions.discard();
        records.discard();
    });
    for (qsizetype n = 0; n < checks.size(); ++n) {
        if (progress && !progress(n, checks.size()))
            return fail(
                Error{Error::Code::Cancelled,
                      QCoreApplication::translate("cd::PackageService",
                                                  "Import cancelled; nothing was taken in.")});
        const PackageCheck& c = checks[n];
        if (!c.ok() || !c.payload) continue;
        // Checked against the file as it was: a package taken in meanwhile makes this one a replay.
        if (c.header.sequence <= sequences.value(c.unitId))
            return fail(
                refusal(package::reason::replay,
                        QCoreApplication::translate(
                            "cd::PackageService",
                            "%1's package no. %2 was imported meanwhile; check the packages again.")
                            .arg(c.unitName)
                            .arg(c.header.sequence)));
        auto& stamps = known.reportStamps[c.unitId];
        QJsonArray addedReports;
        for (const auto& e : c.payload->reports) {
            const Period& period = index->periodByCode.value(e.period);
            const QString key = PackageRepository::stampKey(period.id, e.submittedAt);
            if (stamps.contains(key)) continue;
            if (known.accepted.contains({c.unitId, period.id})) continue; // what the office accepted stays
            int& version = known.reportVersions[{c.unitId, period.id}];
            auto stored = storeVersion(m_ctx.db, e, c.unitId, period.id, index->taskId, *c.files, version, &versions);
            if (!stored) return fail(stored.error());
            version = stored->version;
            stamps.insert(key, stored->id);
            addedReports.append(QJsonObject{{QStringLiteral("report_id"), stored->id},
                                            {QStringLiteral("period"), e.period},
                                            {QStringLiteral("version"), stored->version}});
            ++outcome.reports;
        }
        auto& knownPlans = known.planStamps[c.unitId];
        for (const auto& e : c.payload->plans) {
            const Period& period = index->periodByCode.value(e.month);
            const QString key = PackageRepository::stampKey(period.id, e.submittedAt);
            if (knownPlans.contains(key)) continue;
            int& version = known.planVersions[{c.unitId, period.id}];
            auto stored = storePlan(m_ctx.db, e, c.unitId, period.id, index->taskId, version, &versions);
            if (!stored) return fail(stored.error());
            version = stored->version;
            knownPlans.insert(key);
            ++outcome.plans;
        }
        int answered = 0;
        for (const auto& a : c.payload->answers) {
            auto line = lines.problem(a.problem);
            if (!line) continue;
            for (const auto& e : Checker::stepsToApply(*line, lines.events(a.problem), a.events)) {
                line->status = e.to;
                if (e.to == ProblemStatus::PendingVerification) line->fixReportedBy = e.actor;
                if (auto s = lines.updateProblem(*line); !s) return fail(s.error());
                if (auto s = lines.insertEvent(e); !s) return fail(s.error());
                ++answered;
            }
        }
        outcome.answers += answered;
        const QJsonObject summary{{QStringLiteral("file"), c.path},
                                  {QStringLiteral("sequence"), c.header.sequence},
                                  {QStringLiteral("sha256"), c.sha256},
                                  {QStringLiteral("reports"), addedReports},
                                  {QStringLiteral("reports_known"), c.knownReports},
                                  {QStringLiteral("reports_kept_reviewed"), c.keptReviewed},
                                  {QStringLiteral("plans"), c.newPlans},
                                  {QStringLiteral("answers"), answered}};
        if (auto s = packages.recordImport(
                {0, c.unitId, c.unitName, c.header.sequence, c.sha256, c.header.madeAt,
                 m_ctx.clock.now(), m_ctx.actor.login,
                 QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))},
                &records);
            !s)
            return fail(s.error());
        sequences[c.unitId] = c.header.sequence;
        audits.append(m_ctx.auditEntry(QStringLiteral("package.import"), QStringLiteral("unit"), c.unitId, {}, summary));
        ++outcome.packages;
    }
    if (progress && !progress(checks.size(), checks.size()))
        return fail(Error{Error::Code::Cancelled,
                          QCoreApplication::translate("cd::PackageService",
                                                      "Import cancelled; nothing was taken in.")});
    if (auto s = versions.finish(); !s) return fail(s.error());
    if (auto s = records.finish(); !s) return fail(s.error());
    if (auto s = AuditRepository(m_ctx.db).insertMany(audits); !s) return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return outcome;
}

} // namespace cd
