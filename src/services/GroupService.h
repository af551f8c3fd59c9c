#pragma once

#include "domain/Error.h"
#include "domain/Groups.h"
#include "services/ServiceContext.h"

#include <QList>

namespace cd {

// One group as `groups list` and the units page show it.
struct GroupOverview
{
    UnitGroup group;
    QString path;
    int depth = 0;        // 0 at the top
    int directUnits = 0;  // units in this group itself
    int allUnits = 0;     // units in it and every group under it
};

// The tree of groups (分组): 地区 and 系统 at any depth, each unit in one. Everyone with an
// account reads the tree; the office and the administrators shape it, every change audited.
class GroupService
{
public:
    explicit GroupService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    GroupTree tree();
    // Depth first, each group's children in their order.
    QList<GroupOverview> overview();
    // The group at `path`, created with every missing level above it (as `kind` and `office`
    // for the last level, 其他 for the levels made on the way). An existing last level keeps
    // its kind and office unless given.
    Result<qint64> add(const QString& path, std::optional<GroupKind> kind = std::nullopt, const QString& office = {});
    Status update(const UnitGroup& group);
    // A group with neither units nor groups under it.
    Status remove(qint64 groupId);
    // `path` empty: back to the top.
    Status moveUnit(qint64 unitId, const QString& path);
    Status moveUnit(qint64 unitId, qint64 groupId);
    // Under `parentId` (0: the top); never under itself or one of its own.
    Status moveGroup(qint64 groupId, qint64 parentId);

    // For a use case that has its transaction open already (a units import): the group at
    // `levels`, made as needed, with its audit rows; `tree` is kept up to date.
    Result<qint64> ensureWithin(GroupTree& tree, const QStringList& levels, std::optional<GroupKind> kind = std::nullopt,
                                const QString& office = {});
    static Status checkPath(const QString& path);

    // An account scoped to `actor.groupId`: its part's path and the units in it, filled in
    // from the tree and the units as they stand (at sign-in). A group that no longer exists
    // leaves the part empty: such an account sees nothing, rather than everything.
    static void scope(Database& db, Actor& actor);
    // The part of the campaign a reading or an issue covers: `requested` (0: the whole
    // campaign) for an account of the whole campaign; for a scoped one its own group when 0 is
    // asked, a group within its part as asked, and a refusal for any other.
    static Result<qint64> part(const ServiceContext& ctx, const GroupTree& tree, qint64 requested);

private:
    ServiceContext m_ctx;
};

} // namespace cd
