#pragma once

#include <QString>

namespace cd {

// The audit record in words, for the screen and for print: an action (problem.escalate), a
// record kind (problem), a field (deadline) in the user's language, and what a row changed as
// "名称：市教育局 → 市教育委员会；状态：待整改 → 整改中".
namespace auditwords {

QString action(const QString& id);
QString kind(const QString& id);
QString field(const QString& key);
QString changes(const QString& beforeJson, const QString& afterJson);

} // namespace auditwords
} // namespace cd
