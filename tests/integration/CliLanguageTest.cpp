// The CLI for people: tables and CSV in the user's language, JSON with stable identifiers,
// headers on every listing, --version and --help per command.
#include "integration/CliFixture.h"

#include "domain/Supervision.h"

namespace {
class CliLanguage : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
        ASSERT_EQ(run(words("--as-of 2020-05-10 problem add --unit 市委办公室 --pillar reform --text 改革台账不全 --deadline 2020-05-20")).code, 0);
    }
    const QHash<QString, QString> chinese{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}};
};
} // namespace

TEST_F(CliLanguage, TablesAndCsvSpeakChineseAndJsonKeepsItsIdentifiers)
{
    const CliRun table = run(words("problem list --format table"), chinese);
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("改革台账不全")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("促改革发展"))) << table.out.toStdString();
    for (const char* id : {"reform", " open", "true", "false"}) EXPECT_FALSE(table.out.contains(QLatin1String(id))) << id << "\n" << table.out.toStdString();
    const CliRun csv = run(words("problem list --format csv"), chinese);
    ASSERT_EQ(csv.code, 0);
    const QString header = csv.out.section(QLatin1Char('\n'), 0, 0);
    EXPECT_FALSE(header.contains(QStringLiteral("pillar"))) << header.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("促改革发展")));
    const QJsonArray json = QJsonDocument::fromJson(run(words("problem list --format json"), chinese).out.toUtf8()).array();
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("pillar")).toString(), QStringLiteral("reform"));
    EXPECT_EQ(json[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
}

TEST_F(CliLanguage, EveryListingHasAHeaderAndAccountsNameTheirPeople)
{
    ASSERT_EQ(run(words("users add root --role admin"), {{QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("root-pass-1")}}).code, 0);
    QHash<QString, QString> env = chinese;
    env.insert(QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("root-pass-1"));
    const CliRun users = run(signIn(QStringLiteral("root")) + words("users list"), env);
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    const QString head = users.out.section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(head.contains(QStringLiteral("显示名称"))) << head.toStdString();
    EXPECT_FALSE(head.contains(QStringLiteral("单位名称"))) << head.toStdString();
    const CliRun packages = run(signIn(QStringLiteral("root")) + words("package list"), env);
    ASSERT_EQ(packages.code, 0) << packages.err.toStdString();
    EXPECT_TRUE(packages.out.startsWith(QStringLiteral("导入时间"))) << packages.out.toStdString();
}

TEST_F(CliLanguage, VersionAndHelpPerCommand)
{
    const CliRun version = run(words("--version"));
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("campaigndesk-cli "))) << version.out.toStdString();
    const CliRun help = run(words("units --help"));
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("units import")));
    EXPECT_FALSE(help.out.contains(QStringLiteral("report submit"))) << help.out.toStdString();
    const CliRun helpReport = run(words("help report"));
    EXPECT_TRUE(helpReport.out.contains(QStringLiteral("report submit")));
    EXPECT_FALSE(helpReport.out.contains(QStringLiteral("units import")));
    // The whole help, asked for, is on standard output and exits 0 (help2man reads it so).
    const CliRun all = run(words("--help"));
    EXPECT_EQ(all.code, 0);
    EXPECT_TRUE(all.out.startsWith(QStringLiteral("usage: campaigndesk-cli"))) << all.out.toStdString();
    // Every command the help names answers --help with its own lines.
    QStringList commands;
    for (const QString& line : all.out.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("  ")) && !line.startsWith(QStringLiteral("   ")) && line.size() > 2 && line.at(2).isLower())
            commands << line.mid(2).section(QLatin1Char(' '), 0, 0);
    commands.removeDuplicates();
    ASSERT_GE(commands.size(), 20) << commands.join(QLatin1Char(' ')).toStdString();
    for (const QString& command : commands) {
        if (command == QLatin1String("global:")) continue;
        const CliRun r = run({command, QStringLiteral("--help")});
        EXPECT_EQ(r.code, 0) << command.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("  ") + command)) << command.toStdString() << ": " << r.out.toStdString();
        EXPECT_LT(r.out.size(), all.out.size()) << command.toStdString() << " gives the whole help";
    }
}
