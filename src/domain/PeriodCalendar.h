#pragma once

#include "domain/Entities.h"

#include <QList>
#include <optional>

namespace cd {

// When reports are due, as offsets after a period ends. Defaults from the brief:
// monthly by the 5th of the next month, quarterly by the 15th after, annual by 15 January.
struct DeadlineRules
{
    int monthlyDay = 5;
    int quarterlyDay = 15;
    int annualDay = 15;
};

struct PeriodRef
{
    PeriodKind kind = PeriodKind::Month;
    int year = 0;
    int index = 0; // month 1..12, quarter 1..4, 0 for a year
};

class PeriodCalendar
{
public:
    explicit PeriodCalendar(DeadlineRules rules = {}) : m_rules(rules) {}

    // Twelve months, four quarters and the year, in that order.
    QList<Period> periodsForYear(int year) const;
    Period period(const PeriodRef& ref) const;

    static QString code(const PeriodRef& ref);
    // "2020-03", "2020Q1", "2020"; nullopt for anything else.
    static std::optional<PeriodRef> parse(const QString& code);

private:
    DeadlineRules m_rules;
};

} // namespace cd
