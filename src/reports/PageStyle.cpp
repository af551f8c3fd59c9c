#include "reports/PageStyle.h"

#include "reports/PrintFonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <spdlog/spdlog.h>

namespace cd {
namespace {

// Debian has none of the Windows/WPS official fonts; these cover CJK and match in kind.
// The official fonts' other names first (方正's GBK editions, Windows' own), then what a bare
// Debian has, which covers CJK and matches in kind.
QStringList fallbacks(PageStyle::Role role)
{
    switch (role) {
    case PageStyle::Role::Title:
        return {QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("华文中宋"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Noto Sans CJK SC")};
    case PageStyle::Role::Body:
        return {QStringLiteral("方正仿宋_GBK"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"), QStringLiteral("FangSong"),
                QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN")};
    case PageStyle::Role::Heading1:
        return {QStringLiteral("方正黑体_GBK"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Zen Hei")};
    case PageStyle::Role::Heading2:
        return {QStringLiteral("方正楷体_GBK"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("AR PL UKai CN"),
                QStringLiteral("Noto Serif CJK SC")};
    }
    return {};
}

} // namespace

PageStyle PageStyle::officialLandscape()
{
    PageStyle s;
    s.landscape = true;
    s.marginsMm = QMarginsF(37, 28, 35, 26); // the binding edge stays on the long side
    return s;
}

QSizeF PageStyle::textBlockMm() const
{
    const QSizeF page = pageMm();
    return {page.width() - marginsMm.left() - marginsMm.right(), page.height() - marginsMm.top() - marginsMm.bottom()};
}

QString PageStyle::family(Role role) const { return family(role, PrintFonts::chosen(role)); }

QFont PageStyle::font(Role role, double pt) const
{
    QFont f(family(role));
    f.setPointSizeF(pt);
    unshaped(f);
    return f;
}

QString PageStyle::named(Role role) const
{
    const QString picked = PrintFonts::chosen(role);
    if (!picked.isEmpty()) return picked;
    return role == Role::Title ? titleFamily : role == Role::Body ? bodyFamily : role == Role::Heading1 ? heading1Family : heading2Family;
}

QString PageStyle::named(const QString& installed) const
{
    for (Role r : {Role::Body, Role::Heading1, Role::Heading2, Role::Title})
        if (family(r) == installed) return named(r);
    return installed;
}

QString PageStyle::family(Role role, const QString& picked) const
{
    const QString official = role == Role::Title ? titleFamily : role == Role::Body ? bodyFamily : role == Role::Heading1 ? heading1Family : heading2Family;
    // The family chosen in Print settings comes first, when it is installed.
    const QString wanted = picked.isEmpty() ? official : picked;
    static QMutex mutex;
    static QHash<QString, QString> chosen;
    QMutexLocker lock(&mutex);
    const QString key = wanted + QLatin1Char('/') + QString::number(int(role));
    if (auto it = chosen.constFind(key); it != chosen.cend()) return *it;
    const QStringList installed = QFontDatabase::families();
    QString use = wanted;
    if (!installed.contains(wanted)) {
        use.clear();
        for (const auto& f : QStringList{official} + fallbacks(role))
            if (installed.contains(f)) {
                use = f;
                break;
            }
        if (use.isEmpty()) use = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
        if (auto log = spdlog::get("reports")) log->info("font {} is not installed; using {}", wanted.toStdString(), use.toStdString());
        else spdlog::info("font {} is not installed; using {}", wanted.toStdString(), use.toStdString());
    }
    chosen.insert(key, use);
    return use;
}

} // namespace cd
