#pragma once

#include "domain/Error.h"

namespace cd {

class OfficialDocument;

// Writes an official document by the file's extension: .pdf (the printed layout, fonts
// embedded), .odt (for editing in WPS or Word) or .html.
class DocumentFiles
{
public:
    static Status write(OfficialDocument& doc, const QString& path, const QString& title);
    static bool handles(const QString& path);
};

} // namespace cd
