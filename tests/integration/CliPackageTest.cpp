#include "CliFixture.h"

namespace {

class CliPackages : public Cli
{
protected:
    QString path(const QString& name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(CliPackages, ExportOpenMakeImportAndTheExitCodes)
{
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("3"),
                   QStringLiteral("--year"), QStringLiteral("2020")})
                  .code,
              0);
    const QString unit = json({QStringLiteral("units"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")})[0]
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    EXPECT_EQ(run({QStringLiteral("package"), QStringLiteral("export")}).code, 2);
    const CliRun exported =
        run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--unit"), unit,
             QStringLiteral("--out"), path(QStringLiteral("t.cdtask"))});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const CliRun renewed = run({QStringLiteral("package"), QStringLiteral("export"),
                                QStringLiteral("--unit"), unit, QStringLiteral("--new-key"),
                                QStringLiteral("--out"), path(QStringLiteral("t.cdtask"))});
    ASSERT_EQ(renewed.code, 0) << renewed.err.toStdString();
    const CliRun all =
        run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--all"),
             QStringLiteral("--out"), path(QStringLiteral("all"))});
    ASSERT_EQ(all.code, 0) << all.err.toStdString();
    EXPECT_EQ(QDir(path(QStringLiteral("all"))).entryList({QStringLiteral("*.cdtask")}).size(), 3);

    const CliRun opened =
        run({QStringLiteral("package"), QStringLiteral("open"), path(QStringLiteral("t.cdtask")),
             QStringLiteral("--db"), path(QStringLiteral("u.cdb"))});
    ASSERT_EQ(opened.code, 0) << opened.err.toStdString();
    const CliRun made =
        run({QStringLiteral("--db"), path(QStringLiteral("u.cdb")), QStringLiteral("package"),
             QStringLiteral("make"), QStringLiteral("--out"), path(QStringLiteral("r.cdreport"))});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    // The unit's file sees its own unit only, in its place in the office's tree of groups.
    const CliRun units =
        run({QStringLiteral("--db"), path(QStringLiteral("u.cdb")), QStringLiteral("units"),
             QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray own = QJsonDocument::fromJson(units.out.toUtf8()).array();
    ASSERT_EQ(own.size(), 1);
    const QString officeGroup = json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})[0]
                                    .toObject()
                                    .value(QStringLiteral("group"))
                                    .toString();
    EXPECT_FALSE(officeGroup.isEmpty()); // the demo places every unit
    EXPECT_EQ(own[0].toObject().value(QStringLiteral("group")).toString(), officeGroup);

    const QJsonArray dry = json({QStringLiteral("package"), QStringLiteral("import"),
                                 path(QStringLiteral("r.cdreport")), QStringLiteral("--dry-run"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(dry.size(), 1);
    EXPECT_EQ(dry[0].toObject().value(QStringLiteral("unit")).toString(), unit);
    EXPECT_FALSE(dry[0].toObject().contains(QStringLiteral("refused")));
    ASSERT_EQ(run({QStringLiteral("package"), QStringLiteral("import"),
                   path(QStringLiteral("r.cdreport"))})
                  .code,
              0);
    const CliRun again = run({QStringLiteral("package"), QStringLiteral("import"),
                              path(QStringLiteral("r.cdreport")), QStringLiteral("--format"),
                              QStringLiteral("json")});
    EXPECT_EQ(again.code, 1);
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8())
                  .array()[0]
                  .toObject()
                  .value(QStringLiteral("refused"))
                  .toString(),
              QStringLiteral("replay"));
    const CliRun listed = run({QStringLiteral("package"), QStringLiteral("list")});
    EXPECT_EQ(listed.code, 0);
    EXPECT_TRUE(listed.out.contains(unit));
}
