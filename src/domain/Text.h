#pragma once

#include <QString>

namespace cd::text {

// Trims ASCII and full-width (U+3000) spaces, non-breaking spaces and zero-width marks,
// which real spreadsheets carry around names.
QString clean(const QString& s);

// For comparing header captions: cleaned, NFKC (full-width letters become ASCII), lower case,
// inner spaces removed.
QString key(const QString& s);

// The office that issues the campaign's documents: notices, bulletins, the ranking.
QString campaignOffice();

} // namespace cd::text
