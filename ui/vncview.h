// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keysymmapper.h"
#include "remoteview.h"

namespace VirtDeck {

class VncSession;

// The VNC remote view: a RemoteView on a VncSession of its own, sending X11 keysyms
// (KeysymMapper) for key events, with the physical key's XT scan code for servers that
// take scan codes (QEMU).
class VncView : public RemoteView
{
    Q_OBJECT

public:
    explicit VncView(QWidget *parent = nullptr);
    ~VncView() override;

    VncSession *vncSession() const { return m_vncSession; }
    KeysymMapper &keysymMapper() { return m_mapper; }
    // Whether QKeyEvent::nativeScanCode() is an X11/Wayland key code (evdev + 8): true on
    // xcb and wayland; elsewhere keys go without scan code (the keysym decides).
    void setNativeScanCodesAreEvdev(bool evdev) { m_scanCodesAreEvdev = evdev; }

protected:
    RemoteKey keyCode(const QKeyEvent &event) const override;
    RemoteKey keyCodeForQtKey(int key) const override;

private:
    explicit VncView(VncSession *session, QWidget *parent);

    VncSession *m_vncSession;
    KeysymMapper m_mapper;
    bool m_scanCodesAreEvdev = false;
};

} // namespace VirtDeck
