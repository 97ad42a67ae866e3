// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakecloudserver.h"

#include <QDateTime>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

FakeCloudServer::FakeCloudServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool FakeCloudServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString FakeCloudServer::authUrl() const
{
    return QString::fromLatin1(baseUrl()) + u"/v3"_s;
}

QByteArray FakeCloudServer::baseUrl() const
{
    return (m_useTls ? "https" : "http") + QByteArrayLiteral("://127.0.0.1:") + QByteArray::number(serverPort());
}

void FakeCloudServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_useTls = true;
}

void FakeCloudServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_useTls) {
        QTcpServer::incomingConnection(socketDescriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    // A client that refuses the certificate aborts the handshake: count it for the tests.
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (!socket->isEncrypted() && error != QAbstractSocket::RemoteHostClosedError)
            ++m_tlsFailures;
    });
    socket->startServerEncryption();
    addPendingConnection(socket);
}

Cloud::CloudConfig FakeCloudServer::cloudConfig() const
{
    Cloud::CloudConfig config;
    config.name = u"fake"_s;
    config.authUrl = authUrl();
    config.username = u"fake"_s;
    config.password = u"pw"_s;
    config.projectName = u"fake"_s;
    return config;
}

void FakeCloudServer::setReply(const QByteArray &path, const Reply &reply)
{
    m_replies.insert(path, reply);
}

void FakeCloudServer::queueReplies(const QByteArray &path, const QList<Reply> &replies)
{
    m_queued[path] += replies;
}

QByteArray FakeCloudServer::tokenBody() const
{
    const QByteArray base = baseUrl();
    const QByteArray expires = QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime).toString(Qt::ISODateWithMs).toLatin1();
    return R"({"token": {"expires_at": ")" + expires + R"(", "user": {"id": "u", "name": "fake"},
        "project": {"id": "p", "name": "fake", "domain": {"id": "default"}}, "roles": [{"name": "member"}],
        "catalog": [{"type": "compute", "name": "nova", "endpoints": [{"id": "1", "interface": "public",
        "region_id": "RegionOne", "url": ")" + base + R"(/compute"}]}, {"type": "network", "name": "neutron",
        "endpoints": [{"id": "2", "interface": "public", "region_id": "RegionOne", "url": ")" + base + R"(/network"}]}, {"type": "volumev3", "name": "cinderv3",
        "endpoints": [{"id": "3", "interface": "public", "region_id": "RegionOne", "url": ")" + base + R"(/volume"}]}]}})";
}

void FakeCloudServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        buffer.remove(0, headerEnd + 4 + length);
        ++m_requests;
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        QByteArray path = requestLine.value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        m_methods[path].append(requestLine.value(0));

        Reply reply;
        QByteArray extraHeaders;
        QByteArray token;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("x-auth-token:"))
                token = line.mid(13).trimmed();
        }
        if (path == "/v3/auth/tokens") {
            ++m_tokensIssued;
            reply = {201, tokenBody(), false, false};
            extraHeaders = "X-Subject-Token: fake-token-" + QByteArray::number(m_tokensIssued) + "\r\n";
        } else if ((path.startsWith("/compute/") || path.startsWith("/network/"))
                   && token != "fake-token-" + QByteArray::number(m_tokensIssued)) {
            ++m_unauthorized;
            reply = {401, R"({"error": {"code": 401, "message": "The request you have made requires authentication."}})", false, false};
        } else if (!m_queued.value(path).isEmpty()) {
            reply = m_queued[path].takeFirst();
        } else {
            reply = m_replies.value(path, Reply{404, R"({"itemNotFound": {"code": 404, "message": "no such path"}})", false, false});
        }
        if (reply.hangUp) {
            socket->disconnectFromHost();
            return;
        }
        const QByteArray sent = reply.truncate ? reply.body.left(reply.body.size() / 2) : reply.body;
        if (reply.delayMs > 0) {
            // Answered later; a client that gave up meanwhile has closed the socket.
            QPointer<QTcpSocket> later(socket);
            QTimer::singleShot(reply.delayMs, this, [later, reply] {
                if (!later || later->state() != QAbstractSocket::ConnectedState)
                    return;
                later->write("HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n"
                             "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n"
                             + reply.body);
                later->disconnectFromHost();
            });
            return;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n"
                      + extraHeaders + "Content-Length: " + QByteArray::number(reply.body.size())
                      + "\r\nConnection: keep-alive\r\n\r\n" + sent);
        socket->flush();
        if (reply.truncate || m_closeAfterReply) {
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace VirtDeck::Test
