#pragma once

#include "services/AssessmentService.h"

#include <array>

namespace cd {

// One part of the campaign in the year's assessment: how many of its units, their average
// total and how many have each grade (优秀 良好 一般 较差).
struct GroupStanding
{
    qint64 groupId = 0; // 0 with `direct`
    bool direct = false; // the units placed in the scope group itself
    QString name;
    QString path;
    int units = 0;
    double average = 0;
    std::array<int, 4> grades{};
};

// The assessment read per group and between groups (docs/assessment.md).
class AssessmentGroups
{
public:
    explicit AssessmentGroups(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    // The result narrowed to the units under the group at `path`, ranked among themselves.
    Result<AssessmentResult> within(const AssessmentResult& r, const QString& path);
    // One standing per child group of the group at `path` (empty: the whole campaign), in the
    // tree's order, with a row for the units placed in that group itself.
    Result<QList<GroupStanding>> between(const AssessmentResult& r, const QString& path);

private:
    ServiceContext m_ctx;
};

} // namespace cd
