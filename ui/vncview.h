// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keysymmapper.h"
#include "remoteview.h"

namespace VirtDeck {

class VncSession;

// The VNC remote view: a RemoteView on a VncSession of its own, sending X11 keysyms
// (KeysymMapper) for key events.
class VncView : public RemoteView
{
    Q_OBJECT

public:
    explicit VncView(QWidget *parent = nullptr);
    ~VncView() override;

    VncSession *vncSession() const { return m_vncSession; }
    KeysymMapper &keysymMapper() { return m_mapper; }

protected:
    quint32 keyCode(const QKeyEvent &event) const override;
    quint32 keyCodeForQtKey(int key) const override;

private:
    explicit VncView(VncSession *session, QWidget *parent);

    VncSession *m_vncSession;
    KeysymMapper m_mapper;
};

} // namespace VirtDeck
