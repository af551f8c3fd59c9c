#pragma once

#include "domain/Review.h"
#include "domain/Supervision.h"
#include "services/ReportService.h"
#include "services/ServiceContext.h"
#include "storage/ReviewRepository.h"

#include <QJsonObject>

namespace cd {

using ReviewSession = ReviewRepository::Session;

// One ballot as a clerk typed it or a sheet gave it: a cell per person in the session's order
// (1–4 or 好/较好/一般/差; empty for no mark), and optional comments per person.
struct BallotRow
{
    int line = 0; // in the sheet, for messages
    int serial = 0;
    QStringList cells;
    QStringList comments;
};

// The count as it stands: per person, and while the two clerks disagree, where.
struct ReviewCount
{
    ReviewSession session;
    QList<ReviewGroup> groups;
    QList<ReviewOutcome> outcomes; // in the people's order
    QList<int> disagreements;      // serials the two clerks entered differently, or one only
    int ballotsEntered = 0;        // distinct serials (ballot counting)
    bool byTotals = false;         // counted by hand, per group
    int amendments = 0;
    QJsonObject toJson() const; // `review tally --format json`
    static QJsonObject outcomeJson(const ReviewOutcome& o, const QList<ReviewGroup>& groups);
    static ReviewOutcome outcomeFromJson(const ReviewPerson& person, const QJsonObject& o);
    // The figures of a person's line as tables show them: 好, 较好, 一般, 差, valid, invalid,
    // 好评率 (93.0%), score (two decimals), grade and rank (empty for a person nobody marked).
    static QStringList figureCells(const ReviewOutcome& o);
};

// 述职测评, from the session to its published results (docs/review.md). The office runs it;
// a unit reads its own people's published results, a leader every published result.
class ReviewService
{
public:
    explicit ReviewService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    static QList<ReviewGroup> defaultGroups();

    QList<ReviewSession> sessions(int year);
    Result<ReviewSession> session(qint64 id);
    // A new session for the campaign year, with these voter groups (the desktop offers
    // defaultGroups(); the command line adds its own).
    Result<qint64> addSession(int year, const QString& title, const QDate& date, const QString& place = {}, const QList<ReviewGroup>& groups = {});
    // Title, date, place, rules and double entry, until published.
    Status updateSession(const ReviewSession& s);

    QList<ReviewPerson> people(qint64 sessionId);
    Result<qint64> addPerson(qint64 sessionId, ReviewPerson p);
    Status removePerson(qint64 sessionId, qint64 personId);
    Status movePerson(qint64 sessionId, qint64 personId, int toIndex);
    // Each unit's first, direct and specific responsible person from its responsibility list
    // (the one named most often at that level), those not already in the session.
    Result<int> addFromResponsibilities(qint64 sessionId);

    QList<ReviewGroup> groups(qint64 sessionId);
    Result<qint64> addGroup(qint64 sessionId, ReviewGroup g);
    Status updateGroup(qint64 sessionId, const ReviewGroup& g);
    Status removeGroup(qint64 sessionId, qint64 groupId);

    // Ballots entered by one clerk (1 or 2); all or nothing. A serial never issued, entered
    // twice, or already entered by this clerk (unless `replace`) refuses the whole batch.
    Result<int> enter(qint64 sessionId, int clerk, const QList<BallotRow>& rows, bool replace = false);
    // A clerk's entry of one ballot as stored (cells as ballot_cell), for correcting it.
    std::optional<ReviewRepository::Ballot> ballot(qint64 sessionId, int clerk, int serial);
    // What voters wrote about one person (the first clerk's entry), in serial order.
    QStringList comments(qint64 sessionId, qint64 personId);
    // Comments chosen from the ballots become problem lines of the person's unit (抓党建, to be
    // rectified by `deadline` and struck off as every line); returns the lines' ids.
    Result<QList<qint64>> commentsToProblems(qint64 sessionId, qint64 personId, const QStringList& comments, const QDate& deadline);
    // Counting by hand: one person's marks from one group.
    Status enterTotals(qint64 sessionId, qint64 personId, qint64 groupId, const MarkCounts& counts);

    Result<ReviewCount> count(qint64 sessionId);
    Status publish(qint64 sessionId);
    // After publication: one ballot corrected (both clerks' entries), the results frozen again.
    Status amend(qint64 sessionId, const BallotRow& row, const QString& reason);
    // Published results a unit or leader may read: a unit's own people, else everyone's.
    Result<QList<ReviewRepository::Published>> publishedResults(qint64 sessionId);

    // 述职报告 (ReviewReports.cpp). The latest version of each person's report that the actor
    // may read: a unit its own people's.
    QList<ReviewRepository::Report> reports(qint64 sessionId);
    // A unit (its own people) or the office files a person's report: a new version, a draft
    // or sent for review; refused while the last version waits for review or was accepted, or
    // once the results are published.
    // Evidence: the files of the previous version are kept unless `keep` names those to keep
    // (by attachment id); `add` are new files, checked as a monthly report's (not empty, within
    // the campaign's limit, not the same file twice).
    Result<qint64> saveReport(qint64 personId, const QString& text, bool submit, const QList<NewFile>& add = {},
                              std::optional<QList<qint64>> keep = std::nullopt);
    QList<AttachmentRef> reportFiles(qint64 reportId);
    Result<QByteArray> reportFile(qint64 reportId, qint64 attachmentId);
    // The office accepts a sent report or returns it with a comment (required).
    Status reviewReport(qint64 personId, bool accept, const QString& comment);
    // The problem lines of the person's unit raised in the session's year, for the report's form.
    QList<Problem> yearsProblems(qint64 personId);

private:
    Result<ReviewSession> editable(qint64 sessionId, bool structure); // open; `structure`: nothing counted yet
    Result<QString> cellsOf(const BallotRow& row, int people);
    Result<ReviewCount> countIn(const ReviewSession& s);
    QList<ReviewRepository::Published> frozen(const ReviewCount& c);

    ServiceContext m_ctx;
};

} // namespace cd
