#include "domain/Clock.h"

namespace cd {

QDateTime SystemClock::now() const { return QDateTime::currentDateTime(); }

} // namespace cd
