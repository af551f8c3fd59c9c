#pragma once
// A new campaign database of its own on the throwaway server for each test, reached through
// Database::connect as a person would, by address, as its owner.
#include "services/CampaignService.h"
#include "services/UnitService.h"
#include "storage/Database.h"

#include "support/ThrowawayServer.h"

class OnServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
        name = server.createDatabase();
        auto opened = cd::Database::connect(server.address(name));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        db = std::move(*opened);
    }
    void TearDown() override
    {
        db.reset();
        if (!name.isEmpty()) server.dropDatabase(name);
    }
    cd::ServiceContext ctx() { return cd::ServiceContext{*db, clock, cd::Actor::localAdmin()}; }
    // The 2020 campaign with 市教育局 in it; the unit's id.
    std::optional<qint64> campaignWithOneUnit()
    {
        if (!cd::CampaignService(ctx()).createFromTemplate(2020)) return std::nullopt;
        cd::Unit u;
        u.name = QStringLiteral("市教育局");
        auto id = cd::UnitService(ctx()).add(u);
        return id ? std::optional<qint64>(*id) : std::nullopt;
    }
    ThrowawayServer server;
    QString name;
    std::unique_ptr<cd::Database> db;
    cd::FixedClock clock{QDateTime(QDate(2020, 4, 10), QTime(9, 30))};
};
