// SPDX-License-Identifier: GPL-2.0-or-later
#include "remotedisplaysession.h"

namespace VirtDeck {

RemoteDisplaySession::RemoteDisplaySession(QObject *parent)
    : QObject(parent)
{
}

RemoteDisplaySession::~RemoteDisplaySession() = default;

void RemoteDisplaySession::setState(State state, const QString &message)
{
    if (state == m_state && message == m_statusMessage)
        return;
    m_state = state;
    m_statusMessage = message;
    Q_EMIT stateChanged(state, message);
}

void RemoteDisplaySession::setCapabilities(bool sendsScancodes, bool unicodeClipboard)
{
    if (sendsScancodes == m_sendsScancodes && unicodeClipboard == m_unicodeClipboard)
        return;
    m_sendsScancodes = sendsScancodes;
    m_unicodeClipboard = unicodeClipboard;
    Q_EMIT capabilitiesChanged();
}

QString RemoteDisplaySession::stateText(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Waiting:
        return tr("Waiting for the display");
    case State::AuthenticationRequired:
        return tr("Password required");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace VirtDeck
