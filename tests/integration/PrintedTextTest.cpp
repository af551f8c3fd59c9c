// What the printed documents say when they are read back: every PDF the program writes, read
// with pdftotext exactly as it comes out (no normalisation), gives the characters written.
#include "integration/CliFixture.h"
#include "reports/PdfTextLayer.h"

#include <QRegularExpression>

using namespace cd;

namespace {

QString pdftotext(const QString& pdf, const QStringList& options = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), QStringList(options) << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-"));
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << pdf.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The characters of a text in the CJK radical blocks, as "U+2F00 ⼀" for a failure message.
QStringList radicals(const QString& text)
{
    QStringList found;
    for (char32_t c : text.toUcs4())
        if (c >= 0x2E80 && c <= 0x2FDF) found << QStringLiteral("U+%1 %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(QString::fromUcs4(&c, 1));
    found.removeDuplicates();
    return found;
}

// A 12-unit 2026 demo on 30 November with one line escalated, and every document the CLI
// prints from it.
class PrintedDocuments : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("--as-of 2026-11-30 demo --units 12 --year 2026")).code, 0);
        const QJsonArray lines = json(words("--as-of 2026-11-30 problem list --overdue --format json"));
        ASSERT_FALSE(lines.isEmpty());
        // The first overdue line not yet past 通报批评 is escalated to it (the demo escalates some).
        for (const auto& l : lines) {
            const QString id = QString::number(l.toObject().value(QStringLiteral("id")).toInteger());
            if (run({QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("problem"), QStringLiteral("escalate"), id,
                     QStringLiteral("--step"), QStringLiteral("criticism"), QStringLiteral("--note"), QStringLiteral("请于12月10日前整改到位")})
                    .code == 0) {
                line = id;
                break;
            }
        }
        ASSERT_FALSE(line.isEmpty());
        const QString firstUnit = json(words("units list --format json"))[0].toObject().value(QStringLiteral("name")).toString();
        const QList<QStringList> commands{
            words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out bulletin.pdf"),
            words("--as-of 2026-11-30 reminders --period 2026-10 --out reminders.pdf"),
            words("--as-of 2026-11-30 reminders --period 2026-10 --out notices.pdf --per-unit"),
            words("--as-of 2026-11-30 assess --year 2026 --out ranking.pdf"),
            words("--as-of 2026-11-30 assess --year 2026 --out sheet.pdf --unit") << firstUnit,
            words("--as-of 2026-11-30 print ledger --out ledger.pdf"),
            words("--as-of 2026-11-30 print responsibilities --out responsibilities.pdf"),
            words("--as-of 2026-11-30 print progress --out progress.pdf"),
            words("--as-of 2026-11-30 print notice") << line << QStringLiteral("--out") << QStringLiteral("notice.pdf"),
        };
        for (QStringList command : commands) {
            const qsizetype out = command.indexOf(QStringLiteral("--out")) + 1;
            command[out] = dir.filePath(command[out]);
            const CliRun r = run(command);
            ASSERT_EQ(r.code, 0) << command.join(QLatin1Char(' ')).toStdString() << r.err.toStdString();
            pdfs << command[out];
        }
    }
    static QStringList words(const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }
    QString pdf(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }

    QString line;
    QStringList pdfs;
};

} // namespace

TEST(PdfTextLayer, MendsEveryFormOfAToUnicodeMap)
{
    int changed = 0;
    // bfchar pairs; a bfrange with an array; a bfrange counted up from one destination;
    // a radical whose ideograph lies outside the BMP (⺇ → 𠘨, a surrogate pair).
    const QByteArray cmap("/CIDInit /ProcSet findresource begin\n"
                          "2 beginbfchar\n<0003> <2F00>\n<0004> <4E09>\nendbfchar\n"
                          "3 beginbfrange\n<0000> <0000> <0000>\n"
                          "<0005> <0008> [<2F49> <6708> <2EDB> <2E87>]\n"
                          "<0010> <0012> <2F46>\nendbfrange\nendcmap\n");
    const QByteArray mended = PdfTextLayer::mendCMap(cmap, &changed);
    EXPECT_EQ(mended.toStdString(),
              std::string("/CIDInit /ProcSet findresource begin\n"
                             "2 beginbfchar\n<0003> <4E00>\n<0004> <4E09>\nendbfchar\n"
                             "3 beginbfrange\n<0000> <0000> <0000>\n"
                             "<0005> <0008> [<6708> <6708> <98CE> <D841DE28>]\n"
                             "<0010> <0012> [<65E0> <65E5> <66F0>]\nendbfrange\nendcmap\n"));
    EXPECT_EQ(changed, 5);
    // A map with nothing to mend comes back byte for byte.
    const QByteArray clean("1 beginbfchar\n<0001> <5E74>\nendbfchar\n");
    EXPECT_EQ(PdfTextLayer::mendCMap(clean, &changed), clean);
    EXPECT_EQ(changed, 0);
    EXPECT_EQ(PdfTextLayer::ideographFor(U'\u2F47'), U'日');
    EXPECT_EQ(PdfTextLayer::ideographFor(U'\u2EC5'), U'见');
    EXPECT_EQ(PdfTextLayer::ideographFor(U'\uF92C'), U'郎'); // a compatibility ideograph
    EXPECT_EQ(PdfTextLayer::ideographFor(U'月'), U'月');
}

TEST(PdfTextLayer, ABrokenFileIsRefusedAndNothingIsLeft)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.pdf")), out = dir.filePath(QStringLiteral("out.pdf"));
    QFile f(in);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4\nthis is not a PDF at all\n");
    f.close();
    const auto r = PdfTextLayer::mend(in, out);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(out)) << r.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

// Every document: no radical in the text layer, and the dates and words it was written with.
TEST_F(PrintedDocuments, ReadBackAsWritten)
{
    for (const QString& file : pdfs) {
        const QString text = pdftotext(file);
        EXPECT_TRUE(radicals(text).isEmpty()) << file.toStdString() << ": " << radicals(text).join(QLatin1Char(' ')).toStdString();
        EXPECT_GT(text.size(), 100) << file.toStdString();
    }
    // Lines break anywhere in Chinese: the words are looked for in the text without its breaks.
    const QString bulletin = pdftotext(pdf("bulletin.pdf")).remove(QLatin1Char('\n'));
    for (const char* written : {"2026年11月30日", "一、总体情况", "“三抓一促”活动领导小组办公室", "抓作风", "促改革发展", "见下表"})
        EXPECT_TRUE(bulletin.contains(QString::fromUtf8(written))) << written;
    EXPECT_TRUE(pdftotext(pdf("notice.pdf")).contains(QStringLiteral("12月10日前整改到位")));
    EXPECT_TRUE(pdftotext(pdf("reminders.pdf")).contains(QStringLiteral("2026年10月")));
}

// Full-width punctuation beside Chinese: an ASCII : ; , ? ! ( or ) touching a CJK character
// in any printed document is a typo the standard does not allow.
TEST_F(PrintedDocuments, NoAsciiPunctuationBesideChinese)
{
    const QRegularExpression ascii(QStringLiteral("\\p{Han}[:;,?!()]|[:;,?!()]\\p{Han}"));
    for (const QString& file : pdfs) {
        const QString text = pdftotext(file, {QStringLiteral("-raw")});
        for (auto it = ascii.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            ADD_FAILURE() << file.toStdString() << ": " << text.mid(std::max<qsizetype>(0, m.capturedStart() - 12), 30).toStdString();
        }
    }
}
