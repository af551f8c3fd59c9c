#include "reports/Chart.h"

#include "reports/PageStyle.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// Black and white fills, told apart by their pattern: open hatching, then solid grey.
QBrush fill(qsizetype series)
{
    switch (series % 3) {
    case 0: return QBrush(Qt::black, Qt::BDiagPattern);
    case 1: return QBrush(QColor(0x55, 0x55, 0x55));
    default: return QBrush(Qt::black, Qt::CrossPattern);
    }
}

QString label(double v, bool percent)
{
    return percent ? QString::number(std::lround(v * 100)) + QLatin1Char('%') : QString::number(std::lround(v));
}

// A bar or a legend's swatch: white, the series' pattern, a black outline.
void bar(QPainter& painter, const QRectF& r, qsizetype series, double pen)
{
    painter.setPen(QPen(Qt::black, pen));
    painter.setBrush(Qt::white);
    painter.drawRect(r);
    painter.fillRect(r, fill(series));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
}

// A value written over the drawing, on white so that no scale line runs through it.
void valueLabel(QPainter& painter, const QRectF& box, Qt::Alignment align, const QString& text)
{
    const QRectF used = painter.boundingRect(box, int(align), text);
    painter.fillRect(used.adjusted(-1, 0, 1, 0), Qt::white);
    painter.drawText(box, int(align), text);
}

} // namespace

double Chart::scaleTop() const
{
    if (percent) return 1.0;
    double top = 0;
    for (const auto& s : series)
        for (double v : s.values) top = std::max(top, v);
    if (top <= 5) return 5;
    const double step = std::pow(10.0, std::floor(std::log10(top)));
    for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (m * step >= top * 1.1) return m * step;
    return 10 * step;
}

void Chart::paint(QPainter& painter, const QRectF& area, const QString& family, QPaintDevice* device) const
{
    painter.save();
    QFont font(family);
    font.setPointSizeF(10.5); // 五号
    PageStyle::unshaped(font);
    painter.setFont(font);
    const QFontMetricsF metrics(font, device);
    const double line = metrics.height();
    const double pen = std::max(1.0, area.width() / 1500);
    const double top = scaleTop();
    const int ticks = 5;

    // Room for the scale's labels on the left, the categories below, the legend above.
    const double left = metrics.horizontalAdvance(label(top, percent)) + line * 0.6;
    const double legend = series.size() > 1 ? line * 1.6 : line * 0.6;
    const QRectF plot(area.left() + left, area.top() + legend + line, area.width() - left - line * 0.5, area.height() - legend - line * 2.6);

    // The scale: thin dotted lines at each step, labelled on the left.
    painter.setPen(QPen(Qt::black, pen, Qt::DotLine));
    for (int i = 0; i <= ticks; ++i) {
        const double y = plot.bottom() - plot.height() * i / ticks;
        if (i > 0) painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QRectF(area.left(), y - line / 2, left - line * 0.3, line), Qt::AlignRight | Qt::AlignVCenter, label(top * i / ticks, percent));
    }
    painter.setPen(QPen(Qt::black, pen * 1.5));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    const auto n = categories.size();
    const double slot = n > 0 ? plot.width() / double(n) : plot.width();
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / top, 0.0, 1.0); };
    for (qsizetype c = 0; c < n; ++c)
        painter.drawText(QRectF(plot.left() + slot * double(c), plot.bottom() + line * 0.3, slot, line), Qt::AlignHCenter | Qt::AlignTop, categories[c]);

    if (kind == Kind::Bars) {
        const auto k = std::max<qsizetype>(1, series.size());
        const double width = slot * 0.7 / double(k);
        for (qsizetype s = 0; s < series.size(); ++s)
            for (qsizetype c = 0; c < n && c < series[s].values.size(); ++c) {
                const double v = series[s].values[c];
                if (v < 0) continue;
                const double x = plot.left() + slot * double(c) + slot * 0.15 + width * double(s);
                const QRectF r(x, yOf(v), width, plot.bottom() - yOf(v));
                bar(painter, r, s, pen);
                // Over the bar; where that would cross the scale's top line, over the line.
                QRectF box(x - slot, r.top() - line, width + 2 * slot, line);
                if (box.top() < plot.top() + pen) box.moveBottom(plot.top() - pen);
                valueLabel(painter, box, Qt::AlignHCenter | Qt::AlignBottom, label(v, percent));
            }
    } else {
        for (qsizetype s = 0; s < series.size(); ++s) {
            QPainterPath path;
            bool started = false;
            QList<QPointF> points;
            for (qsizetype c = 0; c < n && c < series[s].values.size(); ++c) {
                const double v = series[s].values[c];
                if (v < 0) continue;
                const QPointF p(plot.left() + slot * (double(c) + 0.5), yOf(v));
                started ? path.lineTo(p) : path.moveTo(p);
                started = true;
                points << p;
            }
            painter.setPen(QPen(Qt::black, pen * 2, s == 0 ? Qt::SolidLine : Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            const double mark = line * 0.35;
            painter.setPen(QPen(Qt::black, pen));
            painter.setBrush(s == 0 ? QBrush(Qt::black) : QBrush(Qt::white));
            for (const QPointF& p : points) painter.drawRect(QRectF(p.x() - mark / 2, p.y() - mark / 2, mark, mark));
            // The values last, over the line.
            qsizetype at = 0;
            for (qsizetype c = 0; c < n && c < series[s].values.size(); ++c) {
                if (series[s].values[c] < 0) continue;
                const QPointF p = points[at++];
                // Above the point; where that would cross the scale's top line, over the line
                // (the room above the plot is kept for it).
                QRectF box(p.x() - slot, p.y() - line * 1.3, 2 * slot, line);
                if (box.top() < plot.top() + pen) box.moveBottom(plot.top() - pen);
                valueLabel(painter, box, Qt::AlignHCenter | Qt::AlignBottom, label(series[s].values[c], percent));
            }
        }
    }

    // The legend, top right: a swatch of each series' fill and its name.
    if (series.size() > 1) {
        double x = plot.right();
        for (qsizetype s = series.size() - 1; s >= 0; --s) {
            const double textWidth = metrics.horizontalAdvance(series[s].name);
            x -= textWidth;
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x, area.top(), textWidth, line), Qt::AlignLeft | Qt::AlignVCenter, series[s].name);
            bar(painter, QRectF(x - line * 1.3, area.top() + line * 0.2, line, line * 0.6), s, pen);
            x -= line * 2.5;
        }
    }
    painter.restore();
}

QImage Chart::picture(double widthMm, const QString& family) const
{
    const double dpmm = 200 / 25.4;
    QImage image(QSize(int(widthMm * dpmm), int(heightMm * dpmm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpmm * 1000));
    image.setDotsPerMeterY(int(dpmm * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), image.size()), family, &image);
    return image;
}

} // namespace cd
