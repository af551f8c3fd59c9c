#include "services/GroupService.h"

#include "domain/Text.h"
#include "services/Json.h"
#include "storage/GroupRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

constexpr int kMaxName = 100;

QJsonObject jsonOf(const UnitGroup& g, const QString& path)
{
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("parent_id"), g.parentId},
            {QStringLiteral("path"), path},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("short_name"), g.shortName},
            {QStringLiteral("kind"), toId(g.kind)},
            {QStringLiteral("order"), g.sortOrder},
            {QStringLiteral("office"), g.officeName},
            {QStringLiteral("addressee"), g.addressee}};
}

Status checkName(const QString& name)
{
    if (name.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "A group needs a name.")));
    if (name.contains(GroupTree::kSeparator))
        return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "A group's name cannot hold \"/\", which separates the levels of a path: %1").arg(name)));
    if (name.size() > kMaxName) return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "A group's name is at most %1 characters: %2").arg(kMaxName).arg(name)));
    return {};
}

} // namespace

Status GroupService::checkPath(const QString& path)
{
    const auto levels = GroupTree::splitPath(path);
    if (!levels) return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "The group path \"%1\" has an empty level; write its levels between \"/\", e.g. 河安县/政府部门.").arg(path)));
    for (const auto& name : *levels)
        if (auto s = checkName(name); !s) return s;
    return {};
}

GroupTree GroupService::tree() { return GroupTree(GroupRepository(m_ctx.db).all()); }

QList<GroupOverview> GroupService::overview()
{
    const GroupTree t = tree();
    QHash<qint64, int> direct;
    for (const auto& u : UnitRepository(m_ctx.db).all()) ++direct[u.groupId];
    QList<GroupOverview> out;
    std::function<int(qint64, int)> walk = [&](qint64 parent, int depth) {
        int below = 0;
        for (const UnitGroup* g : t.children(parent)) {
            const qsizetype at = out.size();
            out.append({*g, t.path(g->id), depth, direct.value(g->id), 0});
            const int all = direct.value(g->id) + walk(g->id, depth + 1);
            out[at].allUnits = all;
            below += all;
        }
        return below;
    };
    walk(0, 0);
    return out;
}

Result<qint64> GroupService::ensureWithin(GroupTree& t, const QStringList& levels, std::optional<GroupKind> kind, const QString& office)
{
    GroupRepository repo(m_ctx.db);
    qint64 parent = 0;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const bool last = i + 1 == levels.size();
        if (auto s = checkName(levels[i]); !s) return fail(s.error());
        if (const UnitGroup* g = t.child(parent, levels[i])) {
            parent = g->id;
            if (last && ((kind && *kind != g->kind) || (!office.isEmpty() && office != g->officeName))) {
                UnitGroup changed = *g;
                if (kind) changed.kind = *kind;
                if (!office.isEmpty()) changed.officeName = office;
                if (auto s = repo.update(changed); !s) return fail(s.error());
                if (auto s = m_ctx.audit(QStringLiteral("group.update"), QStringLiteral("group"), g->id, jsonOf(*g, t.path(g->id)),
                                         jsonOf(changed, t.path(g->id)));
                    !s)
                    return fail(s.error());
                t = t.with(changed);
            }
            continue;
        }
        UnitGroup g;
        g.parentId = parent;
        g.name = levels[i];
        g.kind = last && kind ? *kind : GroupKind::Other;
        g.officeName = last ? office : QString();
        g.sortOrder = repo.maxSortOrder(parent) + 1;
        auto id = repo.insert(g);
        if (!id) return fail(id.error());
        g.id = *id;
        t = t.with(g);
        if (auto s = m_ctx.audit(QStringLiteral("group.create"), QStringLiteral("group"), g.id, {}, jsonOf(g, t.path(g.id))); !s)
            return fail(s.error());
        parent = g.id;
    }
    return parent;
}

Result<qint64> GroupService::add(const QString& path, std::optional<GroupKind> kind, const QString& office)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return fail(s.error());
    if (auto s = checkPath(path); !s) return fail(s.error());
    if (text::clean(office).size() > 200) return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "The office's name is at most 200 characters.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    GroupTree t = tree();
    auto id = ensureWithin(t, *GroupTree::splitPath(path), kind, text::clean(office));
    if (!id) return id;
    if (auto s = tx.commit(); !s) return fail(s.error());
    return id;
}

Status GroupService::update(const UnitGroup& input)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return s;
    UnitGroup g = input;
    for (auto* s : {&g.name, &g.shortName, &g.officeName, &g.addressee}) *s = text::clean(*s);
    if (auto s = checkName(g.name); !s) return s;
    for (const auto* s : {&g.shortName, &g.officeName, &g.addressee})
        if (s->size() > 200) return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "A group's short name, office and addressee are at most 200 characters each.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const GroupTree t = tree();
    const UnitGroup* before = t.byId(g.id);
    if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The group no longer exists.")));
    if (const UnitGroup* other = t.child(before->parentId, g.name); other && other->id != g.id)
        return fail(Error::conflict(QCoreApplication::translate("cd::GroupService", "%1 already holds a group named %2.").arg(t.path(before->parentId).isEmpty() ? QCoreApplication::translate("cd::GroupService", "The top level") : t.path(before->parentId), g.name)));
    g.parentId = before->parentId; // moving is moveGroup's
    if (auto s = GroupRepository(m_ctx.db).update(g); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("group.update"), QStringLiteral("group"), g.id, jsonOf(*before, t.path(g.id)), jsonOf(g, t.path(g.id))); !s)
        return s;
    return tx.commit();
}

Status GroupService::remove(qint64 groupId)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const GroupTree t = tree();
    const UnitGroup* g = t.byId(groupId);
    if (!g) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The group no longer exists.")));
    if (!t.children(groupId).isEmpty())
        return fail(Error::refused(QStringLiteral("group_not_empty"), QCoreApplication::translate("cd::GroupService", "%1 still holds groups; move or remove them first.").arg(t.path(groupId))));
    for (const auto& u : UnitRepository(m_ctx.db).all())
        if (u.groupId == groupId)
            return fail(Error::refused(QStringLiteral("group_not_empty"), QCoreApplication::translate("cd::GroupService", "%1 still holds units (%2 among them); move them first.").arg(t.path(groupId), u.name)));
    if (auto s = GroupRepository(m_ctx.db).remove(groupId); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("group.delete"), QStringLiteral("group"), groupId, jsonOf(*g, t.path(groupId)), {}); !s) return s;
    return tx.commit();
}

Status GroupService::moveUnit(qint64 unitId, const QString& path)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return s;
    if (text::clean(path).isEmpty()) return moveUnit(unitId, qint64(0));
    if (auto s = checkPath(path); !s) return s;
    const GroupTree t = tree();
    const UnitGroup* g = t.find(path);
    if (!g) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "There is no group %1; add it first (groups add).").arg(path)));
    return moveUnit(unitId, g->id);
}

Status GroupService::moveUnit(qint64 unitId, qint64 groupId)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const GroupTree t = tree();
    if (groupId != 0 && !t.byId(groupId)) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The group no longer exists.")));
    UnitRepository units(m_ctx.db);
    auto before = units.byId(unitId);
    if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The unit no longer exists.")));
    if (before->groupId == groupId) return tx.commit();
    if (auto s = GroupRepository(m_ctx.db).moveUnit(unitId, groupId); !s) return s;
    const QJsonObject from{{QStringLiteral("group_id"), before->groupId}, {QStringLiteral("group"), t.path(before->groupId)}};
    const QJsonObject to{{QStringLiteral("group_id"), groupId}, {QStringLiteral("group"), t.path(groupId)}};
    if (auto s = m_ctx.audit(QStringLiteral("unit.move"), QStringLiteral("unit"), unitId, from, to); !s) return s;
    return tx.commit();
}

Status GroupService::moveGroup(qint64 groupId, qint64 parentId)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "arrange units in groups")); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const GroupTree t = tree();
    const UnitGroup* g = t.byId(groupId);
    if (!g) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The group no longer exists.")));
    if (parentId != 0 && !t.byId(parentId)) return fail(Error::notFound(QCoreApplication::translate("cd::GroupService", "The group no longer exists.")));
    if (t.within(parentId, groupId) && parentId != 0)
        return fail(Error::invalid(QCoreApplication::translate("cd::GroupService", "%1 cannot go under itself or a group of its own.").arg(t.path(groupId))));
    if (g->parentId == parentId) return tx.commit();
    if (const UnitGroup* other = t.child(parentId, g->name))
        return fail(Error::conflict(QCoreApplication::translate("cd::GroupService", "%1 already holds a group named %2.").arg(parentId ? t.path(parentId) : QCoreApplication::translate("cd::GroupService", "The top level"), other->name)));
    UnitGroup moved = *g;
    moved.parentId = parentId;
    moved.sortOrder = GroupRepository(m_ctx.db).maxSortOrder(parentId) + 1;
    if (auto s = GroupRepository(m_ctx.db).update(moved); !s) return s;
    const GroupTree after = t.with(moved);
    if (auto s = m_ctx.audit(QStringLiteral("group.move"), QStringLiteral("group"), groupId, jsonOf(*g, t.path(groupId)), jsonOf(moved, after.path(groupId))); !s)
        return s;
    return tx.commit();
}

void GroupService::scope(Database& db, Actor& actor)
{
    if (!actor.scoped()) return;
    const GroupTree tree(GroupRepository(db).all());
    auto units = std::make_shared<QSet<qint64>>();
    if (tree.byId(actor.groupId)) {
        actor.scopeName = tree.path(actor.groupId);
        for (const auto& u : UnitRepository(db).all())
            if (u.groupId != 0 && tree.within(u.groupId, actor.groupId)) units->insert(u.id);
    } else {
        actor.scopeName = QCoreApplication::translate("cd::GroupService", "a group that no longer exists");
    }
    actor.scope = std::move(units);
}

Result<qint64> GroupService::part(const ServiceContext& ctx, const GroupTree& tree, qint64 requested)
{
    const Actor& a = ctx.actor;
    if (!a.scoped() || a.role == Role::Unit || a.role == Role::Admin) return requested;
    if (requested == 0) return a.groupId;
    if (tree.within(requested, a.groupId)) return requested;
    return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::GroupService", "%1 runs %2 of the campaign; %3 is not in it.")
                                                   .arg(a.shownName(), a.scopeName, tree.path(requested))});
}

} // namespace cd
