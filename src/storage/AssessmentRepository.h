#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

namespace cd {

class Database;

// The year-end assessment's own tables and the facts it scores from.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database& db) : m_db(db) {}

    std::optional<QJsonObject> rubric(qint64 campaignId);
    Status saveRubric(qint64 campaignId, const QJsonObject& definition);

    // A value the office entered for a manual item, or put over an automatic one.
    struct Entry
    {
        qint64 unitId = 0;
        QString itemCode;
        double value = 0;
        QString reason;
        QString enteredBy;
        QDateTime enteredAt;
    };
    QList<Entry> entries(qint64 campaignId);
    std::optional<Entry> entry(qint64 campaignId, qint64 unitId, const QString& itemCode);
    Status setEntry(qint64 campaignId, const Entry& e);
    Status removeEntry(qint64 campaignId, qint64 unitId, const QString& itemCode);

    struct Lock
    {
        QDateTime lockedAt;
        QString lockedBy;
        QDate asOf;
        QJsonObject result; // the scores as they stood when locked
    };
    std::optional<Lock> lock(qint64 campaignId);
    Status insertLock(qint64 campaignId, const Lock& l);
    Status deleteLock(qint64 campaignId);

    // unit → first submissions on or before `asOf` for the given monthly periods
    // (period id → deadline): on time, late.
    QHash<qint64, QPair<int, int>> firstSubmissions(const QHash<qint64, QDate>& periods, const QDate& asOf);
    // unit → problem lines found from `from` to `asOf` that were overdue: open past the
    // deadline on `asOf`, or struck off after it.
    QHash<qint64, int> overdueProblems(const QDate& from, const QDate& asOf);
    // unit → published cases dated from `from` to `asOf`: positive, negative.
    QHash<qint64, QPair<int, int>> publishedCases(const QDate& from, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace cd
