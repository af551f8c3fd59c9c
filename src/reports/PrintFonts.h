#pragma once

#include "reports/PageStyle.h"

#include <QStringList>

namespace cd {

// The font each role of a printed document gets on this computer. By default the official
// fonts (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, as WPS installs them on Windows, UOS and
// Kylin) when present, else their installed stand-ins; File ▸ Print settings may choose
// another installed family per role. Kept in the user's settings (QSettings), so the
// desktop and the command line print alike.
class PrintFonts
{
public:
    static constexpr PageStyle::Role kRoles[] = {PageStyle::Role::Title, PageStyle::Role::Body, PageStyle::Role::Heading1, PageStyle::Role::Heading2};
    // The family chosen for a role, or empty for the automatic choice.
    static QString chosen(PageStyle::Role role);
    static void choose(PageStyle::Role role, const QString& family);
    // Installed families that write Simplified Chinese, for choosing from.
    static QStringList installedChinese();
    // "Title (方正小标宋简体)", in the user's language.
    static QString roleName(PageStyle::Role role);
};

} // namespace cd
