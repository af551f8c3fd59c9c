#pragma once

#include <QString>
#include <array>
#include <optional>

namespace cd {

// The four pillars of 三抓一促 plus the organisation tasks that belong to none.
enum class Pillar { General, Study, Conduct, Party, Reform };
enum class TaskKind { Mandatory, Optional };
enum class Cadence { Once, Monthly, Quarterly, Annual };
enum class ResponsibilityLevel { First, Direct, Specific };
enum class PeriodKind { Month, Quarter, Year };

inline constexpr std::array kAllPillars{Pillar::General, Pillar::Study, Pillar::Conduct,
                                        Pillar::Party, Pillar::Reform};
inline constexpr std::array kAllLevels{ResponsibilityLevel::First, ResponsibilityLevel::Direct,
                                       ResponsibilityLevel::Specific};

// Stable identifiers used in the database, CLI, JSON and files.
QString toId(Pillar p);
QString toId(TaskKind k);
QString toId(Cadence c);
QString toId(ResponsibilityLevel l);
QString toId(PeriodKind k);

std::optional<Pillar> pillarFromId(const QString& id);
std::optional<TaskKind> taskKindFromId(const QString& id);
std::optional<Cadence> cadenceFromId(const QString& id);
std::optional<ResponsibilityLevel> levelFromId(const QString& id);
std::optional<PeriodKind> periodKindFromId(const QString& id);

// What a person reads, translated.
QString displayName(Pillar p);
// The pillar as printed documents write it: 抓学习, 抓作风, 抓党建, 促改革发展; 组织实施 for the rest.
QString officialName(Pillar p);
QString displayName(TaskKind k);
QString displayName(Cadence c);
QString displayName(ResponsibilityLevel l);

// Accepts an identifier, the Chinese term or the translated name (sheets use any of them).
std::optional<ResponsibilityLevel> levelFromText(const QString& text);

} // namespace cd
