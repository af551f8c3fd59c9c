#include "services/UnitService.h"
#include "storage/Backup.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace cd;
using namespace cd::test;

namespace {
Unit unit(const QString& name)
{
    Unit u;
    u.name = name;
    return u;
}
} // namespace

TEST(Backup, RoundTripRestoresTheDataAsItWas)
{
    CD_FILE_ONLY("the SQLite backup API; a server\'s snapshot is tested with copy");
    Fixture f;
    f.createCampaign();
    ASSERT_TRUE(UnitService(f.ctx()).add(unit(QStringLiteral("市教育局"))));
    auto backup = Backup::rotate(f.db(), f.clock.now());
    ASSERT_TRUE(backup) << backup.error().message.toStdString();
    const QString atBackup = f.state();

    ASSERT_TRUE(UnitService(f.ctx()).add(unit(QStringLiteral("市财政局"))));
    ASSERT_NE(f.state(), atBackup);
    f.close();
    ASSERT_TRUE(Backup::restore(*backup, f.dbPath()));
    f.reopen();
    EXPECT_EQ(f.state(), atBackup);
    EXPECT_TRUE(QFile::exists(f.dbPath() + QStringLiteral(".before-restore")));
}

TEST(Backup, KeepsTheLastTen)
{
    CD_FILE_ONLY("the SQLite backup API; a server\'s snapshot is tested with copy");
    Fixture f;
    for (int i = 0; i < 13; ++i) {
        f.clock.set(f.clock.now().addSecs(60));
        ASSERT_TRUE(Backup::rotate(f.db(), f.clock.now()));
    }
    const auto list = Backup::list(f.dbPath());
    ASSERT_EQ(list.size(), Backup::kKeep);
    EXPECT_TRUE(list.first().path.contains(f.clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

TEST(Backup, ADamagedBackupIsRefusedAndTheFileIsLeftAlone)
{
    CD_FILE_ONLY("the SQLite backup API; a server\'s snapshot is tested with copy");
    Fixture f;
    ASSERT_TRUE(UnitService(f.ctx()).add(unit(QStringLiteral("市教育局"))));
    const QString before = f.state();
    f.close();
    const QString bad = f.path(QStringLiteral("bad.cdb"));
    writeFile(bad, QByteArray("not a database at all"));
    const auto s = Backup::restore(bad, f.dbPath());
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("bad.cdb")));
    f.reopen();
    EXPECT_EQ(f.state(), before);
}

TEST(Backup, ABackupIsAStandaloneConsistentFile)
{
    CD_FILE_ONLY("the SQLite backup API; a server\'s snapshot is tested with copy");
    Fixture f;
    ASSERT_TRUE(UnitService(f.ctx()).add(unit(QStringLiteral("市教育局"))));
    const QString copy = f.path(QStringLiteral("copy.cdb"));
    ASSERT_TRUE(Backup::write(f.db(), copy));
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
    auto db = Database::open(copy);
    ASSERT_TRUE(db);
    EXPECT_TRUE((*db)->integrityProblems().isEmpty());
    EXPECT_EQ(UnitService(ServiceContext{**db, f.clock, Actor::localAdmin()}).list().size(), 1);
}
