// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncview.h"

#include "vncsession.h"

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
    m_mapper.setNativeVirtualKeyIsKeysym(platform == u"xcb"_s || platform.startsWith(u"wayland"_s));
}

VncView::~VncView()
{
    releaseAllKeys();
}

quint32 VncView::keyCode(const QKeyEvent &event) const
{
    return m_mapper.keysym(event);
}

quint32 VncView::keyCodeForQtKey(int key) const
{
    return m_mapper.keysym(key, Qt::NoModifier, QString());
}

} // namespace VirtDeck
