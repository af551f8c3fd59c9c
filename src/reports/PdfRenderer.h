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
    // Several documents in one file (a notice to each unit), each numbered from — 1 —.
    static Status writePdf(const QList<OfficialDocument*>& docs, const QString& path, const QString& title);
    // Paints onto an open device (a QPdfWriter or a QPrinter); returns the page count.
    // With startOnNewPage, the first page of this document begins on a fresh sheet.
    static int paint(OfficialDocument& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage = false);
    static int paint(const QList<OfficialDocument*>& docs, QPagedPaintDevice& device, QPainter& painter);
};

} // namespace cd
