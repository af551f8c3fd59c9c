#include "cli/CliArgs.h"

#include <QSet>

namespace cd::cli {

std::optional<CliArgs> CliArgs::parse(const QStringList& argv, QString* error)
{
    static const QSet<QString> withValue{QStringLiteral("db"),     QStringLiteral("as-of"),    QStringLiteral("year"),
                                         QStringLiteral("template"), QStringLiteral("sheet"),  QStringLiteral("format"),
                                         QStringLiteral("unit"),   QStringLiteral("units"),    QStringLiteral("seed"),
                                         QStringLiteral("user"),   QStringLiteral("role"),     QStringLiteral("name"),
                                         QStringLiteral("month"),  QStringLiteral("period"),   QStringLiteral("file"),
                                         QStringLiteral("status"), QStringLiteral("return"),   QStringLiteral("out"),
                                         QStringLiteral("title"),  QStringLiteral("kind"),     QStringLiteral("inspectors"),
                                         QStringLiteral("quarter"), QStringLiteral("pillar"),  QStringLiteral("text"),
                                         QStringLiteral("deadline"), QStringLiteral("measure"), QStringLiteral("responsible"),
                                         QStringLiteral("severity"), QStringLiteral("source"), QStringLiteral("to"),
                                         QStringLiteral("note"),   QStringLiteral("step"),     QStringLiteral("date"),
                                         QStringLiteral("item"),   QStringLiteral("value"),    QStringLiteral("reason"),
                                         QStringLiteral("issue"), QStringLiteral("evidence-from"), QStringLiteral("request-key"), QStringLiteral("copy-to"),
                                         QStringLiteral("charts"), QStringLiteral("name-limit"), QStringLiteral("attachment"), QStringLiteral("actor"), QStringLiteral("entity"),
                                         QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("at"),
                                         QStringLiteral("action"), QStringLiteral("session"), QStringLiteral("level"),
                                         QStringLiteral("weight"), QStringLiteral("ballots"), QStringLiteral("clerk"),
                                         QStringLiteral("serial"), QStringLiteral("place"), QStringLiteral("id"),
                                         QStringLiteral("person"), QStringLiteral("comment"), QStringLiteral("office"),
                                         QStringLiteral("addressee"), QStringLiteral("short"), QStringLiteral("group")};
    CliArgs out;
    for (int i = 1; i < argv.size(); ++i) {
        const QString& a = argv[i];
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (withValue.contains(name)) {
                if (i + 1 >= argv.size()) {
                    *error = QStringLiteral("--%1 needs a value").arg(name);
                    return std::nullopt;
                }
                value = argv[++i];
            }
            out.options.insert(name, value);
        } else {
            out.words << a;
        }
    }
    return out;
}

} // namespace cd::cli
