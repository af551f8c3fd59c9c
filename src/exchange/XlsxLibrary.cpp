#include "exchange/XlsxLibrary.h"

#include <dlfcn.h>
#include <spdlog/spdlog.h>

namespace cd {
namespace {

struct Loaded
{
    XlsxLibrary lib;
    QString error;
    bool ok = false;
};

template <typename F> bool resolve(void* handle, const char* name, F& target)
{
    target = reinterpret_cast<F>(dlsym(handle, name));
    return target != nullptr;
}

Loaded load()
{
    Loaded out;
#if defined(__SANITIZE_ADDRESS__)
    // The sanitizers refuse RTLD_DEEPBIND; a link-map namespace of its own isolates it as well.
    void* handle = dlmopen(LM_ID_NEWLM, CD_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
#else
    void* handle = dlopen(CD_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
    if (!handle) {
        out.error = QString::fromLocal8Bit(dlerror());
        spdlog::error("cannot load {}: {}", CD_XLSXWRITER_SONAME, out.error.toStdString());
        return out;
    }
    XlsxLibrary& l = out.lib;
    out.ok = resolve(handle, "workbook_new", l.workbookNew) && resolve(handle, "workbook_add_worksheet", l.addWorksheet) &&
             resolve(handle, "workbook_add_format", l.addFormat) && resolve(handle, "format_set_bold", l.setBold) &&
             resolve(handle, "worksheet_write_string", l.writeString) && resolve(handle, "worksheet_write_number", l.writeNumber) &&
             resolve(handle, "worksheet_set_column", l.setColumn) && resolve(handle, "worksheet_freeze_panes", l.freezePanes) &&
             resolve(handle, "workbook_close", l.close) && resolve(handle, "lxw_strerror", l.errorText);
    if (!out.ok) out.error = QStringLiteral("%1 lacks an expected function").arg(QLatin1String(CD_XLSXWRITER_SONAME));
    return out;
}

} // namespace

const XlsxLibrary* XlsxLibrary::get(QString* error)
{
    static const Loaded loaded = load();
    if (!loaded.ok && error) *error = loaded.error;
    return loaded.ok ? &loaded.lib : nullptr;
}

} // namespace cd
