// A task package carries its unit's place in the office's tree of groups, and a package whose
// groups are not ones a campaign keeps is refused whole.
#include "packages/PackagePayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace cd;

namespace {

package::Archive archiveOf(const package::TaskPayload& p)
{
    package::Archive a;
    a.header.format = QString::fromLatin1(package::kTaskFormat);
    a.header.unitId = p.unit.id;
    a.header.unitName = p.unit.name;
    a.header.campaign = p.campaign.year;
    for (const auto& part : package::taskParts(p)) a.parts.insert(part.path, part.data);
    return a;
}

package::TaskPayload payload()
{
    package::TaskPayload p;
    p.campaign.id = 1;
    p.campaign.year = 2020;
    p.campaign.name = QStringLiteral("2020年“三抓一促”活动");
    p.campaign.start = QDate(2020, 1, 1);
    p.campaign.end = QDate(2020, 12, 31);
    p.unit.id = 7;
    p.unit.name = QStringLiteral("河安县民政局");
    p.key = QByteArray(32, 'k');
    p.groups = {{3, 0, QStringLiteral("河安县"), {}, GroupKind::Region, 2, QStringLiteral("河安县活动办"), QStringLiteral("县直各单位")},
                {9, 3, QStringLiteral("政府部门"), {}, GroupKind::System, 1, {}, {}}};
    return p;
}

} // namespace

TEST(TaskGroups, ThePackageCarriesTheUnitsGroupsFromTheTopDown)
{
    auto parsed = package::parseTaskPayload(archiveOf(payload()));
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    ASSERT_EQ(parsed->groups.size(), 2);
    EXPECT_EQ(parsed->groups[0].name, QStringLiteral("河安县"));
    EXPECT_EQ(parsed->groups[0].kind, GroupKind::Region);
    EXPECT_EQ(parsed->groups[0].officeName, QStringLiteral("河安县活动办"));
    EXPECT_EQ(parsed->groups[0].addressee, QStringLiteral("县直各单位"));
    EXPECT_EQ(parsed->groups[1].name, QStringLiteral("政府部门"));
}

TEST(TaskGroups, AGroupNoCampaignKeepsIsRefused)
{
    for (const QString& name : {QStringLiteral("河安县/政府部门"), QStringLiteral(" "), QString(101, QChar(u'县'))}) {
        package::Archive a = archiveOf(payload());
        QJsonObject unit = QJsonDocument::fromJson(a.parts.value(QStringLiteral("unit.json"))).object();
        QJsonArray groups = unit.value(QStringLiteral("groups")).toArray();
        QJsonObject first = groups[0].toObject();
        first.insert(QStringLiteral("name"), name);
        groups[0] = first;
        unit.insert(QStringLiteral("groups"), groups);
        a.parts.insert(QStringLiteral("unit.json"), QJsonDocument(unit).toJson());
        auto parsed = package::parseTaskPayload(a);
        ASSERT_FALSE(parsed) << name.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("unit.json"))) << parsed.error().message.toStdString();
    }
    // A group without its name.
    package::Archive a = archiveOf(payload());
    QJsonObject unit = QJsonDocument::fromJson(a.parts.value(QStringLiteral("unit.json"))).object();
    unit.insert(QStringLiteral("groups"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("region")}}});
    a.parts.insert(QStringLiteral("unit.json"), QJsonDocument(unit).toJson());
    EXPECT_FALSE(package::parseTaskPayload(a));
}
