#pragma once

namespace cd::guide {

// Whether the user guide is built into this program (qrc:/guide/index.html).
bool available();

} // namespace cd::guide
