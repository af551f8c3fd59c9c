#include "reports/DocumentFiles.h"

#include "reports/DocumentFlow.h"
#include "reports/DocxWriter.h"
#include "reports/OdtWriter.h"
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace cd {

bool DocumentFiles::handles(const QString& path)
{
    const QString p = path.toLower();
    return p.endsWith(QLatin1String(".pdf")) || p.endsWith(QLatin1String(".docx")) || p.endsWith(QLatin1String(".odt")) ||
           p.endsWith(QLatin1String(".html")) || p.endsWith(QLatin1String(".htm"));
}

Status DocumentFiles::write(OfficialDocument& doc, const QString& path, const QString& title)
{
    const QString lower = path.toLower();
    const auto failed = [&path] { return fail(Error::io(QCoreApplication::translate("cd::DocumentFiles", "Could not write %1.").arg(path))); };
    if (lower.endsWith(QLatin1String(".pdf"))) return PdfRenderer::writePdf(doc, path, title);
    if (lower.endsWith(QLatin1String(".docx"))) return DocxWriter::write(DocumentFlow::of(doc, title), path);
    if (lower.endsWith(QLatin1String(".odt"))) return OdtWriter::write(DocumentFlow::of(doc, title), path);
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))) {
        doc.document().setMetaInformation(QTextDocument::DocumentTitle, title);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return failed();
        file.write(doc.document().toHtml().toUtf8());
        if (!file.commit()) return failed();
        return {};
    }
    return fail(Error::invalid(QCoreApplication::translate("cd::DocumentFiles", "%1: write .pdf, .docx, .odt or .html.").arg(path)));
}

} // namespace cd
