#include "cli/Output.h"

#include "domain/Actor.h"
#include "domain/Enums.h"
#include "domain/Reporting.h"
#include "domain/Supervision.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {
namespace {

template <typename Enum>
std::optional<QString> shownAs(std::optional<Enum> e)
{
    if (e) return displayName(*e);
    return std::nullopt;
}

// What a person reads in a table or CSV: the stable identifiers JSON keeps (reform, open,
// submitted, true) in the user's language.
QString text(const QString& key, const QJsonValue& v)
{
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool()) return v.toBool() ? QCoreApplication::translate("cd::cli", "yes") : QCoreApplication::translate("cd::cli", "no");
    const QString id = v.toString();
    std::optional<QString> shown;
    if (key == QLatin1String("pillar")) shown = shownAs(pillarFromId(id));
    else if (key == QLatin1String("role")) shown = shownAs(roleFromId(id));
    else if (key == QLatin1String("level")) shown = shownAs(levelFromId(id));
    else if (key == QLatin1String("cadence")) shown = shownAs(cadenceFromId(id));
    else if (key == QLatin1String("step")) shown = shownAs(escalationStepFromId(id));
    else if (key == QLatin1String("status")) {
        shown = shownAs(reportStatusFromId(id));
        if (!shown) shown = shownAs(problemStatusFromId(id));
        if (!shown) shown = shownAs(itemStatusFromId(id));
        if (!shown && id == QLatin1String("issued")) shown = QCoreApplication::translate("cd::cli", "issued");
        if (!shown && id == QLatin1String("superseded")) shown = QCoreApplication::translate("cd::cli", "superseded");
        if (!shown && id == QLatin1String("draft")) shown = QCoreApplication::translate("cd::cli", "draft");
    } else if (key == QLatin1String("kind")) {
        shown = shownAs(taskKindFromId(id));
        if (!shown) shown = shownAs(inspectionKindFromId(id));
        if (!shown && id == QLatin1String("positive")) shown = QCoreApplication::translate("cd::cli", "positive");
        if (!shown && id == QLatin1String("negative")) shown = QCoreApplication::translate("cd::cli", "negative");
    }
    return shown.value_or(id);
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
        QStringList header;
        for (const auto& c : l.captions) header << csvField(c);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const auto& r : l.rows) {
            QStringList cells;
            for (const auto& k : l.keys) cells << csvField(text(k, r.value(k)));
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        return true;
    }
    if (format != QLatin1String("table") && !format.isEmpty()) return false;
    QList<int> widths;
    for (const auto& c : l.captions) widths << width(c);
    for (const auto& r : l.rows)
        for (int i = 0; i < l.keys.size(); ++i) widths[i] = std::max(widths[i], width(text(l.keys[i], r.value(l.keys[i]))));
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
        for (const auto& k : l.keys) cells << text(k, r.value(k));
        line(cells);
    }
    return true;
}

} // namespace cd::cli
