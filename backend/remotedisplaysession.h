// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consoleendpoint.h"
#include "remotekey.h"
#include "result.h"
#include "sharedframebuffer.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QSize>

#include <functional>
#include <memory>

namespace VirtDeck {

// A protocol-neutral remote display (KRDC's RemoteView idea on the session side): one
// implementation per protocol (VncSession). Lives on the GUI thread; every method returns
// at once, the protocol runs elsewhere. The framebuffer is shared through
// SharedFramebuffer; framebufferUpdated() carries the damage of one complete update.
class RemoteDisplaySession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,           // not opened, or closed
        Connecting,             // looking up the display or handshaking
        Connected,
        Waiting,                // display gone (guest off, rebooting, server closed): retrying
        AuthenticationRequired, // setPassword() and it connects again
        Failed,                 // gave up; reconnectNow() tries again
    };
    Q_ENUM(State)

    // Asked before every (re)connection: the display may move (a new port after the guest
    // restarts). An error means "not available now" and is retried with backoff.
    using EndpointProvider = std::function<QFuture<Result<ConsoleEndpoint>>()>;

    explicit RemoteDisplaySession(QObject *parent = nullptr);
    ~RemoteDisplaySession() override;

    virtual void open(EndpointProvider provider) = 0;
    virtual void close() = 0;
    virtual void reconnectNow() = 0;
    virtual void setPassword(const QString &password) = 0;

    // Sends the scan code where the server takes scan codes, else the keysym.
    virtual void sendKey(const RemoteKey &key, bool down) = 0;
    void sendKey(quint32 keysym, bool down) { sendKey(RemoteKey{keysym, 0}, down); }
    virtual void sendPointer(int x, int y, int buttonMask) = 0;
    // Text the server cannot take (outside Latin-1 without the extended clipboard) is not
    // sent: clipboardRefused() says why.
    virtual void sendClipboardText(const QString &text) = 0;

    State state() const { return m_state; }
    QString statusMessage() const { return m_statusMessage; }
    QString desktopName() const { return m_desktopName; }
    const SharedFramebuffer &framebuffer() const { return *m_framebuffer; }
    QSize framebufferSize() const { return m_framebuffer->size(); }
    // What the connected server accepts beyond plain RFB (false while not connected): keys
    // as scan codes (QEMU extended key events), clipboard text in UTF-8 (extended clipboard).
    bool sendsScancodes() const { return m_sendsScancodes; }
    bool hasUnicodeClipboard() const { return m_unicodeClipboard; }

    // Counters for tests and benchmarks: complete updates shown, and how often the protocol
    // thread woke up for socket input.
    virtual quint64 framesReceived() const = 0;
    virtual quint64 socketWakeups() const = 0;

    static QString stateText(State state);

Q_SIGNALS:
    void stateChanged(VirtDeck::RemoteDisplaySession::State state, const QString &message);
    void framebufferResized(const QSize &size);
    void framebufferUpdated(const QRegion &damage);
    void cursorChanged(const QImage &shape, const QPoint &hotspot);
    void clipboardReceived(const QString &text);
    void clipboardRefused(const QString &message);
    void capabilitiesChanged();
    void bell();

protected:
    void setState(State state, const QString &message);
    void setDesktopName(const QString &name) { m_desktopName = name; }
    void setCapabilities(bool sendsScancodes, bool unicodeClipboard);
    const std::shared_ptr<SharedFramebuffer> &sharedFramebuffer() const { return m_framebuffer; }

private:
    State m_state = State::Disconnected;
    QString m_statusMessage;
    QString m_desktopName;
    bool m_sendsScancodes = false;
    bool m_unicodeClipboard = false;
    std::shared_ptr<SharedFramebuffer> m_framebuffer = std::make_shared<SharedFramebuffer>();
};

} // namespace VirtDeck
