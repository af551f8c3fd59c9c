#include "cli/Output.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {
namespace {

QString text(const QJsonValue& v)
{
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// Terminal columns: CJK characters take two.
int width(const QString& s)
{
    int w = 0;
    for (QChar c : s) w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

QString csvField(const QString& v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))) return v;
    QString q = v;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

bool print(const Listing& l, const QString& format, QTextStream& out)
{
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const auto& r : l.rows) arr.append(r);
        out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return true;
    }
    if (format == QLatin1String("csv")) {
        out << l.keys.join(QLatin1Char(',')) << '\n';
        for (const auto& r : l.rows) {
            QStringList cells;
            for (const auto& k : l.keys) cells << csvField(text(r.value(k)));
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        return true;
    }
    if (format != QLatin1String("table") && !format.isEmpty()) return false;
    QList<int> widths;
    for (const auto& c : l.captions) widths << width(c);
    for (const auto& r : l.rows)
        for (int i = 0; i < l.keys.size(); ++i) widths[i] = std::max(widths[i], width(text(r.value(l.keys[i]))));
    auto line = [&](const QStringList& cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i) {
            s += cells[i];
            if (i + 1 < cells.size()) s += QString(widths[i] - width(cells[i]) + 2, QLatin1Char(' '));
        }
        out << s << '\n';
    };
    line(l.captions);
    for (const auto& r : l.rows) {
        QStringList cells;
        for (const auto& k : l.keys) cells << text(r.value(k));
        line(cells);
    }
    return true;
}

} // namespace cd::cli
