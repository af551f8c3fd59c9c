// Files from outside given to the CLI: devices, FIFOs, links, paths that leave their folder,
// empty and repeated evidence, an empty report. Each is refused with a sentence for people,
// quickly, within a memory cap, and nothing is written.
#include "integration/CliFixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <sys/stat.h>

namespace {

class CliInput : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("from-unit")));
        // A runaway reader fails the run instead of filling the machine; a blocked one times out.
        memoryLimitMb = 768;
        timeoutMs = 30000;
    }
    QString unitFolder(const QString& name = {}) const { return dir.filePath(QStringLiteral("from-unit/") + name); }
    // A report file in the unit's folder listing these evidence names.
    QString reportListing(const QStringList& evidence, const QByteArray& summary = "三月开展中心组学习")
    {
        QJsonObject o{{QStringLiteral("summary"), QString::fromUtf8(summary)},
                      {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("task"), QStringLiteral("S2")},
                                                                       {QStringLiteral("progress"), 1},
                                                                       {QStringLiteral("status"), QStringLiteral("done")}}}},
                      {QStringLiteral("attachments"), QJsonArray::fromStringList(evidence)}};
        const QString path = unitFolder(QStringLiteral("march.json"));
        writeFile(path, QJsonDocument(o).toJson());
        return path;
    }
    CliRun submit(const QString& file, const QStringList& extra = {})
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), QStringLiteral("市委办公室"),
                               QStringLiteral("--period"), QStringLiteral("2020-03"), QStringLiteral("--file"), file} +
                   extra);
    }
    // Refused (exit 1), naming `mentions`, in words a person reads: no SQL, nothing written.
    void expectRefused(const CliRun& r, const QString& mentions)
    {
        EXPECT_EQ(r.code, 1) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(mentions)) << "expected “" << mentions.toStdString() << "” in: " << r.err.toStdString();
        static const QRegularExpression sql(QStringLiteral("constraint|SQL|syntax"), QRegularExpression::CaseInsensitiveOption);
        EXPECT_FALSE(r.err.contains(sql)) << r.err.toStdString();
        EXPECT_EQ(reports(), 0);
    }
    qsizetype reports()
    {
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array().size();
    }
    void mkfifo(const QString& path) { ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0); }
};

} // namespace

TEST_F(CliInput, EndlessDevicesAreRefusedWithoutReading)
{
    // Named on purpose with --evidence-from, a device is still not a file.
    for (const char* device : {"zero", "urandom"})
        expectRefused(submit(reportListing({QString::fromLatin1(device)}), {QStringLiteral("--evidence-from"), QStringLiteral("/dev")}),
                      QStringLiteral("/dev/") + QString::fromLatin1(device));
    expectRefused(submit(QStringLiteral("/dev/zero")), QStringLiteral("/dev/zero"));
    const QString link = dir.filePath(QStringLiteral("units.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), link));
    expectRefused(run({QStringLiteral("units"), QStringLiteral("import"), link}), QStringLiteral("units.csv"));
    EXPECT_EQ(reports(), 0);
}

TEST_F(CliInput, AFifoNeverBlocksACommand)
{
    mkfifo(unitFolder(QStringLiteral("photo.jpg")));
    expectRefused(submit(reportListing({QStringLiteral("photo.jpg")})), QStringLiteral("FIFO"));
    mkfifo(unitFolder(QStringLiteral("report.json")));
    expectRefused(submit(unitFolder(QStringLiteral("report.json"))), QStringLiteral("FIFO"));
    mkfifo(dir.filePath(QStringLiteral("units.csv")));
    expectRefused(run({QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("units.csv"))}), QStringLiteral("FIFO"));
    mkfifo(dir.filePath(QStringLiteral("visits.json")));
    const CliRun r = run({QStringLiteral("inspection"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("一季度督查"),
                          QStringLiteral("--date"), QStringLiteral("2020-03-20"), QStringLiteral("--file"), dir.filePath(QStringLiteral("visits.json"))});
    expectRefused(r, QStringLiteral("FIFO"));
}

TEST_F(CliInput, EvidenceIsReadOnlyFromTheReportsFolder)
{
    writeFile(dir.filePath(QStringLiteral("office-secret.txt")), "the office's own file");
    for (const QString& name : {QStringLiteral("/etc/passwd"), QStringLiteral("../../../../etc/hostname"), QStringLiteral("../office-secret.txt")})
        expectRefused(submit(reportListing({name})), name);
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/passwd"), unitFolder(QStringLiteral("passwd.txt"))));
    expectRefused(submit(reportListing({QStringLiteral("passwd.txt")})), QStringLiteral("passwd.txt"));
    // A person may name another folder on purpose.
    const CliRun r = submit(reportListing({QStringLiteral("../office-secret.txt")}), {QStringLiteral("--evidence-from"), dir.path()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(reports(), 1);
}

TEST_F(CliInput, EmptyAndRepeatedEvidenceAndEmptyReportsAreRefusedInWords)
{
    writeFile(unitFolder(QStringLiteral("empty.pdf")), {});
    expectRefused(submit(reportListing({QStringLiteral("empty.pdf")})), QStringLiteral("empty.pdf"));
    writeFile(unitFolder(QStringLiteral("minutes.pdf")), "%PDF-1.4 minutes");
    writeFile(unitFolder(QStringLiteral("copy.pdf")), "%PDF-1.4 minutes");
    expectRefused(submit(reportListing({QStringLiteral("minutes.pdf"), QStringLiteral("minutes.pdf")})), QStringLiteral("minutes.pdf"));
    expectRefused(submit(reportListing({QStringLiteral("minutes.pdf"), QStringLiteral("copy.pdf")})), QStringLiteral("copy.pdf"));
    expectRefused(submit(reportListing({QStringLiteral("")})), QStringLiteral("empty"));
    writeFile(unitFolder(QStringLiteral("nothing.json")), "{}");
    expectRefused(submit(unitFolder(QStringLiteral("nothing.json"))), QStringLiteral("empty"));
    // The form that works after all this.
    const CliRun ok = submit(reportListing({QStringLiteral("minutes.pdf")}));
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_EQ(reports(), 1);
}
