#include "services/AssessmentGroups.h"

#include "services/GroupService.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace cd {
namespace {

Result<qint64> groupAt(const GroupTree& tree, const QString& path)
{
    if (path.trimmed().isEmpty()) return qint64(0);
    const UnitGroup* g = tree.find(path);
    if (!g) return fail(Error::notFound(QCoreApplication::translate("cd::AssessmentGroups", "There is no group %1.").arg(path)));
    return g->id;
}

} // namespace

Result<AssessmentResult> AssessmentGroups::within(const AssessmentResult& r, const QString& path)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    const GroupTree tree = GroupService(m_ctx).tree();
    auto asked = groupAt(tree, path);
    if (!asked) return fail(asked.error());
    auto scope = GroupService::part(m_ctx, tree, *asked);
    if (!scope) return fail(scope.error());
    QHash<qint64, qint64> groupOf;
    for (const auto& u : UnitRepository(m_ctx.db).all()) groupOf.insert(u.id, u.groupId);
    AssessmentResult out = r;
    out.units.removeIf([&](const UnitScore& u) { return !tree.within(groupOf.value(u.unitId), *scope); });
    AssessmentRules::rank(out.units);
    return out;
}

Result<QList<GroupStanding>> AssessmentGroups::between(const AssessmentResult& r, const QString& path)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    const GroupTree tree = GroupService(m_ctx).tree();
    auto asked = groupAt(tree, path);
    if (!asked) return fail(asked.error());
    auto scope = GroupService::part(m_ctx, tree, *asked);
    if (!scope) return fail(scope.error());
    QList<GroupStanding> out;
    QHash<qint64, qsizetype> rowOf;
    for (const UnitGroup* g : tree.children(*scope)) {
        rowOf.insert(g->id, out.size());
        out.append({g->id, false, g->name, tree.path(g->id)});
    }
    QHash<qint64, qint64> groupOf;
    for (const auto& u : UnitRepository(m_ctx.db).all()) groupOf.insert(u.id, u.groupId);
    QList<double> sums(out.size() + 1, 0);
    for (const auto& u : r.units) {
        const qint64 group = groupOf.value(u.unitId);
        qsizetype row = -1;
        if (group == *scope) {
            if (!rowOf.contains(-1)) {
                rowOf.insert(-1, out.size());
                out.append({*scope, true, QCoreApplication::translate("cd::AssessmentGroups", "Units placed here"), tree.path(*scope)});
                sums.append(0);
            }
            row = rowOf.value(-1);
        } else if (const qint64 child = tree.childToward(group, *scope); child != 0) {
            row = rowOf.value(child, -1);
        }
        if (row < 0) continue;
        GroupStanding& g = out[row];
        ++g.units;
        sums[row] += u.total;
        ++g.grades[size_t(u.grade)];
    }
    for (qsizetype i = 0; i < out.size(); ++i) out[i].average = out[i].units > 0 ? AssessmentRules::rounded(sums[i] / out[i].units) : 0;
    out.removeIf([](const GroupStanding& g) { return g.units == 0; });
    return out;
}

} // namespace cd
