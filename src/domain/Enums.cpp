#include "domain/Enums.h"

#include "domain/IdTable.h"

#include <QCoreApplication>

namespace cd {
namespace {

constexpr std::array<std::pair<Pillar, const char*>, 5> kPillarIds{{{Pillar::General, "general"},
                                                                    {Pillar::Study, "study"},
                                                                    {Pillar::Conduct, "conduct"},
                                                                    {Pillar::Party, "party"},
                                                                    {Pillar::Reform, "reform"}}};
constexpr std::array<std::pair<TaskKind, const char*>, 2> kKindIds{
    {{TaskKind::Mandatory, "mandatory"}, {TaskKind::Optional, "optional"}}};
constexpr std::array<std::pair<Cadence, const char*>, 4> kCadenceIds{{{Cadence::Once, "once"},
                                                                      {Cadence::Monthly, "monthly"},
                                                                      {Cadence::Quarterly, "quarterly"},
                                                                      {Cadence::Annual, "annual"}}};
constexpr std::array<std::pair<ResponsibilityLevel, const char*>, 3> kLevelIds{
    {{ResponsibilityLevel::First, "first"},
     {ResponsibilityLevel::Direct, "direct"},
     {ResponsibilityLevel::Specific, "specific"}}};
constexpr std::array<std::pair<PeriodKind, const char*>, 3> kPeriodIds{
    {{PeriodKind::Month, "month"}, {PeriodKind::Quarter, "quarter"}, {PeriodKind::Year, "year"}}};


} // namespace

QString toId(Pillar p) { return ids::of(p, kPillarIds); }
QString toId(TaskKind k) { return ids::of(k, kKindIds); }
QString toId(Cadence c) { return ids::of(c, kCadenceIds); }
QString toId(ResponsibilityLevel l) { return ids::of(l, kLevelIds); }
QString toId(PeriodKind k) { return ids::of(k, kPeriodIds); }

std::optional<Pillar> pillarFromId(const QString& id) { return ids::from(id, kPillarIds); }
std::optional<TaskKind> taskKindFromId(const QString& id) { return ids::from(id, kKindIds); }
std::optional<Cadence> cadenceFromId(const QString& id) { return ids::from(id, kCadenceIds); }
std::optional<ResponsibilityLevel> levelFromId(const QString& id) { return ids::from(id, kLevelIds); }
std::optional<PeriodKind> periodKindFromId(const QString& id) { return ids::from(id, kPeriodIds); }

QString officialName(Pillar p)
{
    switch (p) {
    case Pillar::General: return QStringLiteral("组织实施");
    case Pillar::Study: return QStringLiteral("抓学习");
    case Pillar::Conduct: return QStringLiteral("抓作风");
    case Pillar::Party: return QStringLiteral("抓党建");
    case Pillar::Reform: return QStringLiteral("促改革发展");
    }
    return {};
}

QString displayName(Pillar p)
{
    switch (p) {
    case Pillar::General: return QCoreApplication::translate("cd::Enums", "Organisation");
    case Pillar::Study: return QCoreApplication::translate("cd::Enums", "Study");
    case Pillar::Conduct: return QCoreApplication::translate("cd::Enums", "Work conduct");
    case Pillar::Party: return QCoreApplication::translate("cd::Enums", "Party building");
    case Pillar::Reform: return QCoreApplication::translate("cd::Enums", "Reform and development");
    }
    return {};
}

QString displayName(TaskKind k)
{
    return k == TaskKind::Mandatory ? QCoreApplication::translate("cd::Enums", "Mandatory") : QCoreApplication::translate("cd::Enums", "Optional");
}

QString displayName(Cadence c)
{
    switch (c) {
    case Cadence::Once: return QCoreApplication::translate("cd::Enums", "Once");
    case Cadence::Monthly: return QCoreApplication::translate("cd::Enums", "Monthly");
    case Cadence::Quarterly: return QCoreApplication::translate("cd::Enums", "Quarterly");
    case Cadence::Annual: return QCoreApplication::translate("cd::Enums", "Annual");
    }
    return {};
}

QString displayName(ResponsibilityLevel l)
{
    switch (l) {
    case ResponsibilityLevel::First: return QCoreApplication::translate("cd::Enums", "First responsibility");
    case ResponsibilityLevel::Direct: return QCoreApplication::translate("cd::Enums", "Direct responsibility");
    case ResponsibilityLevel::Specific: return QCoreApplication::translate("cd::Enums", "Specific responsibility");
    }
    return {};
}

std::optional<ResponsibilityLevel> levelFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (auto l = levelFromId(t.toLower())) return l;
    static const std::array<std::pair<ResponsibilityLevel, QString>, 3> chinese{
        {{ResponsibilityLevel::First, QStringLiteral("第一")},
         {ResponsibilityLevel::Direct, QStringLiteral("直接")},
         {ResponsibilityLevel::Specific, QStringLiteral("具体")}}};
    for (const auto& [level, prefix] : chinese)
        if (t.startsWith(prefix)) return level;
    for (auto l : kAllLevels)
        if (t == displayName(l)) return l;
    return std::nullopt;
}

} // namespace cd
