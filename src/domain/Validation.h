#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

namespace cd {

// Rules a value must satisfy on its own. Uniqueness and references need the database
// and are checked by the services.
class Validation
{
public:
    static Status campaign(const Campaign& c);
    static Status unit(const Unit& u);
    static Status task(const Task& t, const Campaign& c);
    static Status responsibility(const Responsibility& r);
    static constexpr int kMaxTextLength = 4000;
};

} // namespace cd
