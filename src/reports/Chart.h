#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QImage;
class QPainter;
class QRectF;
class QPaintDevice;

namespace cd {

// A figure for a printed document: bars (one or more series side by side) or a line over
// categories, drawn with QPainter, so a PDF holds it as vectors and prints it sharp. It is
// legible in black and white: series differ by fill pattern, not colour, and every bar or
// point carries its value.
struct Chart
{
    enum class Kind { Bars, Line };
    struct Series
    {
        QString name;
        QList<double> values; // negative: no value (not yet due)
    };
    Kind kind = Kind::Bars;
    QStringList categories;
    QList<Series> series;
    bool percent = false; // values are shares, 0 to 1, labelled as per cent
    QString caption;      // 图1  各月按时报送率（数据截至2026年11月30日）
    double heightMm = 55; // the drawing, without its caption: three with their captions fill a page

    // Paints the drawing (not the caption) into `area`, in the family given, for the device.
    void paint(QPainter& painter, const QRectF& area, const QString& family, QPaintDevice* device) const;
    // The highest value the scale shows: 100% for shares, else a round number above the data.
    double scaleTop() const;
    // The drawing as a picture `widthMm` wide at 200 dpi, for the editable formats.
    QImage picture(double widthMm, const QString& family) const;
};

} // namespace cd
