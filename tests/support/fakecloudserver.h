// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

namespace VirtDeck::Test {

// A tiny HTTP/1.1 server on 127.0.0.1 that plays Keystone (a token whose catalog points back
// at itself) and answers other paths with canned replies, including broken ones: malformed or
// truncated JSON, wrong shapes, and connections closed after a kept-alive reply.
class FakeCloudServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        bool truncate = false;  // announce more bytes than sent, then close
        bool hangUp = false;    // close without any answer
        int delayMs = 0;        // answer this late (a slow server, beyond the client's timeout)
    };

    explicit FakeCloudServer(QObject *parent = nullptr);
    bool start();
    QString authUrl() const;
    // A password configuration for this server (user and project "fake").
    Cloud::CloudConfig cloudConfig() const;
    // path (without query) below /compute/ -> reply
    void setReply(const QByteArray &path, const Reply &reply);
    // Fault injection: the next requests to path get these replies in order, then setReply's.
    void queueReplies(const QByteArray &path, const QList<Reply> &replies);
    // Requests seen for path (without query), and their methods in order.
    int hits(const QByteArray &path) const { return m_methods.value(path).size(); }
    QList<QByteArray> methods(const QByteArray &path) const { return m_methods.value(path); }
    // Close every connection right after its reply although it said keep-alive.
    void setCloseAfterReply(bool close) { m_closeAfterReply = close; }
    // Serve HTTPS with this configuration (its local certificate and private key); call
    // before start(). authUrl() and the catalog then say https.
    void setTls(const QSslConfiguration &configuration);
    // Connections whose TLS handshake failed (the client refused the certificate).
    int tlsHandshakeFailures() const { return m_tlsFailures; }
    // Tokens expire this many seconds after issue; older tokens get 401.
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    int tokensIssued() const { return m_tokensIssued; }
    int unauthorizedCount() const { return m_unauthorized; }
    int requestCount() const { return m_requests; }
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket *socket);
    QByteArray baseUrl() const;
    QByteArray tokenBody() const;

    QHash<QByteArray, Reply> m_replies;
    QHash<QByteArray, QList<Reply>> m_queued;
    QHash<QByteArray, QList<QByteArray>> m_methods;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    int m_tlsFailures = 0;
    bool m_closeAfterReply = false;
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
    int m_unauthorized = 0;
    int m_requests = 0;
    int m_connections = 0;
};

} // namespace VirtDeck::Test
