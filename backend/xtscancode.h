// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace VirtDeck {

// XT (PC scan code set 1) make codes, the "QEMU key codes" of its extended key events.
// Extended keys are 0xe0xx here (Right Ctrl = 0xe01d); on the wire QEMU wants them folded
// into one byte with the high bit set (0x9d).
class XtScancode
{
public:
    // Linux evdev key code (KEY_A = 30; X11 and Wayland key codes are these + 8) to XT; 0 if
    // the key has no XT code.
    static quint32 fromEvdev(quint32 evdev);
    // The keys of the console's "Send key" menu and friends (Qt::Key values), for servers
    // that take scan codes; 0 for keys whose position depends on the layout (letters).
    static quint32 fromQtKey(int key);
    // The RFB QEMU extended key event encoding of an XT code; 0 if it has none.
    static quint32 toQemuKeycode(quint32 xt);
};

} // namespace VirtDeck
