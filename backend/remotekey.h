// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace VirtDeck {

// One key as a remote display receives it: the X11 keysym it produced on this side, and the
// physical key as an XT (PC scan code set 1) make code, 0xe0xx for the extended keys (0 when
// unknown). A server that takes scan codes (QEMU's extended key events) applies the guest's
// own layout to the physical key; others get the keysym.
struct RemoteKey
{
    quint32 keysym = 0;
    quint32 scancode = 0;

    bool isNull() const { return keysym == 0 && scancode == 0; }
    bool operator==(const RemoteKey &other) const { return keysym == other.keysym && scancode == other.scancode; }
};

} // namespace VirtDeck
