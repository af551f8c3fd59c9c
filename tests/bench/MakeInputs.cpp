// Writes the input files the import timing in scripts/bench.sh reads, at the sizes named in
// the issue "Inputs from outside": a 3 MB CSV whose first line holds 1,500,000 cells, a 70 MB
// CSV, the largest legitimate import (199,990 unit rows) as CSV, and the same rows as a
// 50 MB workbook (a column of varied text the importer does not use makes up the size).
// Usage: cd_bench_make_inputs FOLDER
#include "exchange/XlsxLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace cd;

namespace {

constexpr int kRows = 199990;

QByteArray unitRow(int i)
{
    return QStringLiteral("市第%1单位,第%1单位,政府部门,负责人%1,分管%1,联络员%1,内线%2\n").arg(i).arg(1000 + i % 9000).toUtf8();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool wideCsv(const QString& path)
{
    QByteArray bytes = "单位名称";
    bytes.reserve(3 * 1024 * 1024 + 64);
    for (int i = 0; i < 1500000; ++i) bytes += ",x";
    bytes += "\n市财政局\n";
    return writeAll(path, bytes);
}

bool rowsCsv(const QString& path, qint64 atLeastBytes, int rows)
{
    QByteArray bytes = "单位名称,简称,单位类别,主要负责人,分管领导,联络员,联系电话\n";
    for (int i = 1; i <= rows || bytes.size() < atLeastBytes; ++i) bytes += unitRow(i);
    return writeAll(path, bytes);
}

bool workbook(const QString& path)
{
    const XlsxLibrary* x = XlsxLibrary::get();
    if (!x) return false;
    lxw_workbook* wb = x->workbookNew(QFile::encodeName(path).constData());
    lxw_worksheet* ws = x->addWorksheet(wb, "units");
    const char* header[] = {"单位名称", "简称", "单位类别", "主要负责人", "分管领导", "联络员", "联系电话", "备注"};
    for (int c = 0; c < 8; ++c) x->writeString(ws, 0, lxw_col_t(c), header[c], nullptr);
    QRandomGenerator rng(1);
    QByteArray note(340, 'x');
    for (int r = 1; r <= kRows; ++r) {
        const QList<QByteArray> cells = unitRow(r).trimmed().split(',');
        for (int c = 0; c < cells.size(); ++c) x->writeString(ws, lxw_row_t(r), lxw_col_t(c), cells[c].constData(), nullptr);
        for (auto& ch : note) ch = "0123456789abcdef"[rng.bounded(16)];
        x->writeString(ws, lxw_row_t(r), 7, note.constData(), nullptr);
    }
    return x->close(wb) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: cd_bench_make_inputs FOLDER\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const bool ok = wideCsv(dir.filePath(QStringLiteral("wide-3mb.csv"))) &&
                    rowsCsv(dir.filePath(QStringLiteral("big-70mb.csv")), 70ll * 1024 * 1024, 0) &&
                    rowsCsv(dir.filePath(QStringLiteral("units-199990.csv")), 0, kRows) && workbook(dir.filePath(QStringLiteral("units-199990.xlsx")));
    if (!ok) std::fprintf(stderr, "could not write the input files in %s\n", argv[1]);
    return ok ? 0 : 1;
}
