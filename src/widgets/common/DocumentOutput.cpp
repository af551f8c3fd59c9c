#include "widgets/common/DocumentOutput.h"

#include "reports/DocumentFiles.h"
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"
#include "widgets/common/Dialogs.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cd::output {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("cd::output", text); }

void setUp(QPrinter& printer, const PageStyle& style)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(style.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setFullPage(true); // the renderer draws GB/T 9704's margins itself
}

// Paints the document on the printer; a refusal to build it is shown, nothing is printed.
void paint(QWidget* parent, const Document& document, QPrinter* printer)
{
    OfficialDocument doc(document.style, printer->resolution());
    if (auto s = document.build(doc); !s) return dialogs::warning(parent, document.title, s.error().message);
    QPainter painter(printer);
    PdfRenderer::paint(doc, *printer, painter);
}

} // namespace

void preview(QWidget* parent, const Document& document)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document.style);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter* p) { paint(parent, document, p); });
    dialog.exec();
}

void print(QWidget* parent, const Document& document)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document.style);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.title));
    if (dialog.exec() != QDialog::Accepted) return;
    paint(parent, document, &printer);
}

void save(QWidget* parent, const Document& document, const QString& extension)
{
    const QString filter = extension == QLatin1String("odt")    ? tr("OpenDocument text (*.odt)")
                           : extension == QLatin1String("docx") ? tr("Word document (*.docx)")
                                                                : tr("PDF (*.pdf)");
    const QString path = dialogs::saveFileName(parent, tr("Save the %1").arg(document.title), dialogs::FileKind::Document,
                                               document.fileName + QLatin1Char('.') + extension, filter);
    if (path.isEmpty()) return;
    OfficialDocument doc(document.style);
    if (auto s = document.build(doc); !s) return dialogs::warning(parent, document.title, s.error().message);
    if (auto s = DocumentFiles::write(doc, path, document.title); !s) dialogs::warning(parent, document.title, s.error().message);
}

void addActions(QMenu* menu, QWidget* parent, Source source)
{
    const auto with = [parent, source](auto act) {
        return [parent, source, act] {
            if (auto d = source()) act(*d);
        };
    };
    auto* a = menu->addAction(tr("Print pre&view…"), parent, with([parent](const Document& d) { preview(parent, d); }));
    a->setObjectName(QStringLiteral("printPreviewAction"));
    a = menu->addAction(tr("&Print…"), parent, with([parent](const Document& d) { print(parent, d); }));
    a->setObjectName(QStringLiteral("printAction"));
    a = menu->addAction(tr("Save as P&DF…"), parent, with([parent](const Document& d) { save(parent, d, QStringLiteral("pdf")); }));
    a->setObjectName(QStringLiteral("savePdfAction"));
    a = menu->addAction(tr("Save as Wo&rd document (DOCX, for WPS and Word)…"), parent,
                        with([parent](const Document& d) { save(parent, d, QStringLiteral("docx")); }));
    a->setObjectName(QStringLiteral("saveDocxAction"));
    a = menu->addAction(tr("Save as &ODT (LibreOffice)…"), parent, with([parent](const Document& d) { save(parent, d, QStringLiteral("odt")); }));
    a->setObjectName(QStringLiteral("saveOdtAction"));
}

QString documentFilter() { return tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt)"); }

} // namespace cd::output
