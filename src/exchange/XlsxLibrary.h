#pragma once

#include <QString>
#include <xlsxwriter.h>

namespace cd {

// libxlsxwriter, loaded on first use with RTLD_DEEPBIND.
//
// Debian's libxlsxwriter writes zips through the system minizip, while QuaZip exports its
// own minizip functions under the same names (zipOpen, zipOpenNewFileInZip4_64, …) with a
// different meaning. Linked into one process, libxlsxwriter would call QuaZip's copies and
// crash. Loaded with deep binding, it resolves them in its own minizip first.
struct XlsxLibrary
{
    decltype(&workbook_new) workbookNew = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_add_format) addFormat = nullptr;
    decltype(&format_set_bold) setBold = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_set_column) setColumn = nullptr;
    decltype(&worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&workbook_close) close = nullptr;
    decltype(&lxw_strerror) errorText = nullptr;

    // nullptr, with the reason in *error, when the library cannot be loaded.
    static const XlsxLibrary* get(QString* error = nullptr);
};

} // namespace cd
