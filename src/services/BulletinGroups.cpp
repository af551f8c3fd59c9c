// A bulletin of a campaign in groups: its top-level groups' rows, whom it is addressed to, and
// the 点名 lists worst first (BulletinGather.cpp gathers the rest).
#include "services/BulletinGroups.h"

#include <QHash>
#include <algorithm>

namespace cd::bulletin {

QList<BulletinGroupRow> groupRows(const QList<BulletinUnitRow>& rows, const QList<qint64>& unitGroups, const GroupTree& tree, qint64 scope)
{
    QList<BulletinGroupRow> out;
    if (tree.children(scope).isEmpty()) return out;
    QHash<qint64, qsizetype> at; // child group of the scope (0: the units placed in the scope) → row
    for (const UnitGroup* g : tree.children(scope)) {
        at.insert(g->id, out.size());
        out.append({g->name});
    }
    for (qsizetype i = 0; i < rows.size() && i < unitGroups.size(); ++i) {
        const qint64 top = tree.childToward(unitGroups[i], scope);
        if (!at.contains(top)) {
            at.insert(top, out.size());
            out.append({scope == 0 ? QStringLiteral("未分组单位") : QStringLiteral("直属单位")});
        }
        BulletinGroupRow& g = out[at.value(top)];
        const BulletinUnitRow& r = rows[i];
        ++g.units;
        g.reportsDue += r.reportsDue;
        g.reportsFiled += r.reportsFiled;
        g.reportsOnTime += r.reportsOnTime;
        g.tasksBehind += r.tasksBehind;
        g.problemsFound += r.problemsFound;
        g.problemsClosed += r.problemsClosed;
        g.problemsOverdue += r.problemsOverdue;
        g.redUnits += r.light == QLatin1String("red");
    }
    out.removeIf([](const BulletinGroupRow& g) { return g.units == 0; });
    return out;
}

QString addressee(const GroupTree& tree, qint64 scope)
{
    if (const UnitGroup* g = tree.byId(scope); g && !g->addressee.isEmpty()) return g->addressee;
    const auto top = tree.children(scope);
    QStringList parts;
    int regions = 0;
    QString suffix; // what the regions' names end in: 县 and 区, or 市
    for (const UnitGroup* g : top) {
        if (g->kind == GroupKind::Region) {
            ++regions;
            const QChar last = g->name.isEmpty() ? QChar() : g->name.back();
            if ((last == u'县' || last == u'区') && !suffix.contains(QStringLiteral("县区"))) suffix = QStringLiteral("县区");
            else if (last == u'市' && suffix.isEmpty()) suffix = QStringLiteral("市");
        } else if (!g->addressee.isEmpty() && !parts.contains(g->addressee)) {
            parts << g->addressee;
        }
    }
    if (regions > 0) parts.prepend(QStringLiteral("各%1活动办").arg(suffix.isEmpty() ? QStringLiteral("地") : suffix));
    if (parts.isEmpty()) return scope == 0 ? QStringLiteral("各市直单位") : QStringLiteral("各单位");
    return parts.join(QStringLiteral("、"));
}

QString issuer(const GroupTree& tree, qint64 scope)
{
    int steps = 0;
    for (const UnitGroup* g = tree.byId(scope); g && steps <= tree.all().size(); g = tree.byId(g->parentId), ++steps)
        if (!g->officeName.isEmpty()) return g->officeName;
    return {};
}

QString scopeWord(const GroupTree& tree, qint64 scope)
{
    const UnitGroup* g = tree.byId(scope);
    if (!g) return QStringLiteral("全市");
    if (g->kind == GroupKind::System) return QStringLiteral("本系统");
    if (g->kind == GroupKind::Region && !g->name.isEmpty()) {
        const QChar last = g->name.back();
        if (last == u'县' || last == u'区' || last == u'市' || last == u'州' || last == u'旗') return QStringLiteral("全") + last;
    }
    return g->name; // 市直机关59个单位
}

QStringList worstFirst(QList<QPair<QString, int>> named)
{
    std::ranges::stable_sort(named, [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList out;
    out.reserve(named.size());
    for (const auto& n : named) out << n.first;
    return out;
}

} // namespace cd::bulletin
