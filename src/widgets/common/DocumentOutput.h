#pragma once

#include "domain/Error.h"
#include "reports/PageStyle.h"

#include <QString>
#include <functional>
#include <optional>

class QMenu;
class QPrinter;
class QWidget;

namespace cd {

class OfficialDocument;

// Every printed document is offered the same four ways: print preview, print, PDF and ODT
// (to edit in WPS or Word). A page adds these to its Print menu and says how to build the
// document; it is built anew each time, from what is on screen then.
namespace output {

struct Document
{
    QString title;    // the window title of the preview, the document's title in its files
    QString fileName; // suggested file name, without extension
    PageStyle style = PageStyle::official();
    std::function<Status(OfficialDocument&)> build;
};
// nullopt: nothing to print yet (the page says why, or the action does nothing).
using Source = std::function<std::optional<Document>()>;

void preview(QWidget* parent, const Document& document);
void print(QWidget* parent, const Document& document);
void save(QWidget* parent, const Document& document, const QString& extension);
// Adds "Print preview…", "Print…", "Save as PDF…", "Save as DOCX…", "Save as ODT…" to menu.
void addActions(QMenu* menu, QWidget* parent, Source source);
// A save dialog's filter for one document: PDF, DOCX, ODT (written by DocumentFiles by the
// name's extension).
QString documentFilter();

} // namespace output
} // namespace cd
