// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consoleendpoint.h"
#include "filedescriptor.h"
#include "sharedframebuffer.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <QPoint>
#include <QRegion>
#include <QSize>

#include <atomic>
#include <memory>
#include <vector>

class QProcess;
class QSocketNotifier;
class QTimer;

struct _rfbClient;

namespace VirtDeck {

// Protocol extensions a VNC client offers; each is used only when the server takes it.
struct VncFeatures
{
    bool scancodeKeys = true;      // QEMU extended key events
    bool extendedClipboard = true; // UTF-8 clipboard (pseudo-encoding 0xC0A1E5CE)
};

// One RFB connection through libvncclient 0.9.14, on the console's own thread (VncSession
// moves it there and calls it through queued invocations). Driven by a QSocketNotifier on
// the socket: no polling, no WaitForMessage loop, so an idle display costs no wake-ups.
// Every signal carries the attempt number given to start(), so the session can ignore
// what an earlier connection still had in the queue.
class VncWorker : public QObject
{
    Q_OBJECT

public:
    enum class Failure { Closed, Error, AuthenticationRequired, AuthenticationRejected };
    Q_ENUM(Failure)

    explicit VncWorker(std::shared_ptr<SharedFramebuffer> framebuffer);
    ~VncWorker() override;

    // Worker thread.
    void start(int attempt, const ConsoleEndpoint &endpoint, const QByteArray &password, int timeoutSeconds,
               VncFeatures features = {});
    void stop();
    void sendKey(quint32 keysym, quint32 scancode, bool down);
    void sendPointer(int x, int y, int buttonMask);
    void sendClipboardText(const QString &text);

    // Any thread: ends a blocking handshake or read at once by shutting the socket down.
    void interrupt();
    quint64 frames() const { return m_frames; }
    quint64 wakeups() const { return m_wakeups; }

    // libvncclient callbacks (C linkage trampolines call these).
    bool allocateFramebuffer(_rfbClient *client);
    void addDamage(int x, int y, int w, int h);
    void finishUpdate(_rfbClient *client);
    void cursorShape(_rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel);
    void cutText(const char *text, int length);
    char *password();
    void ring();

Q_SIGNALS:
    void connected(int attempt, const QString &desktopName);
    void disconnected(int attempt, VirtDeck::VncWorker::Failure failure, const QString &message, bool hadFrame);
    void framebufferUpdated(int attempt, const QRegion &damage, const QSize &newSize);
    void cursorChanged(int attempt, const QImage &shape, const QPoint &hotspot);
    void clipboardReceived(int attempt, const QString &text);
    void clipboardRefused(int attempt, const QString &message);
    void capabilitiesChanged(int attempt, bool scancodeKeys, bool unicodeClipboard);
    void bell(int attempt);

private:
    void connectTcp(const QString &host, int port);
    void tcpConnectFinished();
    void startSshTunnel(const ConsoleSshTunnel &tunnel);
    QString sshError();
    void handshake(FileDescriptor socket);
    bool sendEncodings(bool withQemuKeyEvents);
    void onReadable();
    void connectionBroke();
    int nextMessageType();
    bool readServerCutText();
    void handleExtendedClipboard(const QByteArray &payload);
    bool writeExtendedClipboard(quint32 flags, const QByteArray &data);
    bool provideClipboard();
    void updateCapabilities();
    void fail(Failure failure, const QString &message);
    void teardown();
    bool isLocalSocket() const;

    std::shared_ptr<SharedFramebuffer> m_framebuffer;
    _rfbClient *m_client = nullptr;
    int m_attempt = 0;
    int m_timeoutSeconds = 20;
    QByteArray m_password;
    bool m_passwordAsked = false;
    bool m_hadFrame = false;
    bool m_sizeChanged = false;
    QRegion m_damage;
    std::vector<quint32> m_pixels;
    int m_width = 0;
    int m_height = 0;

    QMutex m_socketMutex; // guards m_socket and m_interrupted against interrupt()
    FileDescriptor m_socket;
    bool m_interrupted = false;

    VncFeatures m_features;
    bool m_scancodeKeys = false;       // as last reported
    bool m_extendedClipboard = false;  // the server sent its clipboard capabilities
    bool m_reportedClipboard = false;
    quint32 m_serverClipboardFlags = 0;
    quint32 m_serverTextLimit = 0;     // largest text it takes unsolicited
    QByteArray m_localClipboard;       // UTF-8, CRLF, NUL-terminated: what a Request gets
    QProcess *m_ssh = nullptr;

    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_connectNotifier = nullptr;
    QTimer *m_connectTimer = nullptr;
    QString m_target;

    std::atomic<quint64> m_frames = 0;
    std::atomic<quint64> m_wakeups = 0;
};

} // namespace VirtDeck
