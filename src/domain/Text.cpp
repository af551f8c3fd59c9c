#include "domain/Text.h"

#include <QCollator>
#include <QLocale>

namespace cd::text {
namespace {
bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0) || c == QChar(0x200B) ||
           c == QChar(0xFEFF);
}
} // namespace

QString clean(const QString& s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isBlank(s[b])) ++b;
    while (e > b && isBlank(s[e - 1])) --e;
    return s.mid(b, e - b);
}

QString key(const QString& s)
{
    QString k = clean(s).normalized(QString::NormalizationForm_KC).toLower();
    k.removeIf([](QChar c) { return isBlank(c) || c == QLatin1Char('*'); });
    return k;
}

int collate(const QString& a, const QString& b)
{
    // QCollator is not safe to share between threads; each thread keeps its own.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(a, b);
}

bool collatesBefore(const QString& a, const QString& b) { return collate(a, b) < 0; }

QString campaignOffice() { return QStringLiteral("“三抓一促”活动领导小组办公室"); }

} // namespace cd::text
