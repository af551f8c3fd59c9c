// What the printed documents say when they are read back: every PDF the program writes, read
// with pdftotext exactly as it comes out (no normalisation), gives the characters written.
#include "integration/CliFixture.h"
#include "reports/OfficialDocument.h"
#include "reports/PdfTextLayer.h"
#include "reports/TableColumns.h"
#include "support/PdfText.h"

#include <QImage>
#include <QRegularExpression>

using namespace cd;

namespace {

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
            words("--as-of 2026-11-30 print responsibilities --out unit-responsibilities.pdf --unit") << firstUnit,
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
    // The 通报批评 goes to every unit: it speaks of the unit it criticises, not to it.
    const QString notice = pdftotext(pdf("notice.pdf")).remove(QLatin1Char('\n'));
    EXPECT_TRUE(notice.contains(QStringLiteral("督查发现该单位存在"))) << notice.toStdString();
    EXPECT_FALSE(notice.contains(QStringLiteral("你单位"))) << notice.toStdString();
    // 年终结硬账, as the word is written today; and the demo's cases say something real.
    const QString reminders = pdftotext(pdf("reminders.pdf")).remove(QLatin1Char('\n'));
    EXPECT_TRUE(reminders.contains(QStringLiteral("年终结硬账"))) << reminders.left(400).toStdString();
    EXPECT_FALSE(reminders.contains(QStringLiteral("硬帐")));
    EXPECT_FALSE(bulletin.contains(QStringLiteral("在活动中的做法")));
    // Letters and digits together: a task's code ("G1") in the responsibility list, whole. The
    // CJK fonts' shaped Latin digits once had no place in the text layer and read as "G".
    const QString list = pdftotext(pdf("responsibilities.pdf"), {QStringLiteral("-layout")});
    int codes = 0;
    for (const auto& t : json(words("tasks list --format json"))) {
        const QString code = t.toObject().value(QStringLiteral("code")).toString();
        if (code.isEmpty()) continue;
        EXPECT_TRUE(list.contains(QRegularExpression(QStringLiteral("(^|\\s)%1\\s").arg(QRegularExpression::escape(code))))) << code.toStdString();
        ++codes;
    }
    EXPECT_GT(codes, 10);
    EXPECT_TRUE(pdftotext(pdf("reminders.pdf")).contains(QStringLiteral("2026年10月")));
    // One unit's responsibility list names the unit in its title, on its first page.
    const QString firstUnit = json(words("units list --format json"))[0].toObject().value(QStringLiteral("name")).toString();
    const QString unitList = pdftotext(pdf("unit-responsibilities.pdf"), {QStringLiteral("-l"), QStringLiteral("1")}).remove(QLatin1Char('\n'));
    EXPECT_TRUE(unitList.contains(firstUnit + QStringLiteral("“三抓一促”活动责任清单"))) << unitList.left(200).toStdString();
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

// In the registers and the bulletin's table, dates, numbers and states stand whole on one line:
// a column is as wide as its longest date, figure or state.
TEST_F(PrintedDocuments, NoDateFigureOrStateBreaksInATable)
{
    const QRegularExpression cutDate(QStringLiteral("^\\d{4}\\.(\\d{1,2}\\.?)?$|^\\d+\\.$|^\\.\\d"));
    const QRegularExpression cutState(QStringLiteral("^(待整改|整改中|待核验|已销号)（(?!逾期）$)"));
    const QRegularExpression wholeDate(QStringLiteral("^20\\d\\d\\.\\d\\d\\.\\d\\d$"));
    for (const char* name : {"ledger.pdf", "responsibilities.pdf", "progress.pdf", "ranking.pdf", "sheet.pdf", "bulletin.pdf"}) {
        int checked = 0;
        for (const PdfWord& w : pdfWords(pdf(name))) {
            EXPECT_FALSE(cutDate.match(w.text).hasMatch()) << name << " page " << w.page << ": " << w.text.toStdString();
            EXPECT_FALSE(cutState.match(w.text).hasMatch()) << name << " page " << w.page << ": " << w.text.toStdString();
            ++checked;
        }
        EXPECT_GT(checked, 20) << name;
    }
    // Every line of the ledger: its date found and its deadline, each a whole word.
    const auto ledger = pdfWords(pdf("ledger.pdf"));
    const auto dates = std::ranges::count_if(ledger, [&](const PdfWord& w) { return wholeDate.match(w.text).hasMatch(); });
    const auto lines = json(words("--as-of 2026-11-30 problem list --format json")).size();
    EXPECT_GE(dates, 2 * lines);
    // Overdue lines say so in one piece.
    EXPECT_TRUE(std::ranges::any_of(ledger, [](const PdfWord& w) { return w.text == QStringLiteral("待整改（逾期）"); }));
}

TEST(TableColumns, FiguresTakeTheirWidthTextTheRest)
{
    TableColumn date{.content = 50, .header = 40, .headerHalf = 40, .atomic = true};
    TableColumn longText{.content = 500, .header = 30, .headerHalf = 30, .minimum = 40, .weight = 1};
    TableColumn shortText{.content = 100, .header = 30, .headerHalf = 30, .minimum = 40, .weight = 1};
    const QList<double> w = TableColumns::fit({date, longText, shortText}, 400);
    ASSERT_EQ(w.size(), 3);
    EXPECT_DOUBLE_EQ(w[0], 50);
    EXPECT_DOUBLE_EQ(w[2], 100); // no wider than its longest entry
    EXPECT_DOUBLE_EQ(w[1], 250);
    // A long header takes a second line before a text column is squeezed, one line when there is room.
    TableColumn figure{.content = 20, .header = 80, .headerHalf = 45, .atomic = true};
    const QList<double> tight = TableColumns::fit({figure, shortText}, 150);
    EXPECT_GE(tight[0], 45);
    EXPECT_LT(tight[0], 80);  // the header on two lines
    EXPECT_GE(tight[1], 100); // the text whole
    EXPECT_DOUBLE_EQ(tight[0] + tight[1], 150);
    const QList<double> roomy = TableColumns::fit({figure, shortText}, 400);
    EXPECT_GE(roomy[0], 80);
    EXPECT_DOUBLE_EQ(roomy[0] + roomy[1], 400);
}

TEST(TableColumns, WhenShortEntriesDoNotFitTheWidestGivesWay)
{
    TableColumn name{.content = 120, .header = 20, .headerHalf = 20, .minimum = 40, .atomic = true};
    TableColumn figure{.content = 30, .header = 20, .headerHalf = 20, .minimum = 40, .atomic = true};
    const QList<double> w = TableColumns::fit({name, figure, figure}, 120);
    EXPECT_DOUBLE_EQ(w[1], 30);
    EXPECT_DOUBLE_EQ(w[2], 30);
    EXPECT_DOUBLE_EQ(w[0], 60); // the name column wraps
    EXPECT_TRUE(TableColumns::atomic(QStringLiteral("2026.02.12")));
    EXPECT_TRUE(TableColumns::atomic(QStringLiteral("待整改（逾期）")));
    EXPECT_TRUE(TableColumns::atomic(QStringLiteral("1234567890.5")));
    EXPECT_FALSE(TableColumns::atomic(QStringLiteral("落实中央八项规定精神存在薄弱环节")));
}

// The bulletin's body on the standard's grid: 3号 lines 29 pt apart (±0.3 pt); headings and
// paragraphs two characters (32 pt) in from the margin.
TEST_F(PrintedDocuments, TheBulletinsBodyKeepsTheGridAndTheIndent)
{
    const double margin = 28 * 72.0 / 25.4;
    QList<PdfWord> body;
    // 3号 words: 23 pt high in the Noto fonts, 17.7 pt in AR PL UKai (楷体's stand-in); a table's
    // 五号 is 15 pt.
    for (const auto& w : pdfWords(pdf("bulletin.pdf")))
        if (w.height() > 17 && w.height() < 24.5) body << w;
    int pitches = 0, headings = 0;
    for (qsizetype i = 1; i < body.size(); ++i) {
        const double dy = body[i].y0 - body[i - 1].y0;
        // Between lines of one font (pdftotext's boxes sit differently for each): not across a
        // new run, nor between words of one line.
        if (body[i].page != body[i - 1].page || dy > 40 || dy < 1 || std::abs(body[i].height() - body[i - 1].height()) > 0.5) continue;
        EXPECT_NEAR(dy, 28.98, 0.3) << "page " << body[i].page << ": " << body[i].text.toStdString();
        ++pitches;
    }
    static const QRegularExpression heading(QStringLiteral("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
    for (const auto& w : body)
        if (heading.match(w.text).hasMatch()) {
            EXPECT_NEAR(w.x0, margin + 32, 0.5) << w.text.toStdString();
            ++headings;
        }
    EXPECT_GT(pitches, 15);
    EXPECT_EQ(headings, 7); // 一 to 五, and （一）（二） under 四
}

// 版记 at the foot of the bulletin's last page: 抄送 above 印发机关 and 印发日期, the last line
// on the text block's lower edge; the office's 抄送 list kept for the next bulletin.
TEST_F(PrintedDocuments, TheBulletinEndsWithItsImprint)
{
    const double bottom = (297 - 35) * 72.0 / 25.4;
    const auto imprint = [&](const QString& file, const QString& copyTo) {
        const auto all = pdfWords(file);
        ASSERT_FALSE(all.isEmpty());
        const int last = all.last().page;
        // The lowest on the last page (the issuer signs above the 版记 as well).
        const auto find = [&](const QString& text) {
            std::optional<PdfWord> found;
            for (const auto& w : all)
                if (w.page == last && w.text == text && (!found || w.y0 > found->y0)) found = w;
            return found;
        };
        const auto copy = find(QStringLiteral("抄送：") + copyTo);
        const auto printed = find(QStringLiteral("2026年11月30日印发"));
        const auto printer = find(QStringLiteral("“三抓一促”活动领导小组办公室"));
        ASSERT_TRUE(copy && printed && printer) << file.toStdString();
        EXPECT_LE(printed->y1, bottom);
        EXPECT_GT(printed->y0, bottom - 29);
        EXPECT_NEAR(printed->y0 - copy->y0, 28.98, 1);
        EXPECT_NEAR(printer->y0, printed->y0, 0.5);
        EXPECT_LT(printer->x0, printed->x0); // 印发机关 left, 印发日期 right
    };
    imprint(pdf("bulletin.pdf"), QStringLiteral("市委、市人大常委会、市政府、市政协领导同志。"));

    const QString copyTo = QStringLiteral("市委办公室，市政府办公室，各县（市、区）委办公室。");
    const CliRun set = run({QStringLiteral("bulletin"), QStringLiteral("set"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                            QStringLiteral("--copy-to"), copyTo});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    const QString again = dir.filePath(QStringLiteral("again.pdf")), next = dir.filePath(QStringLiteral("q2.pdf"));
    ASSERT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q3"), QStringLiteral("--out"), again})
                  .code,
              0);
    imprint(again, copyTo);
    // Another quarter's bulletin starts with the list the office last wrote.
    ASSERT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                   QStringLiteral("2026Q2"), QStringLiteral("--out"), next})
                  .code,
              0);
    imprint(next, copyTo);
    EXPECT_EQ(run(words("bulletin set --quarter 2026Q3 --charts maybe")).code, 2);
}

// The bulletin's three figures: captions under drawings made of vector paths (no pictures in
// the PDF), ink in the 62 mm above each caption; left out when the office says so.
TEST_F(PrintedDocuments, TheBulletinCarriesItsFiguresAsVectors)
{
    const QStringList captions{QStringLiteral("各月月度进度按时报送率（数据截至2026年11月30日）"), QStringLiteral("各月发现问题与整改销号数（数据截至2026年11月30日）"),
                               QStringLiteral("各方面规定任务按进度完成率（数据截至2026年11月30日）")};
    const auto all = pdfWords(pdf("bulletin.pdf"));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf("bulletin.pdf")});
    ASSERT_TRUE(images.waitForFinished(30000));
    EXPECT_EQ(QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << "only the header of pdfimages' list";
    for (int n = 1; n <= 3; ++n) {
        const auto number = std::ranges::find_if(all, [&](const PdfWord& w) { return w.text == QStringLiteral("图%1").arg(n); });
        ASSERT_NE(number, all.end()) << n;
        const auto next = std::next(number);
        ASSERT_NE(next, all.end());
        EXPECT_EQ(next->text, captions[n - 1]);
        // The drawing above the caption, rendered at 36 dpi in grey: a good share of it is ink.
        const double mm = 72.0 / 25.4, dpi = 36;
        const int x = int(28 * mm * dpi / 72), y = int((number->y0 - 62 * mm) * dpi / 72), w = int(156 * mm * dpi / 72), h = int(60 * mm * dpi / 72);
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                                  QString::number(number->page), QStringLiteral("-l"), QString::number(number->page), QStringLiteral("-x"),
                                                  QString::number(x), QStringLiteral("-y"), QString::number(y), QStringLiteral("-W"), QString::number(w),
                                                  QStringLiteral("-H"), QString::number(h), QStringLiteral("-singlefile"), pdf("bulletin.pdf"),
                                                  dir.filePath(QStringLiteral("figure%1").arg(n))});
        ASSERT_TRUE(render.waitForFinished(30000));
        const QImage drawn(dir.filePath(QStringLiteral("figure%1.png").arg(n)));
        ASSERT_FALSE(drawn.isNull());
        int ink = 0;
        for (int py = 0; py < drawn.height(); ++py)
            for (int px = 0; px < drawn.width(); ++px) ink += qGray(drawn.pixel(px, py)) < 160;
        EXPECT_GT(ink, drawn.width() * drawn.height() / 50) << "figure " << n;
    }
    ASSERT_EQ(run(words("bulletin set --quarter 2026Q3 --charts no")).code, 0);
    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    ASSERT_EQ(run(words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out") << plain).code, 0);
    EXPECT_FALSE(pdftotext(plain).contains(QStringLiteral("图1")));
    EXPECT_TRUE(pdftotext(plain).contains(QStringLiteral("一、总体情况")));
}

// The command line prints in the fonts chosen in Print settings (the user's settings file),
// and `print fonts` says which.
TEST_F(PrintedDocuments, TheCommandLinePrintsInTheChosenFonts)
{
    QDir(dir.path()).mkpath(QStringLiteral(".config/CampaignDesk"));
    writeFile(dir.filePath(QStringLiteral(".config/CampaignDesk/CampaignDesk.conf")),
              "[printing]\nfont_title=Noto Sans CJK SC\nfont_body=Noto Sans CJK SC\nfont_heading1=No Such Font\n");
    const QJsonArray fonts = json(words("print fonts --format json"));
    ASSERT_EQ(fonts.size(), 4);
    EXPECT_EQ(fonts[0].toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Noto Sans CJK SC"));
    EXPECT_EQ(fonts[1].toObject().value(QStringLiteral("chosen")).toString(), QStringLiteral("Noto Sans CJK SC"));
    EXPECT_EQ(fonts[1].toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Noto Sans CJK SC"));
    // A chosen font that is not installed: the role's official font or its stand-in, as before.
    EXPECT_EQ(fonts[2].toObject().value(QStringLiteral("chosen")).toString(), QStringLiteral("No Such Font"));
    EXPECT_EQ(fonts[2].toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Noto Sans CJK SC"));
    const QString ledger = dir.filePath(QStringLiteral("sans-ledger.pdf"));
    ASSERT_EQ(run(words("--as-of 2026-11-30 print ledger --out") << ledger).code, 0);
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {ledger});
    ASSERT_TRUE(p.waitForFinished(20000));
    const QString embedded = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(embedded.contains(QStringLiteral("NotoSansCJKsc"))) << embedded.toStdString();
    EXPECT_FALSE(embedded.contains(QStringLiteral("NotoSerifCJKsc"))) << embedded.toStdString();
}

// Headings in their fonts: 一、 in 黑体's, （一） in 楷体's, the body in 仿宋's, the title in
// 小标宋's — whatever this computer has for each (print fonts says which), read back from the
// fonts poppler finds under each line.
TEST_F(PrintedDocuments, HeadingsAreSetInTheirRolesFonts)
{
    QProcess xml;
    xml.start(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf("bulletin.pdf")});
    ASSERT_TRUE(xml.waitForFinished(30000));
    const QString out = QString::fromUtf8(xml.readAllStandardOutput());
    QHash<QString, QString> specs; // font id → family
    static const QRegularExpression spec(QStringLiteral("<fontspec id=\"(\\d+)\" size=\"\\d+\" family=\"([^\"]+)\""));
    for (auto it = spec.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        specs.insert(m.captured(1), m.captured(2));
    }
    const auto fontOf = [&](const QString& line) {
        const QRegularExpression text(QStringLiteral("<text [^>]*font=\"(\\d+)\">%1</text>").arg(QRegularExpression::escape(line)));
        return specs.value(text.match(out).captured(1));
    };
    const QJsonArray roles = json(words("print fonts --format json"));
    ASSERT_EQ(roles.size(), 4);
    const auto is = [&](const QString& embedded, int role) {
        QString family = roles[role].toObject().value(QStringLiteral("family")).toString();
        return !embedded.isEmpty() && family.remove(QLatin1Char(' ')).endsWith(embedded, Qt::CaseInsensitive);
    };
    EXPECT_TRUE(is(fontOf(QStringLiteral("一、总体情况")), 2)) << fontOf(QStringLiteral("一、总体情况")).toStdString();
    EXPECT_TRUE(is(fontOf(QStringLiteral("（一）月度进度未按要求报送的单位")), 3)) << fontOf(QStringLiteral("（一）月度进度未按要求报送的单位")).toStdString();
    EXPECT_TRUE(is(fontOf(QStringLiteral("各市直单位：")), 1)) << fontOf(QStringLiteral("各市直单位：")).toStdString();
    const QString title = QStringLiteral("“三抓一促”活动督查情况的通报"); // the title's second line
    EXPECT_TRUE(is(fontOf(title), 0)) << fontOf(title).toStdString();
}

TEST(OfficialDocument, ChineseNumbersForHeadings)
{
    const QStringList expected{QStringLiteral("一"), QStringLiteral("十"), QStringLiteral("十一"), QStringLiteral("二十"), QStringLiteral("二十五"),
                               QStringLiteral("一百"), QStringLiteral("一百零五"), QStringLiteral("一百一十"), QStringLiteral("一百二十")};
    const QList<int> numbers{1, 10, 11, 20, 25, 100, 105, 110, 120};
    for (qsizetype i = 0; i < numbers.size(); ++i) EXPECT_EQ(OfficialDocument::chineseNumber(numbers[i]), expected[i]) << numbers[i];
}
