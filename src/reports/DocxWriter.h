#pragma once

#include "domain/Error.h"

namespace cd {

struct DocumentFlow;

// WordprocessingML (.docx) for WPS, Word and LibreOffice: GB/T 9704's page and margins, each
// run's East Asian and Western font and size, first-line indents in characters, exact line
// pitch, headings as the editor's own styles (标题, 标题 1, 标题 2), tables at fixed widths
// with the header row repeated, "— N —" page numbers alternating sides, figures as pictures.
class DocxWriter
{
public:
    static Status write(const DocumentFlow& flow, const QString& path);
};

} // namespace cd
