#pragma once

#include "reports/OfficialDocument.h"
#include "services/ReviewService.h"

#include <memory>
#include <vector>

namespace cd {

// The 述职测评's printed papers (docs/review.md): the voters' forms, the results register and
// the feedback notice to each person.
class ReviewDocuments
{
public:
    // 测评表: one per ballot issued, group by group, each with its group and serial and every
    // person in the session; nothing on it names the voter.
    static std::vector<std::unique_ptr<OfficialDocument>> ballots(const ReviewSession& s, const QList<ReviewGroup>& groups,
                                                                  const QList<ReviewPerson>& people);
    // The serial as printed: the session's number, a dash, the serial in four digits.
    static QString serialLabel(const ReviewSession& s, int serial);
    // 测评结果汇总表: per person the counts, 好评率, score, grade and rank within the level.
    static void results(OfficialDocument& doc, const ReviewCount& c, const QString& issuer, const QDate& date);
    // 反馈意见: one person's grades per group, score, grade, and the comments voters wrote.
    static void feedback(OfficialDocument& doc, const ReviewCount& c, const ReviewOutcome& o, const QStringList& comments, const QString& issuer,
                         const QDate& date);
    static QString levelName(ResponsibilityLevel l); // 第一责任人 …
};

} // namespace cd
