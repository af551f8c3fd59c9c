#pragma once

#include "domain/Error.h"
#include "services/ServiceContext.h"

#include <functional>

namespace cd {

struct DemoOptions
{
    int units = 60;
    int year = 2020;
    quint32 seed = 1;
    QDate asOf; // reports are written for periods whose deadline is before this; default: today
};

struct DemoSummary
{
    qint64 campaignId = 0;
    int units = 0;
    int tasks = 0;
    int responsibilities = 0;
    int plans = 0;
    int reports = 0;
    int reportItems = 0;
    int problems = 0;
};

// A realistic, deterministic campaign: the city's municipal units shipped with the
// program, generated units beyond them, every responsibility list filled in (a few
// left with gaps, as real ones are).
class DemoService
{
public:
    explicit DemoService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}
    Result<DemoSummary> generate(const DemoOptions& options);

private:
    ServiceContext m_ctx;
};

} // namespace cd
