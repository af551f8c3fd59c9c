#pragma once

#include "domain/Error.h"

namespace cd {

struct DocumentFlow;

// OpenDocument text (.odt) with the same properties as the DOCX: GB/T 9704's page layout in
// styles.xml, every run's Asian font and size as well as its Western ones, no extra space
// between Chinese and digits, headings as Heading 1/2 and the title as Title, real tables
// with fixed columns and a repeated header row, "— N —" footers alternating sides, figures as
// pictures.
class OdtWriter
{
public:
    static Status write(const DocumentFlow& flow, const QString& path);
};

} // namespace cd
