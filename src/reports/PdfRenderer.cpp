#include "reports/PdfRenderer.h"

#include "reports/OfficialDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cd {

int PdfRenderer::paint(OfficialDocument& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage)
{
    const PageStyle& style = doc.style();
    const double dpmm = device.logicalDpiX() / 25.4;
    const QSizeF block = style.textBlockMm() * dpmm;
    // The printable area may start at the paper's edge or inside it; place by paper position.
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QPointF origin(style.marginsMm.left() * dpmm - paint.left(), style.marginsMm.top() * dpmm - paint.top());

    QTextDocument& text = doc.document();
    text.documentLayout()->setPaintDevice(&device);
    text.setPageSize(block);
    const int pages = text.pageCount();

    QFont number(style.family(PageStyle::Role::Body));
    number.setPointSizeF(style.pageNumberPt);
    const double oneChar = style.pageNumberPt * device.logicalDpiX() / 72.0;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 || startOnNewPage) device.newPage();
        painter.save();
        painter.translate(origin.x(), origin.y() - i * block.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * block.height(), block.width(), block.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(ctx.clip);
        text.documentLayout()->draw(&painter, ctx);
        painter.restore();

        painter.save();
        painter.setFont(number);
        painter.setPen(Qt::black);
        const QString label = QStringLiteral("— %1 —").arg(i + 1);
        const double top = origin.y() + block.height() + style.pageNumberGapMm * dpmm;
        const QRectF line(origin.x() + oneChar, top, block.width() - 2 * oneChar, oneChar * 1.6);
        painter.drawText(line, ((i + 1) % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, label);
        painter.restore();
    }
    return pages;
}

int PdfRenderer::paint(const QList<OfficialDocument*>& docs, QPagedPaintDevice& device, QPainter& painter)
{
    int pages = 0;
    for (int i = 0; i < docs.size(); ++i) pages += paint(*docs[i], device, painter, i > 0);
    return pages;
}

Status PdfRenderer::writePdf(OfficialDocument& doc, const QString& path, const QString& title)
{
    return writePdf(QList<OfficialDocument*>{&doc}, path, title);
}

Status PdfRenderer::writePdf(const QList<OfficialDocument*>& docs, const QString& path, const QString& title)
{
    if (docs.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::PdfRenderer", "There is nothing to print.")));
    OfficialDocument& doc = *docs.first();
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setResolution(doc.dpi());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(doc.style().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CampaignDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
        paint(docs, writer, painter);
        painter.end();
    }
    if (QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
    return {};
}

} // namespace cd
