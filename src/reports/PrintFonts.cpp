#include "reports/PrintFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QSettings>

namespace cd {

namespace {

QString key(PageStyle::Role role)
{
    switch (role) {
    case PageStyle::Role::Title: return QStringLiteral("printing/font_title");
    case PageStyle::Role::Body: return QStringLiteral("printing/font_body");
    case PageStyle::Role::Heading1: return QStringLiteral("printing/font_heading1");
    case PageStyle::Role::Heading2: return QStringLiteral("printing/font_heading2");
    }
    return {};
}

// Read from the settings once per process, kept up to date by choose().
QMutex mutex;
QHash<PageStyle::Role, QString>* loaded = nullptr;

QHash<PageStyle::Role, QString>& choices()
{
    if (!loaded) {
        loaded = new QHash<PageStyle::Role, QString>;
        QSettings settings;
        for (PageStyle::Role r : PrintFonts::kRoles) loaded->insert(r, settings.value(key(r)).toString());
    }
    return *loaded;
}

} // namespace

QString PrintFonts::chosen(PageStyle::Role role)
{
    QMutexLocker lock(&mutex);
    return choices().value(role);
}

void PrintFonts::choose(PageStyle::Role role, const QString& family)
{
    QMutexLocker lock(&mutex);
    QSettings settings;
    if (family.isEmpty()) settings.remove(key(role));
    else settings.setValue(key(role), family);
    choices().insert(role, family);
}

QStringList PrintFonts::installedChinese()
{
    QStringList out = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    out.removeIf([](const QString& f) { return QFontDatabase::isPrivateFamily(f); });
    out.removeDuplicates();
    return out;
}

QString PrintFonts::roleName(PageStyle::Role role)
{
    switch (role) {
    case PageStyle::Role::Title: return QCoreApplication::translate("cd::PrintFonts", "Title (方正小标宋简体)");
    case PageStyle::Role::Body: return QCoreApplication::translate("cd::PrintFonts", "Body text (仿宋_GB2312)");
    case PageStyle::Role::Heading1: return QCoreApplication::translate("cd::PrintFonts", "First-level headings, 一、 (黑体)");
    case PageStyle::Role::Heading2: return QCoreApplication::translate("cd::PrintFonts", "Second-level headings, （一） (楷体_GB2312)");
    }
    return {};
}

} // namespace cd
