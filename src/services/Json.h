#pragma once

#include "domain/Entities.h"

#include <QJsonObject>

namespace cd::json {

// snake_case objects, used for the audit log and for machine-readable CLI output.
QJsonObject of(const Unit& u);
QJsonObject of(const Task& t);
QJsonObject of(const Responsibility& r);
QJsonObject of(const Campaign& c);

} // namespace cd::json
