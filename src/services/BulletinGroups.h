#pragma once

#include "domain/Groups.h"
#include "services/BulletinContent.h"

namespace cd::bulletin {

// How many units a 点名 list names before "等N个单位", unless the office says otherwise.
inline constexpr int kNameLimit = 10;

// The units' rows summed by the child group of `scope` (0: the top) each unit lies under
// (unitGroups[i]: the group of rows[i]); units placed in `scope` itself make a row of their
// own. Empty where `scope` has no child groups.
QList<BulletinGroupRow> groupRows(const QList<BulletinUnitRow>& rows, const QList<qint64>& unitGroups, const GroupTree& tree, qint64 scope = 0);
// 主送 of a bulletin of `scope` (0: the whole campaign): the group's own addressee where it has
// one; else the offices of the 地区 under it (各县区活动办) and the addressees its other child
// groups name; else 各市直单位 for the whole campaign and 各单位 for a group.
QString addressee(const GroupTree& tree, qint64 scope = 0);
// Who issues a group's bulletins: the office of the group or of the nearest group above it
// that names one; empty where none does (the campaign's office issues).
QString issuer(const GroupTree& tree, qint64 scope);
// What the bulletin calls its whole part: 全市 for the campaign, 全县 / 全区 / 全市 for a 地区
// by the last character of its name, 本系统 for a 系统, else the group's name (市直机关).
QString scopeWord(const GroupTree& tree, qint64 scope);
// The names, the largest count first, in their given order where counts are equal.
QStringList worstFirst(QList<QPair<QString, int>> named);

} // namespace cd::bulletin
