#include "packages/PackageConvert.h"
#include "packages/PackageService.h"
#include "services/SettingsService.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/GroupRepository.h"
#include "storage/PackageRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cd {
namespace {

const QString kUnit = QStringLiteral("package_unit");
const QString kOffice = QStringLiteral("package_office");
const QString kSequence = QStringLiteral("package_sequence");

Actor actorFor(const Unit& u)
{
    return Actor{u.name, u.secretary.isEmpty() ? u.name : u.secretary, Role::Unit, u.id};
}

// The unit's own file, made or brought up to date from a task package, in one transaction.
class Seeder
{
public:
    Seeder(Database& db, const package::TaskPayload& p, const package::Archive& a)
        : m_db(db), m_p(p), m_a(a)
    {
    }

    Status run(bool fresh)
    {
        CampaignRepository campaigns(m_db);
        if (auto s = campaigns.putCampaign(m_p.campaign); !s) return s;
        if (fresh)
            for (const auto& w : m_p.pillars)
                if (auto s = campaigns.insertPillar(m_p.campaign.id, w); !s) return s;
        if (auto s = UnitRepository(m_db).put(m_p.unit); !s) return s;
        if (auto s = placeUnit(); !s) return s;
        for (const auto& t : m_p.tasks)
            if (auto s = campaigns.putTask(t); !s) return s;
        for (const auto& p : m_p.periods)
            if (auto s = campaigns.putPeriod(p); !s) return s;
        if (auto s =
                ResponsibilityRepository(m_db).replaceForUnit(m_p.unit.id, m_p.responsibilities);
            !s)
            return s;
        if (auto s = SettingsService::adoptAttachmentLimit(m_db, m_p.attachmentLimitMb); !s)
            return s;
        if (auto s = problems(); !s) return s;
        if (auto s = reports(); !s) return s;
        return plans();
    }

private:
    // The unit's place in the office's tree of groups, level by level (found by name under its
    // parent, or made), with each level's office and addressee as the office has them now.
    Status placeUnit()
    {
        GroupRepository groups(m_db);
        GroupTree tree(groups.all());
        qint64 parent = 0;
        for (const UnitGroup& level : m_p.groups) {
            UnitGroup g = level;
            g.parentId = parent;
            if (const UnitGroup* found = tree.child(parent, level.name)) {
                g.id = found->id;
                g.sortOrder = found->sortOrder;
                if (auto s = groups.update(g); !s) return s;
            } else {
                g.sortOrder = groups.maxSortOrder(parent) + 1;
                auto id = groups.insert(g);
                if (!id) return fail(id.error());
                g.id = *id;
                tree = GroupTree(groups.all());
            }
            parent = g.id;
        }
        return groups.moveUnit(m_p.unit.id, parent);
    }

    // The office's lines, except one the unit has answered since (its steps are not yet at the
    // office).
    Status problems()
    {
        SupervisionRepository lines(m_db);
        const QString me = m_p.unit.name;
        for (const auto& p : m_p.problems) {
            const auto office = m_p.events.value(p.id);
            const QDateTime officeLast = office.isEmpty() ? QDateTime() : office.last().at;
            bool answeredSince = false;
            for (const auto& e : lines.events(p.id))
                if (e.actor == me && (!officeLast.isValid() || e.at > officeLast))
                    answeredSince = true;
            if (answeredSince) continue;
            if (auto s = lines.putProblem(p, office); !s) return s;
        }
        return {};
    }

    // The office's versions: added when new here, their review outcome recorded when the unit's
    // copy still waits for it.
    Status reports()
    {
        ReportRepository repo(m_db);
        PackageRepository packages(m_db);
        const auto known = packages.reportStamps(m_p.unit.id);
        for (const auto& e : m_p.reports) {
            const Period* period = nullptr;
            for (const auto& p : m_p.periods)
                if (p.code == e.period) period = &p;
            if (!period) continue;
            const auto mine =
                known.constFind(PackageRepository::stampKey(period->id, e.submittedAt));
            if (mine != known.cend()) {
                // The unit's copy still waits for the outcome the office has now given it.
                const auto copy = repo.byId(*mine);
                if (e.status != ReportStatus::Submitted && copy &&
                    copy->status == ReportStatus::Submitted) {
                    if (auto s = repo.review(*mine, e.status, e.reviewedAt, e.reviewedBy,
                                             e.reviewComment);
                        !s)
                        return s;
                    if (e.status == ReportStatus::Accepted)
                        if (auto s = ProgressRepository(m_db).addAcceptedReport(*mine); !s)
                            return s;
                }
                continue;
            }
            auto stored = storeVersion(m_db, e, m_p.unit.id, period->id, taskIds(), m_a.parts);
            if (!stored) return fail(stored.error());
            const qint64 id = stored->id;
            if (e.status != ReportStatus::Submitted) {
                if (auto s = repo.review(id, e.status, e.reviewedAt, e.reviewedBy, e.reviewComment);
                    !s)
                    return s;
                if (e.status == ReportStatus::Accepted)
                    if (auto s = ProgressRepository(m_db).addAcceptedReport(id); !s) return s;
            }
        }
        return {};
    }

    Status plans()
    {
        const QSet<QString> known = PackageRepository(m_db).planStamps(m_p.unit.id);
        for (const auto& e : m_p.plans)
            for (const auto& period : m_p.periods)
                if (period.code == e.month &&
                    !known.contains(PackageRepository::stampKey(period.id, e.submittedAt)))
                    if (auto s = storePlan(m_db, e, m_p.unit.id, period.id, taskIds()); !s)
                        return fail(s.error());
        return {};
    }

    const QHash<QString, qint64>& taskIds()
    {
        if (m_taskIds.isEmpty())
            for (const auto& t : m_p.tasks)
                m_taskIds.insert(t.code, t.id);
        return m_taskIds;
    }

    Database& m_db;
    const package::TaskPayload& m_p;
    const package::Archive& m_a;
    QHash<QString, qint64> m_taskIds;
};

void removeDatabaseFiles(const QString& path)
{
    for (const auto& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

std::optional<Actor> PackageService::unitActor(Database& db)
{
    const qint64 unitId = PackageRepository(db).meta(kUnit).toLongLong();
    if (unitId <= 0) return std::nullopt;
    auto unit = UnitRepository(db).byId(unitId);
    if (!unit) return std::nullopt;
    return actorFor(*unit);
}

Status PackageService::openTaskPackage(const QString& packagePath, const QString& databasePath,
                                       const Clock& clock)
{
    package::Limits limits;
    limits.maxFileBytes = qint64(CampaignSettings::kMaxAttachmentMb) << 20;
    auto archive = package::readFile(packagePath, limits);
    if (!archive) return fail(archive.error());
    auto payload = package::parseTaskPayload(*archive);
    if (!payload) return fail(payload.error());
    if (auto s = package::verify(*archive, payload->key); !s) return s;

    if (Database::isServerAddress(databasePath))
        return fail(Error::invalid(QCoreApplication::translate(
            "cd::PackageService",
            "A task package opens into the unit's own campaign file, not into a server; choose a file.")));
    const bool fresh = !QFileInfo::exists(databasePath);
    Database::Options options;
    options.create = fresh;
    auto opened = Database::open(databasePath, options);
    if (!opened) return fail(opened.error());
    Database& db = **opened;
    PackageRepository repo(db);
    if (!fresh) {
        if (repo.meta(kUnit).toLongLong() != payload->unit.id ||
            repo.meta(kOffice) != archive->header.office)
            return fail(Error::refused(
                package::reason::otherUnit,
                QCoreApplication::translate(
                    "cd::PackageService",
                    "%1 is not %2's own file; choose a new file to open the task package in.")
                    .arg(databasePath, payload->unit.name)));
        auto campaign = CampaignRepository(db).latest();
        if (!campaign || campaign->year != payload->campaign.year)
            return fail(Error::refused(
                package::reason::otherCampaign,
                QCoreApplication::translate(
                    "cd::PackageService",
                    "The task package is for the campaign %1; this file keeps the campaign %2.")
                    .arg(payload->campaign.year)
                    .arg(campaign ? campaign->year : 0)));
    }
    Status done = [&]() -> Status {
        Transaction tx(db);
        if (!tx.ok()) return fail(tx.error());
        if (auto s = Seeder(db, *payload, *archive).run(fresh); !s) return s;
        if (auto s = repo.setMeta(kUnit, QString::number(payload->unit.id)); !s) return s;
        if (auto s = repo.setMeta(kOffice, archive->header.office); !s) return s;
        // Never count below what the office has taken in, or its next package would look like a
        // replay.
        const qint64 sequence =
            std::max(repo.meta(kSequence).toLongLong(), archive->header.sequence);
        if (auto s = repo.setMeta(kSequence, QString::number(sequence)); !s) return s;
        if (auto s = repo.putUnitKey(payload->unit.id, payload->key, clock.now()); !s) return s;
        const ServiceContext ctx{db, clock, actorFor(payload->unit)};
        if (auto s = ctx.audit(
                fresh ? QStringLiteral("package.open") : QStringLiteral("package.refresh"),
                QStringLiteral("unit"), payload->unit.id, {},
                {{QStringLiteral("file"), QFileInfo(packagePath).fileName()},
                 {QStringLiteral("made_at"), archive->header.madeAt.toString(Qt::ISODateWithMs)},
                 {QStringLiteral("reports"), payload->reports.size()},
                 {QStringLiteral("problems"), payload->problems.size()}});
            !s)
            return s;
        return tx.commit();
    }();
    if (!done && fresh) {
        opened->reset();
        removeDatabaseFiles(databasePath);
    }
    return done;
}

Result<QString> PackageService::makeReportPackage(const QString& path)
{
    PackageRepository repo(m_ctx.db);
    const qint64 unitId = repo.meta(kUnit).toLongLong();
    if (unitId <= 0)
        return fail(Error::invalid(QCoreApplication::translate(
            "cd::PackageService", "This is not a unit's own file: report packages are made from a "
                                  "file opened from a task package.")));
    if (auto s = m_ctx.require(Operation::WriteUnitData, unitId); !s) return fail(s.error());
    auto index = CampaignIndex::load(m_ctx.db);
    auto unit = UnitRepository(m_ctx.db).byId(unitId);
    const QByteArray key = repo.unitKey(unitId);
    if (!index || !unit || key.isEmpty())
        return fail(Error::invalid(QCoreApplication::translate(
            "cd::PackageService",
            "The file lacks the campaign, the unit or its key; open the task package again.")));

    package::ReportPayload payload;
    ReportRepository reports(m_ctx.db);
    QList<SelfReport> sent;
    // What the office has reviewed it already holds; a version still waiting may never have
    // arrived.
    for (qint64 id : repo.reportIds(unitId, true))
        if (auto r = reports.byId(id); r && r->status == ReportStatus::Submitted) {
            sent.append(*r);
            payload.reports.append(entryOf(*r, *index));
        }
    for (const auto& p : repo.plans(unitId))
        payload.plans.append(entryOf(p, *index));
    SupervisionRepository lines(m_ctx.db);
    ProblemFilter filter;
    filter.unitId = unitId;
    for (const auto& line : lines.problems(filter)) {
        package::AnswerEntry answer{line.id, {}};
        for (const auto& e : lines.events(line.id))
            if (e.actor == m_ctx.actor.login && e.from) answer.events.append(e);
        if (!answer.events.isEmpty()) payload.answers.append(answer);
    }
    QList<package::Part> parts = package::reportParts(payload);
    parts.append(evidenceParts(m_ctx.db, sent));

    package::Header h;
    h.format = QLatin1String(package::kReportFormat);
    h.office = repo.meta(kOffice);
    h.campaign = index->campaign.year;
    h.unitId = unitId;
    h.unitName = unit->name;
    h.sequence = repo.meta(kSequence).toLongLong() + 1;
    h.madeAt = m_ctx.clock.now();
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = repo.setMeta(kSequence, QString::number(h.sequence)); !s) return fail(s.error());
    if (auto s = m_ctx.audit(QStringLiteral("package.make"), QStringLiteral("unit"), unitId, {},
                             {{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("sequence"), h.sequence},
                              {QStringLiteral("reports"), payload.reports.size()},
                              {QStringLiteral("plans"), payload.plans.size()},
                              {QStringLiteral("answers"), payload.answers.size()}});
        !s)
        return fail(s.error());
    if (auto s = package::write(path, h, parts, key); !s) return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return path;
}

} // namespace cd
