#include "exchange/HeaderMap.h"

#include "domain/Text.h"

#include <QCoreApplication>

namespace cd {

Result<HeaderMap> HeaderMap::find(const Sheet& sheet, const QList<FieldSpec>& fields)
{
    // Every caption's key once, so each cell costs one key and one look-up, whatever the
    // number of fields and aliases.
    QHash<QString, QList<int>> byCaption; // caption key → fields naming it, in order
    for (int i = 0; i < fields.size(); ++i)
        for (const auto& a : fields[i].aliases) {
            auto& list = byCaption[text::key(a)];
            if (!list.contains(i)) list.append(i);
        }
    HeaderMap best;
    int bestHits = 0;
    const int scan = std::min<int>(kScanRows, int(sheet.rows.size()));
    for (int r = 0; r < scan; ++r) {
        HeaderMap candidate;
        candidate.headerRow = r;
        const auto& row = sheet.rows[r];
        // A header names a few dozen columns near the left; a row thousands of cells wide is
        // not searched to its end.
        const int width = std::min<int>(kScanColumns, int(row.size()));
        for (int c = 0; c < width; ++c) {
            if (row[c].isEmpty()) continue;
            const auto hit = byCaption.constFind(text::key(row[c]));
            if (hit == byCaption.cend()) continue;
            for (int i : *hit) {
                if (candidate.columns.contains(fields[i].field)) continue;
                candidate.columns.insert(fields[i].field, c);
                break;
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
