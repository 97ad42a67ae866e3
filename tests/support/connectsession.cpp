// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectsession.h"

#include "connectionsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace VirtDeck::Test {

bool connectSession(ConnectionSession &session, int timeoutMs)
{
    session.open();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy changed(&session, &ConnectionSession::stateChanged);
    while (session.state() != ConnectionState::Connected && session.state() != ConnectionState::Failed
           && timer.elapsed() < timeoutMs)
        changed.wait(1000);
    if (session.state() != ConnectionState::Connected)
        qWarning("cannot connect to %s: %s", qPrintable(session.uri()), qPrintable(session.statusMessage()));
    return session.state() == ConnectionState::Connected;
}

} // namespace VirtDeck::Test
