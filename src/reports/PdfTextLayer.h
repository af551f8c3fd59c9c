#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <optional>

namespace cd {

// The text layer of the PDFs the program writes: what a viewer's search and copy, and
// pdftotext, read back. Qt writes each font's ToUnicode map from the font's own reverse
// character map, and the CJK fonts map a radical and its ideograph to one glyph, so 一 日 月
// 风 见 come back as the radicals ⼀ ⽇ ⽉ ⻛ ⻅. The documents never write a radical, so every
// radical a map names is put back as the unified ideograph Unicode declares equivalent
// (EquivalentUnifiedIdeograph.txt); compatibility ideographs become their canonical form.
class PdfTextLayer
{
public:
    // Rewrites the ToUnicode maps of the PDF at `in` into `out` (may be the same path only
    // through a temporary: the caller writes to a new file). Returns the entries mended.
    // The file as QPdfWriter writes it is mended where each map stands (a whole PDF library
    // reads it only when it is not of that shape).
    static Result<int> mend(const QString& in, const QString& out);
    // The file QPdfWriter wrote, its maps mended in place and its cross-reference table moved
    // to match; nothing when it is not as Qt writes it (one table, plain maps).
    static std::optional<QByteArray> mendWritten(const QByteArray& pdf, int* changed = nullptr);

    // One CMap program: the destinations of its bfchar and bfrange entries mended, every
    // other byte kept. `changed` counts the destinations rewritten.
    static QByteArray mendCMap(const QByteArray& cmap, int* changed = nullptr);
    // The code point to write for one a font's map gives (itself when it needs no mending).
    static char32_t ideographFor(char32_t c);
};

} // namespace cd
