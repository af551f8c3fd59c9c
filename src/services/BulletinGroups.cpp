// A bulletin of a campaign in groups: its top-level groups' rows, whom it is addressed to, and
// the 点名 lists worst first (BulletinGather.cpp gathers the rest).
#include "services/BulletinGroups.h"

#include <QHash>
#include <algorithm>

namespace cd::bulletin {

QList<BulletinGroupRow> groupRows(const QList<BulletinUnitRow>& rows, const QList<qint64>& unitGroups, const GroupTree& tree)
{
    QList<BulletinGroupRow> out;
    if (tree.all().isEmpty()) return out;
    QHash<qint64, qsizetype> at; // top-level group (0: the units in none) → row
    for (const UnitGroup* g : tree.children(0)) {
        at.insert(g->id, out.size());
        out.append({g->name});
    }
    for (qsizetype i = 0; i < rows.size() && i < unitGroups.size(); ++i) {
        const qint64 top = tree.childToward(unitGroups[i], 0);
        if (!at.contains(top)) {
            at.insert(top, out.size());
            out.append({QStringLiteral("未分组单位")});
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

QString addressee(const GroupTree& tree)
{
    const auto top = tree.children(0);
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
    return parts.isEmpty() ? QStringLiteral("各市直单位") : parts.join(QStringLiteral("、"));
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
