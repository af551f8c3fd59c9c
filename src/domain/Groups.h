#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cd {

// How units are organised above the unit: 地区 (a county, a city), 系统 (党群、政法…) or other.
enum class GroupKind { Region, System, Other };

QString toId(GroupKind k);
std::optional<GroupKind> groupKindFromId(const QString& id);
QString displayName(GroupKind k);

// A group (分组) of units: a node of the campaign's tree, any depth.
struct UnitGroup
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 at the top
    QString name;
    QString shortName;
    GroupKind kind = GroupKind::Other;
    int sortOrder = 0;
    QString officeName; // who issues documents for this part
    QString addressee;  // whom its documents address, e.g. 各县区活动办、市直各单位
};

// The tree of groups as read: paths, children and subtrees. Paths join names with "/".
class GroupTree
{
public:
    GroupTree() = default;
    explicit GroupTree(QList<UnitGroup> groups);

    static constexpr QChar kSeparator = u'/';
    // "河安县/政府部门" → {"河安县", "政府部门"}, each level's name cleaned of spaces; empty levels
    // are an error (nullopt).
    static std::optional<QStringList> splitPath(const QString& path);

    const QList<UnitGroup>& all() const { return m_groups; }
    // The same tree with `g` in it: in place of the group with its id, else added.
    GroupTree with(const UnitGroup& g) const;
    const UnitGroup* byId(qint64 id) const;
    // The group at `path`, or nullptr.
    const UnitGroup* find(const QString& path) const;
    const UnitGroup* child(qint64 parentId, const QString& name) const;
    QString path(qint64 id) const;
    // The groups directly under `parentId` (0: the top), in their order.
    QList<const UnitGroup*> children(qint64 parentId) const;
    // Whether `id` is `ancestor` or lies under it (every group lies under 0).
    bool within(qint64 id, qint64 ancestor) const;
    // Of the children of `scope`, the one whose subtree holds `id`; 0 when `id` is `scope`
    // itself or not under it.
    qint64 childToward(qint64 id, qint64 scope) const;

private:
    QList<UnitGroup> m_groups;
    QHash<qint64, qsizetype> m_at;
};

} // namespace cd
