#include "domain/Groups.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <algorithm>

namespace cd {

QString toId(GroupKind k)
{
    switch (k) {
    case GroupKind::Region: return QStringLiteral("region");
    case GroupKind::System: return QStringLiteral("system");
    case GroupKind::Other: break;
    }
    return QStringLiteral("other");
}

std::optional<GroupKind> groupKindFromId(const QString& id)
{
    for (auto k : {GroupKind::Region, GroupKind::System, GroupKind::Other})
        if (toId(k) == id) return k;
    return std::nullopt;
}

QString displayName(GroupKind k)
{
    switch (k) {
    case GroupKind::Region: return QCoreApplication::translate("cd::GroupKind", "Region");
    case GroupKind::System: return QCoreApplication::translate("cd::GroupKind", "System");
    case GroupKind::Other: break;
    }
    return QCoreApplication::translate("cd::GroupKind", "Other");
}

GroupTree::GroupTree(QList<UnitGroup> groups) : m_groups(std::move(groups))
{
    std::ranges::stable_sort(m_groups, [](const UnitGroup& a, const UnitGroup& b) {
        return std::tie(a.sortOrder, a.id) < std::tie(b.sortOrder, b.id);
    });
    for (qsizetype i = 0; i < m_groups.size(); ++i) m_at.insert(m_groups[i].id, i);
}

std::optional<QStringList> GroupTree::splitPath(const QString& path)
{
    QStringList out;
    for (const QString& level : path.split(kSeparator)) {
        const QString name = text::clean(level);
        if (name.isEmpty()) return std::nullopt;
        out << name;
    }
    if (out.isEmpty()) return std::nullopt;
    return out;
}

GroupTree GroupTree::with(const UnitGroup& g) const
{
    QList<UnitGroup> all = m_groups;
    if (const auto it = m_at.constFind(g.id); it != m_at.cend()) all[*it] = g;
    else all << g;
    return GroupTree(std::move(all));
}

const UnitGroup* GroupTree::byId(qint64 id) const
{
    const auto it = m_at.constFind(id);
    return it == m_at.cend() ? nullptr : &m_groups[*it];
}

const UnitGroup* GroupTree::child(qint64 parentId, const QString& name) const
{
    for (const auto& g : m_groups)
        if (g.parentId == parentId && g.name == name) return &g;
    return nullptr;
}

const UnitGroup* GroupTree::find(const QString& path) const
{
    const auto levels = splitPath(path);
    if (!levels) return nullptr;
    const UnitGroup* at = nullptr;
    for (const QString& name : *levels)
        if (!(at = child(at ? at->id : 0, name))) return nullptr;
    return at;
}

QString GroupTree::path(qint64 id) const
{
    QStringList names;
    // A cycle cannot be stored through the services; the bound keeps a damaged file from hanging.
    for (const UnitGroup* g = byId(id); g && names.size() <= m_groups.size(); g = byId(g->parentId)) names.prepend(g->name);
    return names.join(kSeparator);
}

QList<const UnitGroup*> GroupTree::children(qint64 parentId) const
{
    QList<const UnitGroup*> out;
    for (const auto& g : m_groups)
        if (g.parentId == parentId) out << &g;
    return out;
}

bool GroupTree::within(qint64 id, qint64 ancestor) const
{
    if (ancestor == 0) return true;
    int steps = 0;
    for (const UnitGroup* g = byId(id); g && steps <= m_groups.size(); g = byId(g->parentId), ++steps)
        if (g->id == ancestor) return true;
    return false;
}

qint64 GroupTree::childToward(qint64 id, qint64 scope) const
{
    int steps = 0;
    for (const UnitGroup* g = byId(id); g && steps <= m_groups.size(); g = byId(g->parentId), ++steps)
        if (g->parentId == scope) return g->id;
    return 0;
}

} // namespace cd
