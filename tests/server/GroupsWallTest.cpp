// The tree of groups on a server: every login reads it, only the office's and the
// administrators' change it, from psql as from the program, and what they change is recorded
// in their own names.
#include "server/ServerAccess.h"

namespace {

class GroupsWall : public ServerAccess
{
};

TEST_F(GroupsWall, EveryoneReadsTheTreeAndOnlyTheOfficeChangesIt)
{
    const qint64 groups = scalar(QStringLiteral("SELECT count(*) FROM unit_groups")).toLongLong();
    ASSERT_GT(groups, 0); // the demo's 市直机关 and its 系统
    for (const QString& login : {unitLogin, viewerLogin}) {
        const Psql read = psql(login, QStringLiteral("SELECT count(*) FROM unit_groups"));
        EXPECT_EQ(read.code, 0) << read.err.toStdString();
        EXPECT_EQ(read.out.toLongLong(), groups);
    }
    const QString before = everything();
    const QString own = QString::number(this->own);
    for (const QString& login : {unitLogin, viewerLogin}) {
        refused(login, QStringLiteral("INSERT INTO unit_groups (name) VALUES ('自封的系统')"), "permission denied");
        refused(login, QStringLiteral("UPDATE unit_groups SET office_name = '自封的办公室'"), "permission denied");
        refused(login, QStringLiteral("DELETE FROM unit_groups"), "permission denied");
        // A unit's place in the tree is the office's to decide.
        refused(login, QStringLiteral("UPDATE units SET group_id = NULL WHERE id = %1").arg(own), "permission denied");
    }
    EXPECT_EQ(everything(), before);

    // The office's clerk arranges the tree; the record names the clerk.
    const CliRun r = runOn(as(officeLogin), {QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("河安县/政府部门"), QStringLiteral("--kind"), QStringLiteral("system")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.create' AND actor = '%1'").arg(officeLogin)).toLongLong(), 2);
    const CliRun moved = runOn(as(officeLogin), {QStringLiteral("groups"), QStringLiteral("move"), ownName, QStringLiteral("--to"), QStringLiteral("河安县/政府部门")});
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unit.move' AND actor = '%1' AND entity_id = %2").arg(officeLogin, own)).toLongLong(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT g.name FROM units u JOIN unit_groups g ON g.id = u.group_id WHERE u.id = %1").arg(own)).toString(), QStringLiteral("政府部门"));
    // The unit's login cannot move itself back.
    refused(unitLogin, QStringLiteral("UPDATE units SET group_id = NULL WHERE id = %1").arg(own), "permission denied");
}

} // namespace
