#pragma once

#include "domain/Enums.h"
#include "domain/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <array>

namespace cd {

// How an item of the rubric is scored (formulas in docs/assessment.md).
enum class ScoreRule {
    ReportsOnTime,   // start from the maximum, deduct per missing and per late monthly report
    TaskCompletion,  // maximum × mandatory tasks on schedule ÷ mandatory tasks judged
    Hearings,        // maximum × min(1, hearings held ÷ required)  (P2: at least 2 a year)
    OverdueProblems, // start from the maximum, deduct per problem line left overdue
    NegativeCases,   // deduct per published negative case, down to −cap
    PositiveCases,   // add per published positive case, up to the cap
    ProvinceRank,    // full marks within the top places of the province, less per place below
    Manual,          // entered by the office (leadership evaluation)
    Review,          // maximum × the unit's 第一责任人's published 述职测评 score ÷ 100
};
inline constexpr std::array kAllRules{ScoreRule::ReportsOnTime, ScoreRule::TaskCompletion, ScoreRule::Hearings,
                                      ScoreRule::OverdueProblems, ScoreRule::NegativeCases, ScoreRule::PositiveCases,
                                      ScoreRule::ProvinceRank, ScoreRule::Manual, ScoreRule::Review};
QString toId(ScoreRule r);
std::optional<ScoreRule> scoreRuleFromId(const QString& id);
QString displayName(ScoreRule r);

// A rule's parameters and their defaults; numbers except `pillar` and `task`, which are text.
struct RuleParameter
{
    QString key;
    QJsonValue fallback;
};
QList<RuleParameter> ruleParameters(ScoreRule r);
// A parameter as the rubric dialog names it ("points off per missing report"), in the user's language.
QString ruleParameterName(ScoreRule r, const QString& key);

enum class Grade { Excellent, Good, Pass, Poor }; // 优秀 良好 一般 较差
QString toId(Grade g);
QString displayName(Grade g);
// The grade as printed documents and exported sheets write it: 优秀, 良好, 一般, 较差.
QString officialName(Grade g);

struct GradeScale
{
    double excellent = 90; // at least this total
    double good = 80;
    double pass = 60;
    Grade of(double total) const;
};

struct RubricItem
{
    QString code; // stable: CLI `--item`, overrides, JSON
    QString name;
    Pillar pillar = Pillar::General;
    ScoreRule rule = ScoreRule::Manual;
    double max = 0;     // the most the item gives (for NegativeCases: 0)
    QJsonObject params; // missing keys take the rule's default

    double number(const QString& key) const;
    QString text(const QString& key) const;
    // The lowest score the item can give: −cap for NegativeCases, otherwise 0.
    double min() const;
};

struct Rubric
{
    QList<RubricItem> items;
    GradeScale grades;

    const RubricItem* item(const QString& code) const;
    double maxTotal() const;
    // Codes unique and non-empty, names given, maxima and parameters in range, grades descending.
    static Status validate(const Rubric& r);
    QJsonObject toJson() const;
    static Result<Rubric> fromJson(const QJsonObject& o);
};

// What the data says about one unit on the assessment day.
struct UnitRecord
{
    qint64 unitId = 0;
    QString unitName;
    int reportsDue = 0; // monthly reports whose deadline has passed
    int reportsOnTime = 0;
    int reportsLate = 0;
    int reportsMissing() const { return reportsDue - reportsOnTime - reportsLate; }
    std::array<int, 5> tasksJudged{};     // per Pillar value: mandatory tasks with a schedule to keep
    std::array<int, 5> tasksOnSchedule{}; // … of which on schedule
    QHash<QString, QPair<double, int>> taskProgress; // task code → accepted sum and reports (tasks the rubric names)
    int overdueProblems = 0;
    int positiveCases = 0; // published
    int negativeCases = 0; // published
    QHash<QString, double> manual; // item code → value the office entered
    // The unit's 第一责任人 in the year's latest published 述职测评 (ReviewRepository).
    struct Review
    {
        double score = 0; // 0…100
        QString grade;    // 好 较好 一般 差
        QString person;
        QString session;
    };
    std::optional<Review> review;
};

struct ItemScore
{
    QString code;
    QString name;
    Pillar pillar = Pillar::General;
    double score = 0;
    double max = 0;
    QString basis;      // the data behind the score, in words (Chinese: it is printed)
    double computed = 0; // what the rule gave, before an override
    bool overridden = false;
    QString reason; // of the override
};

struct UnitScore
{
    qint64 unitId = 0;
    QString unit;
    double total = 0;
    int rank = 0;
    Grade grade = Grade::Poor;
    QList<ItemScore> items;
    // Kept for breaking ties (docs/assessment.md).
    int overdueProblems = 0;
    int reportsMissing = 0;
    int reportsOnTime = 0;
    int positiveCases = 0;

    double pillarTotal(Pillar p) const;
};

class AssessmentRules
{
public:
    static ItemScore score(const RubricItem& item, const UnitRecord& record);
    // Sorts by total, then by the tie-breaking rules; units equal on all of them share a rank.
    static void rank(QList<UnitScore>& units);
    // Scores shown to one decimal; ties compare at that precision.
    static double rounded(double v);
    static QString format(double v); // 12, 12.5, −3
};

} // namespace cd
