#pragma once

// 述职测评: the secretaries' report-and-rating on party building. The rules of counting and
// grading, apart from where the ballots are kept (docs/review.md).
#include "domain/Enums.h"
#include "domain/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <array>

namespace cd {

// The four grades a voter gives, best first: 好 较好 一般 差.
enum class ReviewMark { Good, Fair, Average, Poor };
inline constexpr std::array kAllMarks{ReviewMark::Good, ReviewMark::Fair, ReviewMark::Average, ReviewMark::Poor};
QString markName(ReviewMark m); // 好 … 差: the grades are words of the printed form, never translated
// "1"…"4" or the grade's name; nullopt for anything else.
std::optional<ReviewMark> markFromText(const QString& text);

// One cell of an entered ballot: a mark, no mark, or more than one (both invalid for that person).
namespace ballot_cell {
inline constexpr QChar kNone = QLatin1Char('0');
inline constexpr QChar kMany = QLatin1Char('x');
// "1"…"4", 好…差 → '1'…'4'; empty → kNone; anything naming two marks ("12", "好,差") → kMany;
// nullopt for text that is no mark at all.
std::optional<QChar> fromText(const QString& text);
std::optional<ReviewMark> mark(QChar cell);
} // namespace ballot_cell

// Grade points, the grading thresholds and the one-third rule, editable until publication.
struct ReviewRules
{
    std::array<double, 4> points{100, 80, 60, 0};
    double good = 90;    // 好 at least this score
    double fair = 80;    // 较好
    double average = 60; // 一般
    double poorShare = 1.0 / 3; // 差 whenever 差 marks reach this share of the valid ones

    ReviewMark gradeOf(double score, int poor, int valid) const;
    static Status validate(const ReviewRules& r);
    QJsonObject toJson() const;
    static ReviewRules fromJson(const QJsonObject& o); // missing keys take the defaults
};

struct ReviewGroup
{
    qint64 id = 0;
    QString name;
    double weight = 0; // percent
    int ballots = 0;   // issued
};

struct ReviewPerson
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unit; // the unit's name, as read
    QString name;
    ResponsibilityLevel level = ResponsibilityLevel::First;
};

// The marks one person received from one group.
struct MarkCounts
{
    std::array<int, 4> marks{};
    int invalid = 0;
    int valid() const { return marks[0] + marks[1] + marks[2] + marks[3]; }
    MarkCounts& operator+=(const MarkCounts& o);
    bool operator==(const MarkCounts&) const = default;
};

struct ReviewOutcome
{
    ReviewPerson person;
    QList<MarkCounts> perGroup; // in the groups' order
    MarkCounts total;
    double goodRate = 0; // (好 + 较好) ÷ valid, 0…1
    double score = 0;    // weighted, 0…100, two decimals
    ReviewMark grade = ReviewMark::Poor;
    int rank = 0; // within the person's level; 0 for a person nobody marked validly
    bool rated() const { return total.valid() > 0; }
};

class ReviewTally
{
public:
    // The serials each group's ballots carry: 1…N over the session, group by group in order.
    static QList<QPair<int, int>> serialRanges(const QList<ReviewGroup>& groups);
    // The group (index) a serial belongs to, or −1 when no ballot of that serial was issued.
    static int groupOfSerial(const QList<ReviewGroup>& groups, int serial);
    // Weighted score: each group's mean points over its valid marks, weighted by the groups
    // that gave any valid mark (a group with none does not pull the score down). Grades by
    // the rules; ranks within each level by score, equal scores sharing a rank.
    static QList<ReviewOutcome> outcomes(const QList<ReviewPerson>& people, const QList<ReviewGroup>& groups, const ReviewRules& rules,
                                         const QHash<QPair<qint64, int>, MarkCounts>& counts); // (person id, group index)
    static double rounded(double v); // two decimals
};

} // namespace cd
