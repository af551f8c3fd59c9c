// A whole campaign copied into a new file, from either engine: the same digests, table by table;
// cancelled, it leaves nothing; only an administrator may copy it.
#include "services/CopyService.h"
#include "services/DemoService.h"
#include "storage/CampaignCopy.h"
#include "storage/Migrations.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace cd;
using namespace cd::test;

namespace {

void demo(Fixture& f)
{
    DemoOptions o;
    o.units = 8;
    o.year = 2020;
    ASSERT_TRUE(DemoService(f.ctx()).generate(o));
}

} // namespace

TEST(CampaignCopy, ANewFileHoldsTheSameRowsAsTheCampaign)
{
    Fixture f;
    demo(f);
    auto source = CampaignCopy::digests(f.db());
    ASSERT_TRUE(source) << source.error().message.toStdString();
    ASSERT_EQ(source->size(), Migrations::tables().size());
    const QString target = f.path(QStringLiteral("snapshot.cdb"));
    auto written = CopyService(f.ctx()).toNewFile(target);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    EXPECT_EQ(*written, *source);
    auto copy = Database::open(target);
    ASSERT_TRUE(copy);
    auto there = CampaignCopy::digests(**copy);
    ASSERT_TRUE(there);
    EXPECT_EQ(*there, *source);
    EXPECT_TRUE((*copy)->integrityProblems().isEmpty());
    // A changed row changes its table's digest and no other.
    QSqlQuery(f.db().sql()).exec(QStringLiteral("UPDATE units SET phone = '0000' WHERE id = 1"));
    auto changed = CampaignCopy::digests(f.db());
    ASSERT_TRUE(changed);
    for (qsizetype i = 0; i < source->size(); ++i)
        EXPECT_EQ((*changed)[i] == (*source)[i], (*source)[i].table != QLatin1String("units")) << (*source)[i].table.toStdString();
}

TEST(CampaignCopy, ACancelledCopyLeavesNoFileAndOnlyTheOfficeOrAnAdministratorCopies)
{
    Fixture f;
    demo(f);
    const QString target = f.path(QStringLiteral("snapshot.cdb"));
    auto cancelled = CopyService(f.ctx()).toNewFile(target, [](const QString& table, int, int) { return table != QLatin1String("reports"); });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    // A leader and a unit read part of the campaign: neither takes a copy of the whole.
    for (const Actor& who : {Actor{QStringLiteral("leader"), QStringLiteral("领导"), Role::Viewer, 0}, Actor{QStringLiteral("jy"), QStringLiteral("教育局"), Role::Unit, 1}}) {
        auto refused = CopyService(f.as(who)).toNewFile(target);
        ASSERT_FALSE(refused) << who.login.toStdString();
        EXPECT_EQ(refused.error().code, Error::Code::Permission);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("may not take a copy of the whole campaign"))) << refused.error().message.toStdString();
        EXPECT_FALSE(QFile::exists(target));
    }
    // The office takes its snapshot.
    const Actor office{QStringLiteral("office"), QStringLiteral("办公室"), Role::Office, 0};
    auto taken = CopyService(f.as(office)).toNewFile(target);
    ASSERT_TRUE(taken) << taken.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(target));
}
