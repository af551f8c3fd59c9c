#pragma once

// The `review` command's parts (ReviewCommands.cpp runs them): what is done with the ballots'
// comments, the printed papers, counts by hand and the written reports.
#include "cli/CliSession.h"
#include "services/ReviewService.h"

namespace cd::cli {

int reviewComments(CliSession& s, const ReviewSession& session);
int reviewProblems(CliSession& s, const ReviewSession& session);
int reviewPapers(CliSession& s, const ReviewSession& session, bool feedback);
int reviewTotals(CliSession& s, const ReviewSession& session);
int reviewReport(CliSession& s);
int reviewReportList(CliSession& s, const ReviewSession& session);

} // namespace cd::cli
