#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cd {

// The parts of an office document's zip (DOCX, ODT), written in order to NAME.partial and
// renamed only when whole. A stored part is not compressed (ODT's mimetype must come first,
// stored).
struct ZipPart
{
    QString name;
    QByteArray data;
    bool stored = false;
};

Status writeZipParts(const QString& path, const QList<ZipPart>& parts);

} // namespace cd
