// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncworker.h"

#include <QSocketNotifier>
#include <QTimer>
#include <QtEndian>

#include <rfb/rfbclient.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <pthread.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxDimension = 16384;  // refuse absurd sizes from a broken or hostile server
constexpr qint64 MaxPixels = qint64(8192) * 8192;
int ClientDataTag = 0;               // its address tags our pointer in the rfbClient

// libvncclient reports through two global printf-like hooks. Keep the last line per thread:
// it becomes the error message of the connection that failed on that thread.
thread_local QByteArray t_lastLibraryMessage;

void captureLog(const char *format, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, format);
    vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    t_lastLibraryMessage = QByteArray(buffer).trimmed();
}

void installLogHooks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = captureLog;
        rfbClientErr = captureLog;
    });
}

VncWorker *workerOf(rfbClient *client)
{
    return static_cast<VncWorker *>(rfbClientGetClientData(client, &ClientDataTag));
}

rfbBool onMallocFrameBuffer(rfbClient *client)
{
    return workerOf(client)->allocateFramebuffer(client) ? TRUE : FALSE;
}

void onGotFrameBufferUpdate(rfbClient *client, int x, int y, int w, int h)
{
    workerOf(client)->addDamage(x, y, w, h);
}

void onFinishedFrameBufferUpdate(rfbClient *client)
{
    workerOf(client)->finishUpdate(client);
}

void onGotCursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
{
    workerOf(client)->cursorShape(client, xhot, yhot, width, height, bytesPerPixel);
}

void onGotXCutText(rfbClient *client, const char *text, int length)
{
    workerOf(client)->cutText(text, length);
}

char *onGetPassword(rfbClient *client)
{
    return workerOf(client)->password();
}

void onBell(rfbClient *client)
{
    workerOf(client)->ring();
}

void clearClientMessage(rfbClient *client, int messageType)
{
    client->supportedMessages.client2server[(messageType & 0xff) / 8] &= uint8_t(~(1u << (messageType % 8)));
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

QString lastLibraryMessage()
{
    return QString::fromLocal8Bit(t_lastLibraryMessage);
}

} // namespace

VncWorker::VncWorker(std::shared_ptr<SharedFramebuffer> framebuffer)
    : m_framebuffer(std::move(framebuffer))
{
    installLogHooks();
}

VncWorker::~VncWorker()
{
    teardown();
}

void VncWorker::start(int attempt, const ConsoleEndpoint &endpoint, const QByteArray &password, int timeoutSeconds)
{
    // libvncclient writes with write(): a server that closed its end would raise SIGPIPE
    // and end the whole application. Blocked on this thread, the write fails with EPIPE.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    teardown();
    m_attempt = attempt;
    m_password = password;
    m_timeoutSeconds = qMax(1, timeoutSeconds);
    m_passwordAsked = false;
    m_hadFrame = false;
    m_target = endpoint.description;
    {
        QMutexLocker lock(&m_socketMutex);
        m_interrupted = false;
    }

    if (endpoint.hasSocket()) {
        // Our own descriptor for the socket: the endpoint's copies close theirs whenever.
        FileDescriptor socket(endpoint.socket->duplicate());
        if (!socket.isValid()) {
            fail(Failure::Error, tr("Could not take over the display socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        handshake(std::move(socket));
        return;
    }
    if (!endpoint.unixPath.isEmpty()) {
        FileDescriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = endpoint.unixPath.toLocal8Bit();
        if (!socket.isValid() || size_t(path.size()) >= sizeof address.sun_path) {
            fail(Failure::Error, tr("Cannot use the display socket %1.").arg(endpoint.unixPath));
            return;
        }
        memcpy(address.sun_path, path.constData(), size_t(path.size()));
        if (::connect(socket.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            fail(Failure::Closed, tr("Could not connect to %1: %2").arg(endpoint.unixPath, QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        handshake(std::move(socket));
        return;
    }
    connectTcp(endpoint.host, endpoint.port);
}

void VncWorker::connectTcp(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray hostName = host.toUtf8();
    const QByteArray service = QByteArray::number(port);
    const int rc = ::getaddrinfo(hostName.constData(), service.constData(), &hints, &found);
    if (rc != 0 || !found) {
        fail(Failure::Error, tr("Cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(rc))));
        return;
    }
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
    FileDescriptor socket(::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, found->ai_protocol));
    if (!socket.isValid()) {
        fail(Failure::Error, tr("Cannot create a socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    if (::connect(socket.get(), found->ai_addr, found->ai_addrlen) != 0 && errno != EINPROGRESS) {
        fail(Failure::Closed, tr("Could not connect to %1: %2").arg(m_target, QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    // Wait for the connect to finish in the event loop, so stop() and interrupt() work.
    {
        QMutexLocker lock(&m_socketMutex);
        m_socket = std::move(socket);
    }
    m_connectNotifier = new QSocketNotifier(m_socket.get(), QSocketNotifier::Write, this);
    connect(m_connectNotifier, &QSocketNotifier::activated, this, &VncWorker::tcpConnectFinished);
    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        fail(Failure::Closed, tr("No answer from %1 within %2 seconds.").arg(m_target).arg(m_timeoutSeconds));
    });
    m_connectTimer->start(m_timeoutSeconds * 1000);
}

void VncWorker::tcpConnectFinished()
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_socket.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    delete m_connectNotifier;
    m_connectNotifier = nullptr;
    delete m_connectTimer;
    m_connectTimer = nullptr;
    if (error != 0) {
        fail(Failure::Closed, tr("Could not connect to %1: %2").arg(m_target, QString::fromLocal8Bit(strerror(error))));
        return;
    }
    FileDescriptor socket;
    {
        QMutexLocker lock(&m_socketMutex);
        socket = std::move(m_socket);
    }
    handshake(std::move(socket));
}

void VncWorker::handshake(FileDescriptor socket)
{
    if (!setNonBlocking(socket.get())) {
        fail(Failure::Error, tr("Cannot configure the display socket."));
        return;
    }
    const int one = 1;
    ::setsockopt(socket.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // fails harmlessly on UNIX sockets

    rfbClient *client = rfbGetClient(8, 3, 4);
    if (!client) {
        fail(Failure::Error, tr("Out of memory."));
        return;
    }
    // 0x00RRGGBB little-endian words: the layout of QImage::Format_RGB32.
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->canHandleNewFBSize = TRUE;
    client->readTimeout = unsigned(m_timeoutSeconds);
    client->MallocFrameBuffer = onMallocFrameBuffer;
    client->GotFrameBufferUpdate = onGotFrameBufferUpdate;
    client->FinishedFrameBufferUpdate = onFinishedFrameBufferUpdate;
    client->GotCursorShape = onGotCursorShape;
    client->GotXCutText = onGotXCutText;
    client->GetPassword = onGetPassword;
    client->Bell = onBell;
    rfbClientSetClientData(client, &ClientDataTag, this);
    // The socket is connected already: "listen" mode makes rfbInitClient skip its own
    // connect. The library gets a descriptor of its own and closes it in rfbClientCleanup.
    client->listenSpecified = TRUE;
    client->sock = socket.duplicate();
    {
        QMutexLocker lock(&m_socketMutex);
        m_socket = std::move(socket);
        if (m_interrupted)
            ::shutdown(m_socket.get(), SHUT_RDWR);
    }
    if (client->sock < 0) {
        rfbClientCleanup(client);
        fail(Failure::Error, tr("Cannot configure the display socket."));
        return;
    }

    t_lastLibraryMessage.clear();
    // Blocks this thread for the handshake, bounded by readTimeout; interrupt() ends it.
    if (!rfbInitClient(client, nullptr, nullptr)) { // frees the client on failure
        m_pixels.clear();
        const QString detail = lastLibraryMessage();
        if (m_passwordAsked && m_password.isEmpty())
            fail(Failure::AuthenticationRequired, tr("The display needs a password."));
        else if (m_passwordAsked)
            fail(Failure::AuthenticationRejected, tr("The password was not accepted: %1").arg(detail));
        else
            fail(Failure::Error, detail.isEmpty() ? tr("The display at %1 did not complete the VNC handshake.").arg(m_target)
                                                  : tr("VNC handshake with %1 failed: %2").arg(m_target, detail));
        return;
    }
    m_client = client;

    // The ExtendedDesktopSize workaround (see the shared notes): the library's own
    // SetEncodings was suppressed in allocateFramebuffer(); send ours without -308 so QEMU
    // announces size changes with DesktopSize (-223), which 0.9.14 handles. Twice: the
    // resize (if any) must be announced before QEMU's answer to -258.
    if (!sendEncodings(false) || !sendEncodings(true)) {
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
        return;
    }
    m_readNotifier = new QSocketNotifier(m_socket.get(), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &VncWorker::onReadable);
    Q_EMIT connected(m_attempt, QString::fromUtf8(client->desktopName ? client->desktopName : ""));
    // Bytes the handshake already pulled into the library's buffer never wake the notifier.
    if (m_client->buffered > 0)
        QMetaObject::invokeMethod(this, &VncWorker::onReadable, Qt::QueuedConnection);
}

bool VncWorker::isLocalSocket() const
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_socket.get(), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    if (address.ss_family == AF_UNIX)
        return true;
    if (address.ss_family == AF_INET)
        return (ntohl(reinterpret_cast<sockaddr_in *>(&address)->sin_addr.s_addr) >> 24) == 127;
    if (address.ss_family == AF_INET6)
        return IN6_IS_ADDR_LOOPBACK(&reinterpret_cast<sockaddr_in6 *>(&address)->sin6_addr);
    return false;
}

bool VncWorker::sendEncodings(bool withQemuKeyEvents)
{
    // Lossless only: no quality-level pseudo-encoding (it would switch Tight to JPEG), no
    // ZYWRLE. Tight first even on the same machine: measured against Xvnc on 127.0.0.1
    // (bench_vnc) it doubles the frame rate of Raw at the same client CPU, because the
    // server spends less time pushing pixels. Fast compression locally, more over a network.
    QList<qint32> encodings{rfbEncodingTight, rfbEncodingZRLE, rfbEncodingHextile, rfbEncodingZlib, rfbEncodingCopyRect,
                            rfbEncodingRaw};
    encodings << qint32(rfbEncodingCompressLevel0 + (isLocalSocket() ? 1 : 6));
    encodings << qint32(rfbEncodingRichCursor) << qint32(rfbEncodingXCursor) << qint32(rfbEncodingLastRect)
              << qint32(rfbEncodingNewFBSize);
    if (withQemuKeyEvents)
        encodings << qint32(rfbEncodingQemuExtendedKeyEvent);

    QByteArray message(4 + 4 * encodings.size(), Qt::Uninitialized);
    auto *bytes = reinterpret_cast<uchar *>(message.data());
    bytes[0] = rfbSetEncodings;
    bytes[1] = 0;
    qToBigEndian(quint16(encodings.size()), bytes + 2);
    for (qsizetype i = 0; i < encodings.size(); ++i)
        qToBigEndian(quint32(encodings.at(i)), bytes + 4 + 4 * i);
    return WriteToRFBServer(m_client, message.constData(), unsigned(message.size()));
}

void VncWorker::onReadable()
{
    if (!m_client)
        return;
    ++m_wakeups;
    // HandleRFBServerMessage reads one whole message (waiting for the rest of a partial
    // one, bounded by readTimeout). Drain what the library buffered: it will not wake us.
    do {
        t_lastLibraryMessage.clear();
        if (!HandleRFBServerMessage(m_client)) {
            const QString detail = lastLibraryMessage();
            bool interrupted = false;
            {
                QMutexLocker lock(&m_socketMutex);
                interrupted = m_interrupted;
            }
            if (interrupted || detail.isEmpty() || detail.contains(u"closed connection"_s))
                fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
            else
                fail(Failure::Error, tr("Connection to %1 broke: %2").arg(m_target, detail));
            return;
        }
    } while (m_client && m_client->buffered > 0);
}

bool VncWorker::allocateFramebuffer(rfbClient *client)
{
    // Called by the library with the new size set: at the handshake and on DesktopSize.
    const int width = client->width;
    const int height = client->height;
    if (width <= 0 || height <= 0 || width > MaxDimension || height > MaxDimension || qint64(width) * height > MaxPixels) {
        t_lastLibraryMessage = "the server announced an impossible screen size " + QByteArray::number(width) + 'x'
            + QByteArray::number(height);
        return false;
    }
    m_pixels.assign(size_t(width) * size_t(height), 0u);
    m_width = width;
    m_height = height;
    client->frameBuffer = reinterpret_cast<uint8_t *>(m_pixels.data());
    m_sizeChanged = true;
    m_damage = QRegion();
    // Part of the ExtendedDesktopSize workaround: rfbInitClient calls this before it sends
    // its SetEncodings, which would always include -308. Without the bit it sends none.
    clearClientMessage(client, rfbSetEncodings);
    return true;
}

void VncWorker::addDamage(int x, int y, int w, int h)
{
    m_damage += QRect(x, y, w, h);
}

void VncWorker::finishUpdate(rfbClient *client)
{
    Q_UNUSED(client)
    // A size-only update (a resize announcement) carries no pixels yet: publishing it
    // would show one black frame. The next update with pixels publishes the new size.
    if (m_damage.isEmpty() || m_pixels.empty())
        return;
    const QRegion damage = m_damage & QRect(0, 0, m_width, m_height);
    m_damage = QRegion();
    const bool resized = m_framebuffer->publish(reinterpret_cast<const uchar *>(m_pixels.data()), m_width, m_height,
                                                qsizetype(m_width) * 4, damage);
    m_sizeChanged = false;
    m_hadFrame = true;
    ++m_frames;
    Q_EMIT framebufferUpdated(m_attempt, resized ? QRegion(0, 0, m_width, m_height) : damage,
                              resized ? QSize(m_width, m_height) : QSize());
}

void VncWorker::cursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
{
    if (!client->rcSource || !client->rcMask || width <= 0 || height <= 0 || width > 512 || height > 512
        || bytesPerPixel != 4)
        return;
    QImage shape(width, height, QImage::Format_ARGB32);
    const auto *source = reinterpret_cast<const quint32 *>(client->rcSource);
    const uint8_t *mask = client->rcMask;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(shape.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const qsizetype i = qsizetype(y) * width + x;
            line[x] = mask[i] ? (source[i] | 0xff000000u) : 0u;
        }
    }
    Q_EMIT cursorChanged(m_attempt, shape, QPoint(qBound(0, xhot, width - 1), qBound(0, yhot, height - 1)));
}

void VncWorker::cutText(const char *text, int length)
{
    if (text && length > 0)
        Q_EMIT clipboardReceived(m_attempt, QString::fromLatin1(text, length)); // RFB cut text is Latin-1
}

char *VncWorker::password()
{
    m_passwordAsked = true;
    // NULL makes the library give up without answering: the session asks the user.
    return m_password.isEmpty() ? nullptr : strdup(m_password.constData());
}

void VncWorker::ring()
{
    Q_EMIT bell(m_attempt);
}

void VncWorker::sendKey(quint32 keysym, bool down)
{
    if (m_client && !SendKeyEvent(m_client, keysym, down ? TRUE : FALSE))
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
}

void VncWorker::sendPointer(int x, int y, int buttonMask)
{
    if (!m_client)
        return;
    x = qBound(0, x, qMax(0, m_width - 1));
    y = qBound(0, y, qMax(0, m_height - 1));
    if (!SendPointerEvent(m_client, x, y, buttonMask))
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
}

void VncWorker::sendClipboardText(const QByteArray &latin1)
{
    if (!m_client)
        return;
    QByteArray copy = latin1;
    if (!SendClientCutText(m_client, copy.data(), int(copy.size())))
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
}

void VncWorker::interrupt()
{
    QMutexLocker lock(&m_socketMutex);
    m_interrupted = true;
    if (m_socket.isValid())
        ::shutdown(m_socket.get(), SHUT_RDWR);
}

void VncWorker::stop()
{
    teardown();
}

void VncWorker::fail(Failure failure, const QString &message)
{
    const bool hadFrame = m_hadFrame;
    teardown();
    Q_EMIT disconnected(m_attempt, failure, message, hadFrame);
}

void VncWorker::teardown()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_connectNotifier;
    m_connectNotifier = nullptr;
    delete m_connectTimer;
    m_connectTimer = nullptr;
    if (m_client) {
        rfbClientCleanup(m_client); // closes the library's descriptor; the pixels are ours
        m_client = nullptr;
    }
    m_pixels = {};
    m_width = m_height = 0;
    m_damage = QRegion();
    QMutexLocker lock(&m_socketMutex);
    m_socket.reset();
}

} // namespace VirtDeck
