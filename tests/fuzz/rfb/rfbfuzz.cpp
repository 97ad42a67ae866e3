// SPDX-License-Identifier: GPL-2.0-or-later
// A VNC server's byte stream, given whole to the console's VncSession over a socketpair (the
// way libvirt hands over a display socket), until the session gives up or asks for a password.
#include "fuzzentry.h"

#include "vncsession.h"

#include <QEventLoop>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runRfb(const QByteArray &input)
{
    std::signal(SIGPIPE, SIG_IGN); // the client may still write after the server stream ended
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return;
    auto clientEnd = std::make_shared<FileDescriptor>(fds[0]);
    FileDescriptor serverEnd(fds[1]);
    // Fuzz inputs are small (libFuzzer's -max_len), far below the socket buffer.
    qsizetype written = 0;
    while (written < input.size()) {
        const ssize_t n = ::write(serverEnd.get(), input.constData() + written, size_t(input.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    ::shutdown(serverEnd.get(), SHUT_WR);

    VncSession session;
    session.setTimeoutSeconds(2);
    session.setMaxFailures(1);
    session.setBackoff(10, 10);
    session.setPassword(u"fuzz-password"_s);
    bool handedOver = false;
    session.open([&handedOver, clientEnd] {
        if (handedOver) // one stream per input: a reconnection finds no display
            return failedFuture<ConsoleEndpoint>(u"fuzz: the stream is used up"_s);
        handedOver = true;
        ConsoleEndpoint endpoint;
        endpoint.socket = clientEnd;
        endpoint.description = u"fuzz socket"_s;
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{endpoint, {}});
    });

    QEventLoop loop;
    // Done when the session gives up or wants a password, or waits to reconnect after a
    // display that worked went away (the stream is used up; it would retry for ever).
    const auto finished = [&session, &handedOver] {
        const auto state = session.state();
        return state == RemoteDisplaySession::State::Failed || state == RemoteDisplaySession::State::AuthenticationRequired
            || (handedOver && state == RemoteDisplaySession::State::Waiting);
    };
    QObject::connect(&session, &RemoteDisplaySession::stateChanged, &loop, [&] {
        if (finished())
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a hang shows up as a slow input
    if (!finished())
        loop.exec();
    session.close();
}

} // namespace VirtDeck::Fuzz
