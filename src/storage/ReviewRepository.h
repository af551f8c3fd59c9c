#pragma once

#include "domain/Error.h"
#include "domain/Reporting.h"
#include "domain/Review.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cd {

class Database;

// The 述职测评 tables: sessions, people, groups, ballots, hand counts, published results.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database& db) : m_db(db) {}

    struct Session
    {
        qint64 id = 0;
        qint64 campaignId = 0;
        QString title;
        QDate date;
        QString place;
        ReviewRules rules;
        bool doubleEntry = true;
        QDateTime createdAt;
        QString createdBy;
        QDateTime publishedAt; // invalid while not published
        QString publishedBy;
        bool published() const { return publishedAt.isValid(); }
    };
    QList<Session> sessions(qint64 campaignId);
    std::optional<Session> session(qint64 id);
    Result<qint64> insertSession(const Session& s);
    Status updateSession(const Session& s); // title, date, place, rules, double entry
    Status setPublished(qint64 id, const QDateTime& at, const QString& by);

    QList<ReviewPerson> people(qint64 sessionId); // in order, with their units' names
    // One person and the session they report at.
    std::optional<QPair<ReviewPerson, qint64>> person(qint64 personId);
    Result<qint64> insertPerson(qint64 sessionId, const ReviewPerson& p, int order);
    Status deletePerson(qint64 personId);
    Status setPersonOrder(qint64 personId, int order);

    QList<ReviewGroup> groups(qint64 sessionId); // in order
    Result<qint64> insertGroup(qint64 sessionId, const ReviewGroup& g, int order);
    Status updateGroup(const ReviewGroup& g);
    Status deleteGroup(qint64 groupId);

    struct Ballot
    {
        int clerk = 1;
        int serial = 0;
        QString marks;       // one cell per person in order (ballot_cell)
        QStringList comments; // per person, empty where none
        QString enteredBy;
        QDateTime enteredAt;
    };
    QList<Ballot> ballots(qint64 sessionId); // by clerk, then serial
    qint64 ballotCount(qint64 sessionId);
    std::optional<Ballot> ballot(qint64 sessionId, int clerk, int serial);
    Status insertBallot(qint64 sessionId, const Ballot& b);
    Status replaceBallot(qint64 sessionId, const Ballot& b);

    // Hand counts: (person id, group id) → counts.
    QHash<QPair<qint64, qint64>, MarkCounts> totals(qint64 sessionId);
    Status setTotals(qint64 sessionId, qint64 personId, qint64 groupId, const MarkCounts& c);
    // A new session's totals all at once (the demo): a person and group each once, none there yet.
    struct Total
    {
        qint64 personId = 0, groupId = 0;
        MarkCounts counts;
    };
    Status insertTotals(qint64 sessionId, const QList<Total>& totals);

    struct Published
    {
        qint64 personId = 0;
        qint64 unitId = 0;
        double score = 0;
        QString grade;
        QJsonObject result;
    };
    // A session's frozen results; of one unit's people when unitId is not 0.
    QList<Published> results(qint64 sessionId, qint64 unitId = 0);
    Status replaceResults(qint64 sessionId, const QList<Published>& rows);

    struct Amendment
    {
        int serial = 0;
        QString before;
        QString after;
        QString reason;
        QDateTime at;
        QString by;
    };
    QList<Amendment> amendments(qint64 sessionId);
    Status insertAmendment(qint64 sessionId, const Amendment& a);

    // 述职报告, version by version.
    struct Report
    {
        qint64 id = 0;
        qint64 sessionId = 0;
        qint64 personId = 0;
        qint64 unitId = 0;
        int version = 0;
        QString status; // draft, submitted, accepted, returned
        QString text;
        QDateTime savedAt;
        QString savedBy;
        QDateTime reviewedAt;
        QString reviewedBy;
        QString reviewComment;
    };
    // The latest version of each person's report in a session (of one unit's people when unitId).
    QList<Report> latestReports(qint64 sessionId, qint64 unitId = 0);
    std::optional<Report> latestReport(qint64 personId);
    std::optional<Report> reportById(qint64 reportId);
    Result<qint64> insertReport(const Report& r);
    // A version's evidence, as the monthly reports': files stored once by digest (ReportRepository).
    QList<AttachmentRef> reportFiles(qint64 reportId);
    Status linkReportFile(qint64 reportId, qint64 attachmentId, const QString& name);
    Status setReportReview(qint64 reportId, const QString& status, const QDateTime& at, const QString& by, const QString& comment);

    // The assessment's fact: per unit, its first-level person's result in the latest published
    // session of the campaign (by date, then id).
    struct UnitResult
    {
        double score = 0;
        QString grade;
        QString person;
        QString session;
        int people = 0; // first-level people of the unit in that session, averaged
    };
    QHash<qint64, UnitResult> firstLevelResults(qint64 campaignId);

private:
    Database& m_db;
};

} // namespace cd
