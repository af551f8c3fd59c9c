// The text layer mended in the very file QPdfWriter writes: each map replaced where it stands,
// the cross-reference table moved to match, and what pdftotext reads back.
#include "reports/PdfTextLayer.h"
#include "support/PdfText.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

namespace {

// Characters Noto CJK maps from the radicals ⼀ ⽇ ⽉ ⻅ ⻛ as well: Qt's own map gives those back.
const QString kWords = QStringLiteral("一日月见风");

QByteArray qtWrites(const QString& text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 16));
        painter.drawText(QPointF(200, 400), text);
    }
    return bytes;
}

QString save(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

// Each in-use entry of the file's one cross-reference table: where "N 0 obj" should start.
void expectTableTrue(const QByteArray& pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    ASSERT_GE(startxref, 0);
    const qint64 xref = pdf.mid(startxref + 9).trimmed().split('\n').value(0).toLongLong();
    ASSERT_TRUE(pdf.mid(xref).startsWith("xref\n")) << xref;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    ASSERT_GT(count, 3);
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = lines.value(2 + i);
        if (entry.size() < 18 || entry[17] != 'n') continue;
        const qint64 at = entry.left(10).toLongLong();
        EXPECT_TRUE(pdf.mid(at).startsWith(QByteArray::number(i) + " 0 obj")) << "object " << i << " at " << at;
    }
}

// The file with its table's offsets found again by looking for each "N 0 obj" (sound for the
// small files here): for a file changed by hand, as another writer might have laid it out.
QByteArray withTableRebuilt(QByteArray pdf)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    qsizetype entry = xref + lines[0].size() + 1 + lines[1].size() + 1;
    for (int i = 1; i < count; ++i) {
        const qsizetype at = pdf.indexOf("\n" + QByteArray::number(i) + " 0 obj\n") + 1;
        pdf.replace(entry + qsizetype(i) * 20, 10, QByteArray::number(at).rightJustified(10, '0'));
    }
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    return pdf.left(startxref) + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
}

} // namespace

TEST(PdfTextLayer, QtsFileIsMendedWhereEachMapStandsAndItsTableStaysTrue)
{
    QTemporaryDir dir;
    const QByteArray raw = qtWrites(kWords);
    // Unmended, the text layer gives radicals back: the mending is what makes it right.
    EXPECT_NE(test::pdftotext(save(dir, QStringLiteral("raw.pdf"), raw)).trimmed(), kWords);

    int changed = 0;
    const auto mended = PdfTextLayer::mendWritten(raw, &changed);
    ASSERT_TRUE(mended);
    EXPECT_GT(changed, 0);
    expectTableTrue(*mended);
    EXPECT_EQ(test::pdftotext(save(dir, QStringLiteral("mended.pdf"), *mended)).trimmed(), kWords);

    // mend() takes the same way for the file Qt wrote: the bytes are those.
    const auto n = PdfTextLayer::mend(dir.filePath(QStringLiteral("raw.pdf")), dir.filePath(QStringLiteral("out.pdf")));
    ASSERT_TRUE(n) << n.error().message.toStdString();
    EXPECT_EQ(*n, changed);
    QFile out(dir.filePath(QStringLiteral("out.pdf")));
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_EQ(out.readAll(), *mended);
}

// A map whose dictionary another writer spelled out longer comes back shorter: everything
// after it moves, and the table says where to.
TEST(PdfTextLayer, WhatFollowsAMapThatChangedSizeIsFoundWhereItMoved)
{
    QTemporaryDir dir;
    QByteArray raw = qtWrites(kWords);
    const qsizetype map = raw.indexOf("/ToUnicode ");
    ASSERT_GE(map, 0);
    const QByteArray object = raw.mid(map + 11).split(' ').value(0);
    const qsizetype dict = raw.indexOf("\n" + object + " 0 obj\n<< /Length ");
    ASSERT_GE(dict, 0);
    raw.insert(raw.indexOf(" >>", dict), " /Comment (written by another hand)");
    raw = withTableRebuilt(raw);
    expectTableTrue(raw);

    const auto mended = PdfTextLayer::mendWritten(raw);
    ASSERT_TRUE(mended);
    EXPECT_LT(mended->size(), raw.size());
    expectTableTrue(*mended);
    EXPECT_EQ(test::pdftotext(save(dir, QStringLiteral("mended.pdf"), *mended)).trimmed(), kWords);
}

TEST(PdfTextLayer, AFileNotAsQtWroteItIsMendedTheLongWay)
{
    QTemporaryDir dir;
    QByteArray raw = qtWrites(kWords);
    // Its table's address points nowhere: the file is read whole, its table rebuilt.
    const qsizetype startxref = raw.lastIndexOf("startxref\n");
    ASSERT_GE(startxref, 0);
    raw.replace(startxref, raw.size() - startxref, "startxref\n12\n%%EOF\n");
    EXPECT_FALSE(PdfTextLayer::mendWritten(raw));

    const QString in = save(dir, QStringLiteral("odd.pdf"), raw), out = dir.filePath(QStringLiteral("out.pdf"));
    const auto n = PdfTextLayer::mend(in, out);
    ASSERT_TRUE(n) << n.error().message.toStdString();
    EXPECT_GT(*n, 0);
    EXPECT_EQ(test::pdftotext(out).trimmed(), kWords);
}
