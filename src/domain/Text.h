#pragma once

#include <QString>

namespace cd::text {

// Trims ASCII and full-width (U+3000) spaces, non-breaking spaces and zero-width marks,
// which real spreadsheets carry around names.
QString clean(const QString& s);

// For comparing header captions: cleaned, NFKC (full-width letters become ASCII), lower case,
// inner spaces removed.
QString key(const QString& s);

// The one order for Chinese names everywhere — tables, lists, printed documents: pinyin as
// zh_CN collates it, digits by value (市第2中学 before 市第10中学). <0, 0, >0.
int collate(const QString& a, const QString& b);
bool collatesBefore(const QString& a, const QString& b);

// The office that issues the campaign's documents: notices, bulletins, the ranking.
QString campaignOffice();

} // namespace cd::text
