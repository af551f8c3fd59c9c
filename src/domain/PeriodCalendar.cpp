#include "domain/PeriodCalendar.h"

#include <QRegularExpression>

namespace cd {

QList<Period> PeriodCalendar::periodsForYear(int year) const
{
    QList<Period> out;
    for (int m = 1; m <= 12; ++m) out.append(period({PeriodKind::Month, year, m}));
    for (int q = 1; q <= 4; ++q) out.append(period({PeriodKind::Quarter, year, q}));
    out.append(period({PeriodKind::Year, year, 0}));
    return out;
}

Period PeriodCalendar::period(const PeriodRef& ref) const
{
    Period p;
    p.kind = ref.kind;
    p.code = code(ref);
    switch (ref.kind) {
    case PeriodKind::Month:
        p.start = QDate(ref.year, ref.index, 1);
        p.end = p.start.addMonths(1).addDays(-1);
        p.deadline = p.start.addMonths(1).addDays(m_rules.monthlyDay - 1);
        break;
    case PeriodKind::Quarter:
        p.start = QDate(ref.year, (ref.index - 1) * 3 + 1, 1);
        p.end = p.start.addMonths(3).addDays(-1);
        p.deadline = p.start.addMonths(3).addDays(m_rules.quarterlyDay - 1);
        break;
    case PeriodKind::Year:
        p.start = QDate(ref.year, 1, 1);
        p.end = QDate(ref.year, 12, 31);
        p.deadline = QDate(ref.year + 1, 1, m_rules.annualDay);
        break;
    }
    return p;
}

QString PeriodCalendar::code(const PeriodRef& ref)
{
    switch (ref.kind) {
    case PeriodKind::Month:
        return QStringLiteral("%1-%2").arg(ref.year, 4, 10, QLatin1Char('0')).arg(ref.index, 2, 10, QLatin1Char('0'));
    case PeriodKind::Quarter: return QStringLiteral("%1Q%2").arg(ref.year).arg(ref.index);
    case PeriodKind::Year: return QString::number(ref.year);
    }
    return {};
}

std::optional<PeriodRef> PeriodCalendar::parse(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})|Q([1-4]))?$"));
    const auto m = re.match(code.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12) return std::nullopt;
        return PeriodRef{PeriodKind::Month, year, month};
    }
    if (!m.captured(3).isEmpty()) return PeriodRef{PeriodKind::Quarter, year, m.captured(3).toInt()};
    return PeriodRef{PeriodKind::Year, year, 0};
}

} // namespace cd
