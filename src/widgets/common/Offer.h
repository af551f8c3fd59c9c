#pragma once

#include "widgets/common/Workspace.h"

#include <initializer_list>

namespace cd {

// What a role may not do is not offered: the buttons or actions for `op` are hidden from it.
// With no file open they are shown, disabled: there is nothing to act on yet.
template <typename Control>
void offer(const Workspace& ws, Operation op, std::initializer_list<Control*> controls)
{
    const bool open = ws.isOpen();
    for (auto* c : controls) {
        c->setVisible(!open || ws.can(op));
        c->setEnabled(open);
    }
}

} // namespace cd
