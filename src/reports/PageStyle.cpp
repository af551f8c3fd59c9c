#include "reports/PageStyle.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <spdlog/spdlog.h>

namespace cd {
namespace {

// Debian has none of the Windows/WPS official fonts; these cover CJK and match in kind.
QStringList fallbacks(PageStyle::Role role)
{
    switch (role) {
    case PageStyle::Role::Title:
        return {QStringLiteral("方正小标宋_GBK"), QStringLiteral("华文中宋"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")};
    case PageStyle::Role::Body:
        return {QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN")};
    case PageStyle::Role::Heading1:
        return {QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Zen Hei")};
    case PageStyle::Role::Heading2:
        return {QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC")};
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

QString PageStyle::family(Role role) const
{
    const QString wanted = role == Role::Title ? titleFamily : role == Role::Body ? bodyFamily : role == Role::Heading1 ? heading1Family : heading2Family;
    static QMutex mutex;
    static QHash<QString, QString> chosen;
    QMutexLocker lock(&mutex);
    const QString key = wanted + QLatin1Char('/') + QString::number(int(role));
    if (auto it = chosen.constFind(key); it != chosen.cend()) return *it;
    const QStringList installed = QFontDatabase::families();
    QString use = wanted;
    if (!installed.contains(wanted)) {
        use.clear();
        for (const auto& f : fallbacks(role))
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
