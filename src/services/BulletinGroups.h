#pragma once

#include "domain/Groups.h"
#include "services/BulletinContent.h"

namespace cd::bulletin {

// How many units a 点名 list names before "等N个单位", unless the office says otherwise.
inline constexpr int kNameLimit = 10;

// The units' rows summed by the top-level group each unit lies under (unitGroups[i]: the group
// of rows[i]); units in no group make a row of their own. Empty for a campaign without groups.
QList<BulletinGroupRow> groupRows(const QList<BulletinUnitRow>& rows, const QList<qint64>& unitGroups, const GroupTree& tree);
// 主送 for the whole campaign: the 地区' offices (各县区活动办) and the other top-level groups'
// addressees, or 各市直单位 where the tree says nothing.
QString addressee(const GroupTree& tree);
// The names, the largest count first, in their given order where counts are equal.
QStringList worstFirst(QList<QPair<QString, int>> named);

} // namespace cd::bulletin
