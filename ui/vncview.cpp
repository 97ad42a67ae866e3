// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncview.h"

#include "vncsession.h"
#include "xtscancode.h"

#include <QGuiApplication>
#include <QKeyEvent>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

VncView::VncView(QWidget *parent)
    : VncView(new VncSession, parent)
{
}

VncView::VncView(VncSession *session, QWidget *parent)
    : RemoteView(session, parent)
    , m_vncSession(session)
{
    session->setParent(this);
    setObjectName(u"vncView"_s);
    // On xcb and wayland Qt's native virtual key is the keysym of the user's own layout.
    const QString platform = QGuiApplication::platformName();
    const bool xkbPlatform = platform == u"xcb"_s || platform.startsWith(u"wayland"_s);
    m_mapper.setNativeVirtualKeyIsKeysym(xkbPlatform);
    m_scanCodesAreEvdev = xkbPlatform;
}

VncView::~VncView()
{
    releaseAllKeys();
}

RemoteKey VncView::keyCode(const QKeyEvent &event) const
{
    const quint32 native = event.nativeScanCode();
    const quint32 scancode = m_scanCodesAreEvdev && native > 8 ? XtScancode::fromEvdev(native - 8) : 0;
    return RemoteKey{m_mapper.keysym(event), scancode};
}

RemoteKey VncView::keyCodeForQtKey(int key) const
{
    return RemoteKey{m_mapper.keysym(key, Qt::NoModifier, QString()), XtScancode::fromQtKey(key)};
}

} // namespace VirtDeck
