#include "packages/PackageConvert.h"
#include "packages/PackageService.h"
#include "services/SettingsService.h"
#include "storage/CampaignRepository.h"
#include "storage/PackageRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/Transaction.h"
#include "storage/GroupRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

namespace cd {
namespace {

const QString kOfficeKey = QStringLiteral("package_office");

// A file name from a unit's name: what the file system refuses becomes _.
QString fileNameFor(const Unit& u)
{
    QString name = u.name;
    for (QChar& c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('|') ||
            c.unicode() < 32)
            c = QLatin1Char('_');
    return name + QStringLiteral(".cdtask");
}

} // namespace

Result<QString> PackageService::officeId(bool create)
{
    PackageRepository repo(m_ctx.db);
    QString id = repo.meta(kOfficeKey);
    if (id.isEmpty() && create) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto s = repo.setMeta(kOfficeKey, id); !s) return fail(s.error());
    }
    return id;
}

bool PackageService::hasKey(qint64 unitId)
{
    return !PackageRepository(m_ctx.db).unitKey(unitId).isEmpty();
}

Result<QByteArray> PackageService::keyFor(qint64 unitId, bool create, bool renew)
{
    PackageRepository repo(m_ctx.db);
    QByteArray key = repo.unitKey(unitId);
    if ((key.isEmpty() && create) || renew) {
        key = package::newKey();
        if (auto s = repo.putUnitKey(unitId, key, m_ctx.clock.now()); !s) return fail(s.error());
    }
    return key;
}

Result<TaskExport> PackageService::exportTask(qint64 unitId, const QString& path, bool newKey)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "export task packages")); !s) return fail(s.error());
    if (!PackageRepository(m_ctx.db).meta(QStringLiteral("package_unit")).isEmpty())
        return fail(Error::invalid(QCoreApplication::translate(
            "cd::PackageService",
            "This is a unit's own file; task packages are exported from the office's file.")));
    auto index = CampaignIndex::load(m_ctx.db);
    if (!index)
        return fail(Error::notFound(
            QCoreApplication::translate("cd::PackageService", "There is no campaign yet.")));
    auto unit = UnitRepository(m_ctx.db).byId(unitId);
    if (!unit)
        return fail(Error::notFound(
            QCoreApplication::translate("cd::PackageService", "The unit does not exist.")));

    package::TaskPayload p;
    p.campaign = index->campaign;
    p.pillars = CampaignRepository(m_ctx.db).pillars(index->campaign.id);
    for (const auto& t : index->tasks)
        if (t.kind == TaskKind::Mandatory || t.ownerUnitId == unitId) p.tasks.append(t);
    p.periods = index->periods;
    p.unit = *unit;
    const GroupTree tree(GroupRepository(m_ctx.db).all());
    for (const UnitGroup* g = tree.byId(unit->groupId); g && p.groups.size() <= tree.all().size(); g = tree.byId(g->parentId)) p.groups.prepend(*g);
    p.attachmentLimitMb = SettingsService(m_ctx).current().attachmentLimitMb;
    p.responsibilities = ResponsibilityRepository(m_ctx.db).forUnit(unitId);
    SupervisionRepository lines(m_ctx.db);
    ProblemFilter filter;
    filter.unitId = unitId;
    p.problems = lines.problems(filter);
    for (const auto& pr : p.problems)
        p.events.insert(pr.id, lines.events(pr.id));
    PackageRepository packages(m_ctx.db);
    ReportRepository reports(m_ctx.db);
    QList<SelfReport> versions;
    for (qint64 id : packages.reportIds(unitId, true))
        if (auto r = reports.byId(id)) {
            versions.append(*r);
            p.reports.append(entryOf(*r, *index));
        }
    for (const auto& plan : packages.plans(unitId))
        p.plans.append(entryOf(plan, *index));

    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto office = officeId(true);
    if (!office) return fail(office.error());
    const bool renewed = newKey && hasKey(unitId);
    auto key = keyFor(unitId, true, newKey);
    if (!key) return fail(key.error());
    p.key = *key;
    package::Header h;
    h.format = QLatin1String(package::kTaskFormat);
    h.office = *office;
    h.campaign = index->campaign.year;
    h.unitId = unitId;
    h.unitName = unit->name;
    h.sequence =
        packages.lastSequence(unitId); // the unit's next report package counts on from here
    h.madeAt = m_ctx.clock.now();
    QList<package::Part> parts = package::taskParts(p);
    parts.append(evidenceParts(m_ctx.db, versions));
    if (auto s = m_ctx.audit(QStringLiteral("package.export"), QStringLiteral("unit"), unitId, {},
                             {{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("reports"), p.reports.size()},
                              {QStringLiteral("problems"), p.problems.size()},
                              {QStringLiteral("new_key"), renewed}});
        !s)
        return fail(s.error());
    if (auto s = package::write(path, h, parts, *key); !s) return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return TaskExport{path, unit->name, int(p.reports.size()), int(p.problems.size())};
}

Result<QList<TaskExport>> PackageService::exportAll(const QString& folder,
                                                    const PackageProgress& progress)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "export task packages")); !s) return fail(s.error());
    if (!QDir().mkpath(folder))
        return fail(Error::io(
            QCoreApplication::translate("cd::PackageService", "Cannot make the folder %1.")
                .arg(folder)));
    QList<Unit> units;
    for (const auto& u : UnitRepository(m_ctx.db).all())
        if (u.active) units.append(u);
    QList<TaskExport> out;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (progress && !progress(i, units.size()))
            return fail(Error{Error::Code::Cancelled,
                              QCoreApplication::translate(
                                  "cd::PackageService",
                                  "Stopped after %n package(s); those written are complete.",
                                  nullptr, int(i))});
        auto e = exportTask(units[i].id, QDir(folder).filePath(fileNameFor(units[i])));
        if (!e) return fail(e.error());
        out.append(*e);
    }
    if (progress) progress(units.size(), units.size());
    return out;
}

QStringList PackageService::packageFiles(const QStringList& paths)
{
    QStringList out;
    for (const auto& path : paths) {
        if (!QFileInfo(path).isDir()) {
            out.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.cdreport")}, QDir::Files);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        out.append(found);
    }
    return out;
}

QList<PackageImport> PackageService::history()
{
    if (!m_ctx.require(Operation::ReadAllUnits)) return {};
    auto out = PackageRepository(m_ctx.db).imports();
    out.removeIf([this](const PackageImport& i) { return !m_ctx.actor.inScope(i.unitId); });
    return out;
}

} // namespace cd
