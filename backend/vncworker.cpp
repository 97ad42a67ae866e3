// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncworker.h"

#include "xtscancode.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QTimer>
#include <QtEndian>

#include <rfb/rfbclient.h>
#include <zlib.h>

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
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// rfbClientCleanup of libvncclient 0.9.14 leaves the last cursor shape (rcSource, rcMask,
// allocated by its cursor handler) behind: free them first (found by the rfb fuzz target).
void cleanupClient(rfbClient *client)
{
    std::free(client->rcSource);
    client->rcSource = nullptr;
    std::free(client->rcMask);
    client->rcMask = nullptr;
    rfbClientCleanup(client);
}

constexpr int MaxDimension = 16384;  // refuse absurd sizes from a broken or hostile server
constexpr qint64 MaxPixels = qint64(8192) * 8192;
constexpr qint64 MaxCutText = 1 << 20;              // classic cut text, as libvncclient itself
constexpr qint64 MaxExtendedClipboard = 8 << 20;    // one extended clipboard message, and its text
constexpr quint32 UnsolicitedTextLimit = 1 << 20;   // what we let a server send without asking

// The extended clipboard (RFB community spec): flags word, action in the top byte.
constexpr quint32 ClipText = rfbExtendedClipboard_Text;
constexpr quint32 ClipCaps = rfbExtendedClipboard_Caps;
constexpr quint32 ClipRequest = rfbExtendedClipboard_Request;
constexpr quint32 ClipPeek = rfbExtendedClipboard_Peek;
constexpr quint32 ClipNotify = rfbExtendedClipboard_Notify;
constexpr quint32 ClipProvide = rfbExtendedClipboard_Provide;
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

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// A whole zlib stream, or one a peer flushed without finishing it (TigerVNC does that).
// Empty on corrupt data or output beyond the limit.
std::optional<QByteArray> inflateAll(const char *data, qsizetype size, qsizetype limit)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(size);
    QByteArray out;
    char chunk[16384];
    std::optional<QByteArray> result;
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        const int rc = inflate(&stream, Z_SYNC_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > limit)
            break;
        if (rc == Z_STREAM_END || ((rc == Z_OK || rc == Z_BUF_ERROR) && stream.avail_in == 0 && stream.avail_out != 0)) {
            result = out;
            break;
        }
        if (rc != Z_OK)
            break;
    }
    inflateEnd(&stream);
    return result;
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

void VncWorker::start(int attempt, const ConsoleEndpoint &endpoint, const QByteArray &password, int timeoutSeconds,
                      VncFeatures features)
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
    m_features = features;
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
    if (endpoint.sshTunnel.isSet()) {
        startSshTunnel(endpoint.sshTunnel);
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

void VncWorker::startSshTunnel(const ConsoleSshTunnel &tunnel)
{
    // ssh -W relays its stdin and stdout to the display: give it one end of a socket pair
    // as both, and the library the other end, as if it were the display's own socket.
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
        fail(Failure::Error, tr("Cannot create a socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    FileDescriptor ours(ends[0]);
    FileDescriptor theirs(ends[1]);
    const QString target = tunnel.targetHost.contains(u':') ? u"[%1]"_s.arg(tunnel.targetHost) : tunnel.targetHost;
    QStringList arguments{u"-W"_s, u"%1:%2"_s.arg(target).arg(tunnel.targetPort), u"-T"_s,
                          // No terminal to ask for a password or a host key: keys and agents only.
                          u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"ExitOnForwardFailure=yes"_s,
                          u"-o"_s, u"ConnectTimeout=%1"_s.arg(m_timeoutSeconds), u"-o"_s, u"ServerAliveInterval=15"_s};
    if (tunnel.port > 0)
        arguments << u"-p"_s << QString::number(tunnel.port);
    if (!tunnel.user.isEmpty())
        arguments << u"-l"_s << tunnel.user;
    if (!tunnel.keyFile.isEmpty())
        arguments << u"-i"_s << tunnel.keyFile;
    if (!tunnel.knownHostsFile.isEmpty())
        arguments << u"-o"_s << u"UserKnownHostsFile=%1"_s.arg(tunnel.knownHostsFile);
    if (tunnel.noVerify)
        arguments << u"-o"_s << u"StrictHostKeyChecking=no"_s;
    arguments << u"--"_s << tunnel.host;

    m_ssh = new QProcess(this);
    m_ssh->setStandardInputFile(QProcess::nullDevice());
    m_ssh->setStandardOutputFile(QProcess::nullDevice());
    m_ssh->setProcessChannelMode(QProcess::SeparateChannels);
    const int fd = theirs.get();
    // In the child, after Qt set up its channels: the socket becomes stdin and stdout.
    m_ssh->setChildProcessModifier([fd] {
        ::dup2(fd, STDIN_FILENO);
        ::dup2(fd, STDOUT_FILENO);
    });
    m_target = tr("%1 through SSH to %2").arg(u"%1:%2"_s.arg(target).arg(tunnel.targetPort), tunnel.host);
    m_ssh->start(u"ssh"_s, arguments);
    theirs.reset(); // the child has its copy (start() forks at once)
    if (!m_ssh->waitForStarted(5000)) {
        const QString why = m_ssh->errorString();
        fail(Failure::Error, tr("Cannot start ssh for the console tunnel: %1").arg(why));
        return;
    }
    handshake(std::move(ours));
}

QString VncWorker::sshError()
{
    if (!m_ssh)
        return {};
    // The tunnel closing ends ssh; what it said on stderr is the reason (authentication,
    // host key, the forwarding refused). Our end closed, a running ssh ends as well.
    {
        QMutexLocker lock(&m_socketMutex);
        if (m_socket.isValid())
            ::shutdown(m_socket.get(), SHUT_RDWR);
    }
    if (m_ssh->state() != QProcess::NotRunning)
        m_ssh->waitForFinished(2000);
    const QStringList lines = QString::fromLocal8Bit(m_ssh->readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
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
        cleanupClient(client);
        fail(Failure::Error, tr("Cannot configure the display socket."));
        return;
    }

    t_lastLibraryMessage.clear();
    // Blocks this thread for the handshake, bounded by readTimeout; interrupt() ends it.
    if (!rfbInitClient(client, nullptr, nullptr)) { // frees the client on failure
        m_pixels.clear();
        const QString ssh = sshError();
        const QString detail = ssh.isEmpty() ? lastLibraryMessage() : ssh;
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
    m_scancodeKeys = false;
    m_extendedClipboard = false;
    m_serverClipboardFlags = 0;
    m_serverTextLimit = 0;
    m_localClipboard.clear();

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
    if (withQemuKeyEvents) {
        encodings << qint32(rfbEncodingQemuExtendedKeyEvent);
        // 0.9.14 cannot parse the extended clipboard's messages (a negative length): it is
        // offered only because onReadable() takes every ServerCutText from the library.
        if (m_features.extendedClipboard)
            encodings << qint32(rfbEncodingExtendedClipboard);
    }

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
    // Between two calls the stream is at a message boundary: ServerCutText is read here
    // (the library would drop the connection on an extended clipboard message).
    do {
        t_lastLibraryMessage.clear();
        const int type = nextMessageType();
        if (type == -1)
            return; // woken with nothing to read
        if (type == -2) {
            connectionBroke();
            return;
        }
        if (type == rfbServerCutText) {
            if (!readServerCutText())
                return;
            continue;
        }
        if (!HandleRFBServerMessage(m_client)) {
            connectionBroke();
            return;
        }
        updateCapabilities();
    } while (m_client && m_client->buffered > 0);
}

void VncWorker::connectionBroke()
{
    const QString detail = lastLibraryMessage();
    bool interrupted = false;
    {
        QMutexLocker lock(&m_socketMutex);
        interrupted = m_interrupted;
    }
    const QString ssh = sshError();
    if (!ssh.isEmpty())
        fail(Failure::Closed, tr("The SSH tunnel to %1 closed: %2").arg(m_target, ssh));
    else if (interrupted || detail.isEmpty() || detail.contains(u"closed connection"_s))
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
    else
        fail(Failure::Error, tr("Connection to %1 broke: %2").arg(m_target, detail));
}

int VncWorker::nextMessageType()
{
    // -1: nothing to read yet; -2: the connection broke; else the message type.
    if (m_client->buffered == 0) {
        char byte = 0;
        const ssize_t peeked = ::recv(m_client->sock, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        if (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return -1;
    }
    uint8_t type = 0;
    if (!ReadFromRFBServer(m_client, reinterpret_cast<char *>(&type), 1))
        return -2;
    if (type != rfbServerCutText) {
        // Give the byte back: a one-byte read always leaves it just before bufoutptr.
        --m_client->bufoutptr;
        ++m_client->buffered;
    }
    return type;
}

bool VncWorker::readServerCutText()
{
    char header[7]; // padding and length after the type
    if (!ReadFromRFBServer(m_client, header, sizeof header)) {
        connectionBroke();
        return false;
    }
    const qint32 length = qFromBigEndian<qint32>(header + 3);
    if (length >= 0) {
        if (length > MaxCutText) {
            fail(Failure::Error, tr("The display at %1 sent %2 bytes of clipboard text, more than the %3 accepted.")
                                     .arg(m_target).arg(length).arg(MaxCutText));
            return false;
        }
        QByteArray text(length, Qt::Uninitialized);
        if (length > 0 && !ReadFromRFBServer(m_client, text.data(), unsigned(length))) {
            connectionBroke();
            return false;
        }
        if (!text.isEmpty())
            cutText(text.constData(), int(text.size()));
        return true;
    }
    const qint64 size = -qint64(length);
    if (size < 4 || size > MaxExtendedClipboard) {
        fail(Failure::Error, tr("The display at %1 sent a malformed clipboard message (%2 bytes).").arg(m_target).arg(size));
        return false;
    }
    QByteArray payload(size, Qt::Uninitialized);
    if (!ReadFromRFBServer(m_client, payload.data(), unsigned(size))) {
        connectionBroke();
        return false;
    }
    handleExtendedClipboard(payload);
    return m_client != nullptr;
}

void VncWorker::handleExtendedClipboard(const QByteArray &payload)
{
    const quint32 flags = qFromBigEndian<quint32>(payload.constData());
    const quint32 formats = flags & 0xffff;
    if (flags & ClipCaps) {
        // One size per announced format, in bit order: the text's comes first.
        m_serverClipboardFlags = flags;
        m_serverTextLimit = (formats & ClipText) && payload.size() >= 8 ? qFromBigEndian<quint32>(payload.constData() + 4) : 0;
        m_extendedClipboard = true;
        const quint32 ours = ClipCaps | ClipRequest | ClipPeek | ClipNotify | ClipProvide | ClipText;
        if (!writeExtendedClipboard(ours, bigEndian32(UnsolicitedTextLimit)))
            return;
        updateCapabilities();
        return;
    }
    if (!m_extendedClipboard)
        return; // no capabilities exchanged yet: not a conversation we are in
    if (flags & ClipRequest) {
        if ((formats & ClipText) && !m_localClipboard.isEmpty())
            provideClipboard();
        return;
    }
    if (flags & ClipPeek) {
        writeExtendedClipboard(ClipNotify | (m_localClipboard.isEmpty() ? 0 : ClipText), {});
        return;
    }
    if (flags & ClipNotify) {
        if (formats & ClipText)
            writeExtendedClipboard(ClipRequest | ClipText, {});
        return;
    }
    if (!(flags & ClipProvide) || !(formats & ClipText))
        return;
    const std::optional<QByteArray> data = inflateAll(payload.constData() + 4, payload.size() - 4, MaxExtendedClipboard);
    // Text comes first (lowest bit): its size, then UTF-8 with CRLF line ends and a NUL.
    if (!data || data->size() < 4) {
        Q_EMIT clipboardRefused(m_attempt, tr("The guest's clipboard could not be read (damaged or larger than %1 MiB).")
                                               .arg(MaxExtendedClipboard >> 20));
        return;
    }
    const quint32 textSize = qFromBigEndian<quint32>(data->constData());
    if (textSize > quint32(data->size() - 4)) {
        Q_EMIT clipboardRefused(m_attempt, tr("The guest's clipboard could not be read (damaged or larger than %1 MiB).")
                                               .arg(MaxExtendedClipboard >> 20));
        return;
    }
    QByteArray text = data->mid(4, textSize);
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0)
        text.truncate(nul);
    text.replace("\r\n", "\n");
    if (!text.isEmpty())
        Q_EMIT clipboardReceived(m_attempt, QString::fromUtf8(text));
}

bool VncWorker::writeExtendedClipboard(quint32 flags, const QByteArray &data)
{
    // ClientCutText with a negative length: the payload is a flags word and its data.
    const QByteArray message = QByteArray(1, char(rfbClientCutText)) + QByteArray(3, '\0')
        + bigEndian32(quint32(-qint32(4 + data.size()))) + bigEndian32(flags) + data;
    if (!WriteToRFBServer(m_client, message.constData(), unsigned(message.size()))) {
        fail(Failure::Closed, tr("The display at %1 closed the connection.").arg(m_target));
        return false;
    }
    return true;
}

bool VncWorker::provideClipboard()
{
    const QByteArray plain = bigEndian32(quint32(m_localClipboard.size())) + m_localClipboard;
    uLongf packedSize = compressBound(uLong(plain.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    if (compress(reinterpret_cast<Bytef *>(packed.data()), &packedSize, reinterpret_cast<const Bytef *>(plain.constData()),
                 uLong(plain.size()))
        != Z_OK) {
        Q_EMIT clipboardRefused(m_attempt, tr("The clipboard could not be compressed for the display."));
        return false;
    }
    packed.truncate(qsizetype(packedSize));
    return writeExtendedClipboard(ClipProvide | ClipText, packed);
}

void VncWorker::updateCapabilities()
{
    if (!m_client)
        return;
    const bool scancodes = m_features.scancodeKeys && SupportsClient2Server(m_client, rfbQemuEvent);
    if (scancodes == m_scancodeKeys && m_extendedClipboard == m_reportedClipboard)
        return;
    m_scancodeKeys = scancodes;
    m_reportedClipboard = m_extendedClipboard;
    Q_EMIT capabilitiesChanged(m_attempt, m_scancodeKeys, m_extendedClipboard);
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

void VncWorker::sendKey(quint32 keysym, quint32 scancode, bool down)
{
    if (!m_client)
        return;
    // The physical key where the server takes it (the guest's layout applies), else the keysym.
    const quint32 keycode = m_scancodeKeys ? XtScancode::toQemuKeycode(scancode) : 0;
    if (keycode == 0 && keysym == 0)
        return; // a key known only by its position, and the server wants keysyms
    const rfbBool sent = keycode != 0 ? SendExtendedKeyEvent(m_client, keysym, keycode, down ? TRUE : FALSE)
                                      : SendKeyEvent(m_client, keysym, down ? TRUE : FALSE);
    if (!sent)
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

void VncWorker::sendClipboardText(const QString &text)
{
    if (!m_client || text.isEmpty())
        return;
    const bool provide = m_serverClipboardFlags & ClipProvide;
    const bool notify = m_serverClipboardFlags & ClipNotify;
    if (m_extendedClipboard && (provide || notify)) {
        QString crlf = text;
        crlf.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
        m_localClipboard = crlf.toUtf8() + '\0';
        if (m_localClipboard.size() > MaxExtendedClipboard) {
            m_localClipboard.clear();
            Q_EMIT clipboardRefused(m_attempt, tr("The clipboard was not sent: more than %1 MiB of text.").arg(MaxExtendedClipboard >> 20));
            return;
        }
        // As TigerVNC's viewer: straight away if the server takes it unasked, else announce
        // it and wait for the server's request.
        if (provide && (quint32(m_localClipboard.size()) <= m_serverTextLimit || !notify))
            provideClipboard();
        else if (notify)
            writeExtendedClipboard(ClipNotify | ClipText, {});
        return;
    }
    // Classic cut text (also for a server whose extended clipboard neither takes nor asks
    // for text) is Latin-1. Anything else would arrive as garbage: say so instead.
    QString outside;
    for (const QChar c : text) {
        if (c.unicode() > 0xff) {
            outside = c.isSurrogate() ? text.mid(text.indexOf(c), 2) : QString(c);
            break;
        }
    }
    if (!outside.isEmpty()) {
        Q_EMIT clipboardRefused(m_attempt, tr("The clipboard was not sent: the display at %1 only takes Latin-1 text, "
                                              "and the text contains “%2”.")
                                               .arg(m_target, outside));
        return;
    }
    QByteArray latin1 = text.toLatin1();
    if (!SendClientCutText(m_client, latin1.data(), int(latin1.size())))
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
        cleanupClient(m_client); // closes the library's descriptor; the pixels are ours
        m_client = nullptr;
    }
    m_pixels = {};
    m_width = m_height = 0;
    m_damage = QRegion();
    m_scancodeKeys = false;
    m_extendedClipboard = false;
    m_reportedClipboard = false;
    m_serverClipboardFlags = 0;
    m_localClipboard.clear();
    {
        QMutexLocker lock(&m_socketMutex);
        m_socket.reset();
    }
    if (m_ssh) {
        // Its end of the tunnel is closed: ssh ends by itself; make sure of it.
        m_ssh->terminate();
        if (!m_ssh->waitForFinished(1000)) {
            m_ssh->kill();
            m_ssh->waitForFinished(1000);
        }
        delete m_ssh;
        m_ssh = nullptr;
    }
}

} // namespace VirtDeck
