#include "services/UnitService.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "services/GroupService.h"
#include "services/Json.h"
#include "storage/GroupRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cd {
namespace {


Unit cleaned(Unit u)
{
    for (auto* s : {&u.name, &u.shortName, &u.category, &u.head, &u.deputy, &u.secretary, &u.phone}) *s = text::clean(*s);
    return u;
}

// The stored unit with every non-blank field of the incoming one laid over it.
Unit merged(const Unit& stored, const Unit& incoming)
{
    Unit out = stored;
    const std::array fields{&Unit::shortName, &Unit::category, &Unit::head, &Unit::deputy, &Unit::secretary, &Unit::phone};
    for (auto field : fields)
        if (!(incoming.*field).isEmpty()) out.*field = incoming.*field;
    return out;
}

bool sameData(const Unit& a, const Unit& b)
{
    return a.name == b.name && a.shortName == b.shortName && a.category == b.category && a.head == b.head &&
           a.deputy == b.deputy && a.secretary == b.secretary && a.phone == b.phone && a.active == b.active;
}

} // namespace

Unit UnitService::visible(Unit u) const
{
    // A unit account sees the other units by name only: their leaders, secretaries and phones
    // are the office's records, not something one unit reads about another.
    if (!allowed(m_ctx.actor, Operation::ReadAllUnits) && u.id != m_ctx.actor.unitId)
        u.head.clear(), u.deputy.clear(), u.secretary.clear(), u.phone.clear();
    return u;
}

QList<Unit> UnitService::list()
{
    QList<Unit> all = UnitRepository(m_ctx.db).all();
    // An account scoped to a group lists the units of its part alone (on a server the
    // database shows it no other).
    all.removeIf([this](const Unit& u) { return !m_ctx.actor.inScope(u.id); });
    for (auto& u : all) u = visible(std::move(u));
    return all;
}

std::optional<Unit> UnitService::byName(const QString& name)
{
    auto u = UnitRepository(m_ctx.db).byName(text::clean(name));
    return u && m_ctx.actor.inScope(u->id) ? std::optional<Unit>(visible(*u)) : std::nullopt;
}

Status UnitService::checkUniqueName(const Unit& unit)
{
    if (auto other = UnitRepository(m_ctx.db).byName(unit.name); other && other->id != unit.id)
        return fail(Error::conflict(QCoreApplication::translate("cd::UnitService", "A unit named %1 already exists.").arg(unit.name)));
    return {};
}

Result<qint64> UnitService::add(Unit unit)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "add units")); !s) return fail(s.error());
    unit = cleaned(unit);
    unit.id = 0;
    if (auto s = Validation::unit(unit); !s) return fail(s.error());
    if (auto s = checkUniqueName(unit); !s) return fail(s.error());
    UnitRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (unit.sortOrder == 0) unit.sortOrder = repo.maxSortOrder() + 1;
    auto id = repo.insert(unit);
    if (!id) return fail(id.error());
    unit.id = *id;
    if (auto s = m_ctx.audit(QStringLiteral("unit.create"), QStringLiteral("unit"), unit.id, {}, json::of(unit)); !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return unit.id;
}

Status UnitService::update(const Unit& input, const Unit* asRead)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "change or deactivate units")); !s) return s;
    const Unit unit = cleaned(input);
    UnitRepository repo(m_ctx.db);
    if (auto s = Validation::unit(unit); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    // Read inside the write's transaction, so that nothing changes between the check and the write.
    auto before = repo.byId(unit.id);
    if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::UnitService", "The unit no longer exists.")));
    if (asRead && json::of(*asRead) != json::of(*before)) return fail(m_ctx.staleEdit(QStringLiteral("unit"), unit.id, asRead->name));
    if (auto s = checkUniqueName(unit); !s) return s;
    if (auto s = repo.update(unit); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("unit.update"), QStringLiteral("unit"), unit.id, json::of(*before), json::of(unit)); !s)
        return s;
    return tx.commit();
}

Status UnitService::setActive(qint64 unitId, bool active)
{
    auto unit = UnitRepository(m_ctx.db).byId(unitId);
    if (!unit) return fail(Error::notFound(QCoreApplication::translate("cd::UnitService", "The unit no longer exists.")));
    unit->active = active;
    return update(*unit);
}

ImportPreview<UnitImportRow> UnitService::preview(const QList<UnitImportRow>& rows)
{
    ImportPreview<UnitImportRow> out;
    // The preview shows stored units merged with the sheet: the office's reading.
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "import units")); !s) {
        for (const auto& r : rows) out.rejected.append({r.row, s.error().message});
        return out;
    }
    UnitRepository repo(m_ctx.db);
    QHash<QString, Unit> existing;
    for (const auto& u : repo.all()) existing.insert(u.name, u);
    const GroupTree groups = GroupService(m_ctx).tree();
    QHash<QString, int> seenAt;
    for (const auto& input : rows) {
        UnitImportRow row{input.row, cleaned(input.unit), text::clean(input.groupPath)};
        if (auto s = Validation::unit(row.unit); !s) {
            out.rejected.append({row.row, s.error().message});
            continue;
        }
        if (!row.groupPath.isEmpty()) {
            if (auto s = GroupService::checkPath(row.groupPath); !s) {
                out.rejected.append({row.row, s.error().message});
                continue;
            }
            row.groupPath = GroupTree::splitPath(row.groupPath)->join(GroupTree::kSeparator);
        }
        if (auto first = seenAt.constFind(row.unit.name); first != seenAt.cend()) {
            out.rejected.append({row.row, QCoreApplication::translate("cd::UnitService", "The unit %1 already appears in row %2.").arg(row.unit.name).arg(*first)});
            continue;
        }
        seenAt.insert(row.unit.name, row.row);
        if (auto it = existing.constFind(row.unit.name); it != existing.cend()) {
            Unit m = merged(*it, row.unit);
            const bool moves = !row.groupPath.isEmpty() && row.groupPath != groups.path(it->groupId);
            if (sameData(m, *it) && !moves) {
                ++out.unchanged;
                continue;
            }
            out.updated.append({row.row, m, moves ? row.groupPath : QString()});
        } else {
            row.unit.id = 0;
            out.added.append(row);
        }
    }
    return out;
}

Status UnitService::apply(const ImportPreview<UnitImportRow>& preview)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "import units")); !s) return s;
    UnitRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    int order = repo.maxSortOrder();
    GroupService groupService(m_ctx);
    GroupTree groups = groupService.tree();
    // The row's group, made as needed; 0 where the row names none.
    const auto groupOf = [&](const UnitImportRow& row) -> Result<qint64> {
        if (row.groupPath.isEmpty()) return qint64(0);
        auto levels = GroupTree::splitPath(row.groupPath);
        if (!levels) return fail(Error::invalid(QCoreApplication::translate("cd::UnitService", "Row %1: the group path is empty.").arg(row.row)));
        auto id = groupService.ensureWithin(groups, *levels);
        if (!id) return fail(Error{id.error().code, QCoreApplication::translate("cd::UnitService", "Row %1: %2").arg(row.row).arg(id.error().message)});
        return id;
    };
    for (auto row : preview.added) {
        row.unit.sortOrder = ++order;
        auto group = groupOf(row);
        if (!group) return fail(group.error());
        row.unit.groupId = *group;
        auto id = repo.insert(row.unit);
        if (!id) return fail(Error{id.error().code, QCoreApplication::translate("cd::UnitService", "Row %1: %2").arg(row.row).arg(id.error().message)});
        row.unit.id = *id;
        if (auto s = m_ctx.audit(QStringLiteral("unit.import"), QStringLiteral("unit"), *id, {}, json::of(row.unit)); !s) return s;
    }
    for (auto row : preview.updated) {
        auto before = repo.byId(row.unit.id);
        if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::UnitService", "Row %1: the unit %2 no longer exists.").arg(row.row).arg(row.unit.name)));
        auto group = groupOf(row);
        if (!group) return fail(group.error());
        row.unit.groupId = row.groupPath.isEmpty() ? before->groupId : *group;
        if (auto s = repo.update(row.unit); !s) return fail(Error{s.error().code, QCoreApplication::translate("cd::UnitService", "Row %1: %2").arg(row.row).arg(s.error().message)});
        if (row.unit.groupId != before->groupId)
            if (auto s = GroupRepository(m_ctx.db).moveUnit(row.unit.id, row.unit.groupId); !s) return s;
        if (auto s = m_ctx.audit(QStringLiteral("unit.import"), QStringLiteral("unit"), row.unit.id, json::of(*before), json::of(row.unit)); !s)
            return s;
    }
    return tx.commit();
}

QStringList UnitService::groupsToCreate(const ImportPreview<UnitImportRow>& preview)
{
    const GroupTree groups = GroupService(m_ctx).tree();
    QStringList out;
    for (const auto* list : {&preview.added, &preview.updated})
        for (const auto& row : *list) {
            const auto levels = GroupTree::splitPath(row.groupPath);
            if (!levels) continue;
            for (qsizetype n = 1; n <= levels->size(); ++n) {
                const QString path = levels->mid(0, n).join(GroupTree::kSeparator);
                if (!groups.find(path) && !out.contains(path)) out << path;
            }
        }
    return out;
}

} // namespace cd
