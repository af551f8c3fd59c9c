#include "domain/CampaignTemplate.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace cd;

namespace {
QByteArray builtIn()
{
    QFile f(QStringLiteral(CD_TEMPLATE_FILE));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST(CampaignTemplate, BuiltInTemplateHoldsEveryTaskOfTheBrief)
{
    auto t = CampaignTemplate::parse(builtIn());
    ASSERT_TRUE(t) << t.error().message.toStdString();
    QStringList codes;
    for (const auto& task : t->tasks) codes << task.code;
    const QStringList expected{"G1", "G2", "G3", "G4", "G5", "S1", "S2", "S3", "S4", "S5", "S6",
                               "S7", "S8", "S9", "C1", "C2", "C3", "C4", "P1", "P2", "P3", "P4",
                               "P5", "P6", "P7", "P8", "P9", "P10", "P11", "R1", "R2", "R3", "R4"};
    EXPECT_EQ(codes, expected);
    double weights = 0;
    for (const auto& w : t->weights) weights += w.weight;
    EXPECT_EQ(weights, 100);
}

TEST(CampaignTemplate, CadencesTargetsAndDueDatesFollowTheBrief)
{
    auto t = CampaignTemplate::parse(builtIn());
    ASSERT_TRUE(t);
    Campaign c{1, QStringLiteral("x"), 2020, QDate(2020, 1, 1), QDate(2020, 12, 31), {}};
    QHash<QString, Task> byCode;
    for (const auto& task : t->tasksFor(c)) byCode.insert(task.code, task);
    EXPECT_EQ(byCode["S2"].cadence, Cadence::Monthly);
    EXPECT_EQ(byCode["S2"].target, 12);
    EXPECT_EQ(byCode["P2"].target, 2); // party-group hearings at least twice a year
    EXPECT_EQ(byCode["S7"].measure, QStringLiteral("%"));
    EXPECT_TRUE(byCode["R1"].lowerIsBetter);
    EXPECT_EQ(byCode["G1"].due, QDate(2020, 1, 15)); // within two weeks
    EXPECT_EQ(byCode["C2"].due, QDate(2020, 3, 31)); // revised in Q1
    EXPECT_EQ(byCode["G4"].due, QDate(2020, 12, 31));
    EXPECT_EQ(byCode["S1"].pillar, Pillar::Study);
    EXPECT_EQ(byCode["G5"].pillar, Pillar::General);
}

TEST(CampaignTemplate, RefusesBrokenTemplates)
{
    EXPECT_FALSE(CampaignTemplate::parse("not json"));
    EXPECT_FALSE(CampaignTemplate::parse(R"({"id":"x","name":"y","tasks":[]})"));
    EXPECT_FALSE(CampaignTemplate::parse(
        R"({"id":"x","name":"y","tasks":[{"code":"A","title":"t","pillar":"nope","cadence":"once"}]})"));
    EXPECT_FALSE(CampaignTemplate::parse(
        R"({"id":"x","name":"y","tasks":[{"code":"A","title":"t","pillar":"study","cadence":"once"},{"code":"A","title":"u","pillar":"study","cadence":"once"}]})"));
    EXPECT_FALSE(CampaignTemplate::parse(
        R"({"id":"x","name":"y","tasks":[{"code":"A","title":"t","pillar":"study","cadence":"once","target":-1}]})"));
}
