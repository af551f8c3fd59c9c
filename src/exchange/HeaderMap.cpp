#include "exchange/HeaderMap.h"

#include "domain/Text.h"

#include <QCoreApplication>

namespace cd {

Result<HeaderMap> HeaderMap::find(const Sheet& sheet, const QList<FieldSpec>& fields)
{
    HeaderMap best;
    int bestHits = 0;
    const int scan = std::min<int>(10, int(sheet.rows.size()));
    for (int r = 0; r < scan; ++r) {
        HeaderMap candidate;
        candidate.headerRow = r;
        const auto& row = sheet.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            const QString caption = text::key(row[c]);
            if (caption.isEmpty()) continue;
            for (const auto& f : fields) {
                if (candidate.columns.contains(f.field)) continue;
                const bool match = std::ranges::any_of(f.aliases, [&](const QString& a) { return text::key(a) == caption; });
                if (match) {
                    candidate.columns.insert(f.field, c);
                    break;
                }
            }
        }
        const bool complete = std::ranges::all_of(fields, [&](const FieldSpec& f) { return !f.required || candidate.columns.contains(f.field); });
        if (complete && candidate.columns.size() > bestHits) {
            best = candidate;
            bestHits = int(candidate.columns.size());
        }
    }
    if (bestHits == 0) {
        QStringList required;
        for (const auto& f : fields)
            if (f.required) required << f.aliases.first();
        return fail(Error::invalid(QCoreApplication::translate("cd::HeaderMap",
                                                               "No header row with the column %1 was found in the first ten rows. "
                                                               "Check that this is the right sheet and that the file is UTF-8 or GB18030 text.")
                                       .arg(required.join(QStringLiteral(", ")))));
    }
    return best;
}

QString HeaderMap::cell(const QStringList& row, const QString& field) const
{
    const int c = columns.value(field, -1);
    return c >= 0 && c < row.size() ? text::clean(row[c]) : QString();
}

} // namespace cd
