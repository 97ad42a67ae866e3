// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "remotedisplaysession.h"
#include "vncworker.h"

#include <QPointer>

class QThread;
class QTimer;

namespace VirtDeck {

// The VNC implementation of RemoteDisplaySession: a VncWorker on a thread of its own, plus
// the policy on the GUI side: ask the endpoint provider before each connection, reconnect
// with backoff when the display goes away (guest shut down, rebooted into a new QEMU, a
// server that closed the socket), ask for a password once and keep it for the session.
class VncSession : public RemoteDisplaySession
{
    Q_OBJECT

public:
    explicit VncSession(QObject *parent = nullptr);
    ~VncSession() override;

    void open(EndpointProvider provider) override;
    void close() override;
    void reconnectNow() override;
    void setPassword(const QString &password) override;

    using RemoteDisplaySession::sendKey;
    void sendKey(const RemoteKey &key, bool down) override;
    void sendPointer(int x, int y, int buttonMask) override;
    void sendClipboardText(const QString &text) override;

    quint64 framesReceived() const override;
    quint64 socketWakeups() const override;

    // Seconds a handshake (or the rest of a started message) may take; 20 by default.
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    // Connections in a row that fail before showing a single frame before giving up.
    void setMaxFailures(int failures) { m_maxFailures = failures; }
    // First and largest delay between reconnection attempts.
    void setBackoff(int firstMs, int maxMs);
    // Protocol extensions offered from the next connection on (both by default); off, the
    // session behaves like a plain RFB client (keysyms, Latin-1 clipboard).
    void setFeatures(VncFeatures features) { m_features = features; }
    VncFeatures features() const { return m_features; }

private:
    void startThread();
    void stopThread();
    void requestEndpoint();
    void scheduleRetry(const QString &why);
    void onConnected(int attempt, const QString &name);
    void onDisconnected(int attempt, VncWorker::Failure failure, const QString &message, bool hadFrame);
    template<typename Fn>
    void post(Fn &&fn);

    EndpointProvider m_provider;
    QByteArray m_password;
    QThread *m_thread = nullptr;
    VncWorker *m_worker = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_watchdog = nullptr;
    int m_attempt = 0;
    int m_failures = 0;
    int m_maxFailures = 4;
    int m_firstBackoffMs = 250;
    int m_maxBackoffMs = 5000;
    int m_backoffMs = 250;
    int m_timeoutSeconds = 20;
    VncFeatures m_features;
    bool m_open = false;
};

} // namespace VirtDeck
