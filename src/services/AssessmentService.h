#pragma once

#include "domain/Assessment.h"
#include "domain/Entities.h"
#include "services/ServiceContext.h"

#include <QDateTime>

namespace cd {

// Every unit's score for a campaign year, with the breakdown per item. While the year is
// locked, the scores frozen at the lock, whatever the data has done since.
struct AssessmentResult
{
    int year = 0;
    QDate asOf;
    bool locked = false;
    QString lockedBy;
    QDateTime lockedAt;
    Rubric rubric;
    QList<UnitScore> units; // in rank order
    QString recordCode;     // 记录校验码 when locked (AuditChain)

    QJsonObject toJson() const;
    static Result<AssessmentResult> fromJson(const QJsonObject& o);
    // The CLI's JSON for one unit: unit, total, rank, grade, items (item, score, max, basis).
    static QJsonObject unitJson(const UnitScore& u);
    const UnitScore* unit(qint64 unitId) const;
};

class AssessmentService
{
public:
    explicit AssessmentService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    // The year's rubric: the one saved for the campaign, else the default of the brief.
    Result<Rubric> rubric(int year);
    static Rubric defaultRubric();
    // `asRead`: the rubric as the editor loaded it (toJson()); a change made meanwhile is refused.
    Status saveRubric(int year, const Rubric& rubric, std::optional<QJsonObject> asRead = std::nullopt);

    // As of the clock's date (a preview before the year ends: "if the year ended today").
    Result<AssessmentResult> score(int year);

    // A manual item's value, or an override of an automatic one (which needs a reason).
    // `asRead`: the entry the editor showed (entryAsRead()); a change made meanwhile by someone
    // else refuses the write, naming them.
    Status setScore(int year, qint64 unitId, const QString& itemCode, double value, const QString& reason, std::optional<QString> asRead = std::nullopt);
    // Back to what the rule gives (or to "not entered" for a manual item).
    Status clearScore(int year, qint64 unitId, const QString& itemCode, const QString& reason, std::optional<QString> asRead = std::nullopt);
    // The stored entry for the unit and item as an editor reads it (value, reason, who, when);
    // empty when there is none.
    QString entryAsRead(int year, qint64 unitId, const QString& itemCode);

    // Freezes the scores as they stand; nothing changes until an administrator unlocks.
    Status lock(int year);
    Status unlock(int year, const QString& reason);
    bool isLocked(int year);

private:
    AssessmentResult inPart(AssessmentResult r) const;
    // One attempt of the public method of the same name, which repeats it (retrying()).
    Status clearScoreOnce(int year, qint64 unitId, const QString& itemCode, const QString& reason, std::optional<QString> asRead);
    Status setScoreOnce(int year, qint64 unitId, const QString& itemCode, double value, const QString& reason, std::optional<QString> asRead);
    Result<Campaign> campaign(int year);
    Result<AssessmentResult> compute(const Campaign& campaign, const Rubric& rubric);
    Status refuseWhenLocked(const Campaign& c);

    ServiceContext m_ctx;
};

} // namespace cd
