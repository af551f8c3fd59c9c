#pragma once

#include "domain/Error.h"

class QPagedPaintDevice;
class QPainter;

namespace cd {

class OfficialDocument;

// Lays an official document out on pages of its style and paints it: the text block at the
// margins, "— N —" page numbers below it, odd pages on the right and even on the left.
// The same painting serves PDF files and printers.
class PdfRenderer
{
public:
    static Status writePdf(OfficialDocument& doc, const QString& path, const QString& title);
    // Paints onto an open device (a QPdfWriter or a QPrinter); returns the page count.
    static int paint(OfficialDocument& doc, QPagedPaintDevice& device, QPainter& painter);
};

} // namespace cd
