#include "domain/Settings.h"
#include "domain/SubmissionFile.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace cd;

namespace {
const QHash<QString, qint64> kCodes{{QStringLiteral("S2"), 12}, {QStringLiteral("C1"), 21}};
QJsonObject object(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
QString refusal(const char* json)
{
    auto r = submission::report(object(json), kCodes);
    return r ? QString() : r.error().message;
}
} // namespace

TEST(SubmissionFile, AReportFileIsReadWithItsTasksByCode)
{
    auto r = submission::report(object(R"({"summary": "三月", "items": [{"task": "s2", "progress": 2, "status": "done", "done": "学习党章"}],
                                          "attachments": ["会议记录.pdf"]})"),
                                kCodes);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(r->summary, QStringLiteral("三月"));
    ASSERT_EQ(r->items.size(), 1);
    EXPECT_EQ(r->items[0].taskId, 12);
    EXPECT_EQ(r->items[0].progress, 2);
    EXPECT_EQ(r->items[0].status, ItemStatus::Done);
    EXPECT_EQ(r->attachments, QStringList{QStringLiteral("会议记录.pdf")});
}

TEST(SubmissionFile, EveryWrongShapeIsRefusedWithASentence)
{
    EXPECT_EQ(refusal(R"({"summary": 5})"), QStringLiteral("\"summary\" must be text."));
    EXPECT_EQ(refusal(R"({"items": {"task": "S2"}})"), QStringLiteral("\"items\" must be a list."));
    EXPECT_EQ(refusal(R"({"items": ["S2"]})"), QStringLiteral("Each entry of \"items\" must be an object."));
    EXPECT_EQ(refusal(R"({"items": [{"task": "X9"}]})"), QStringLiteral("Unknown task code: X9"));
    EXPECT_EQ(refusal(R"({"items": [{"task": "S2", "status": "finished"}]})"),
              QStringLiteral("Unknown status finished (use not_started, in_progress, done or blocked)."));
    EXPECT_EQ(refusal(R"({"items": [{"task": "S2", "progress": "half"}]})"), QStringLiteral("The progress of S2 must be a number."));
    EXPECT_EQ(refusal(R"({"attachments": "a.pdf"})"), QStringLiteral("Each entry of \"attachments\" must be a file name."));
    EXPECT_EQ(refusal(R"({"attachments": [3]})"), QStringLiteral("Each entry of \"attachments\" must be a file name."));
    auto plan = submission::plan(object(R"({"items": []})"), kCodes);
    ASSERT_FALSE(plan);
    EXPECT_EQ(plan.error().message, QStringLiteral("The plan has no items."));
    plan = submission::plan(object(R"({"items": [{"task": "C1", "text": "召开支委会"}]})"), kCodes);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->value(0).taskId, 21);
}

TEST(Settings, ValuesAreTypedOneAtATimeAndStoredNonsenseGivesTheDefaults)
{
    auto c = settings::withValue({}, QStringLiteral("light_warn_days"), QStringLiteral("7"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->lights.warnDays, 7);
    EXPECT_EQ(settings::withValue({}, QStringLiteral("light_warn_days"), QStringLiteral("seven")).error().message,
              QStringLiteral("light_warn_days needs a whole number."));
    EXPECT_EQ(settings::withValue({}, QStringLiteral("fixer_may_verify"), QStringLiteral("yes")).error().message, QStringLiteral("fixer_may_verify is 0 or 1."));
    EXPECT_EQ(settings::withValue({}, QStringLiteral("colour"), QStringLiteral("1")).error().message, QStringLiteral("Unknown setting: colour"));

    const CampaignSettings defaults;
    const auto read = settings::fromStored({{settings::kBehindYellow, QStringLiteral("2")}, {settings::kBehindRed, QStringLiteral("4")},
                                            {settings::kAttachmentLimit, QStringLiteral("50")}});
    EXPECT_EQ(read.lights.behindYellow, 2);
    EXPECT_EQ(read.lights.behindRed, 4);
    EXPECT_EQ(read.attachmentLimitMb, 50);
    // A file edited by hand: red below yellow, a limit of minus five. The defaults, not nonsense.
    const auto edited = settings::fromStored({{settings::kBehindYellow, QStringLiteral("5")}, {settings::kBehindRed, QStringLiteral("1")},
                                              {settings::kAttachmentLimit, QStringLiteral("-5")}});
    EXPECT_EQ(edited.lights.behindYellow, defaults.lights.behindYellow);
    EXPECT_EQ(edited.lights.behindRed, defaults.lights.behindRed);
    EXPECT_EQ(edited.attachmentLimitMb, defaults.attachmentLimitMb);
    EXPECT_TRUE(settings::validate(edited));
}
