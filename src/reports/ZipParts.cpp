#include "reports/ZipParts.h"

#include <QCoreApplication>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

namespace cd {

Status writeZipParts(const QString& path, const QList<ZipPart>& parts)
{
    const auto failed = [&] { return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path))); };
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate)) return failed();
        bool ok = true;
        for (const ZipPart& part : parts) {
            QuaZipFile out(&zip);
            QuaZipNewInfo info(part.name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            if (part.stored) info.uncompressedSize = ulong(part.data.size());
            if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, part.stored ? 0 : Z_DEFLATED, part.stored ? 0 : Z_DEFAULT_COMPRESSION)) {
                ok = false;
                break;
            }
            ok = out.write(part.data) == part.data.size();
            out.close();
            ok = ok && out.getZipError() == ZIP_OK;
            if (!ok) break;
        }
        zip.close();
        if (!ok || zip.getZipError() != ZIP_OK) {
            QFile::remove(partial);
            return failed();
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed();
    }
    return {};
}

} // namespace cd
