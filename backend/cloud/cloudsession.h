// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudconfig.h"
#include "cloudreply.h"
#include "cloudrequest.h"
#include "cloudtoken.h"
#include "projectref.h"
#include "result.h"

#include <QFuture>
#include <QNetworkRequest>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace VirtDeck::Cloud {

// A signed-in connection to one cloud: Keystone v3 sign-in (password or application
// credential), project switching, the service catalog, and REST calls to the catalog's
// services. Requests run in parallel on one QNetworkAccessManager; a reply of 401 (token
// expired or revoked) signs in again once and repeats the request, transparently.
// Lives in the thread that created it; every QFuture is fulfilled on that thread.
class CloudSession : public QObject
{
    Q_OBJECT

public:
    explicit CloudSession(CloudConfig config, QObject *parent = nullptr);
    ~CloudSession() override;

    const CloudConfig &config() const { return m_config; }
    bool needsSecret() const;
    // For clouds whose clouds.yaml has no password (kept in memory only, for re-sign-in).
    void setSecret(const QString &secret);
    // Non-empty when TLS verification is off (clouds.yaml "verify: false"): show it.
    QString tlsWarning() const;

    QFuture<Result<CloudToken>> signIn();
    QFuture<Result<QList<ProjectRef>>> projects();
    QFuture<Result<CloudToken>> switchProject(const QString &projectId);
    // Forgets the token (signing out); the next request signs in again.
    void signOut();

    bool isSignedIn() const { return m_token.isValid(); }
    const CloudToken &token() const { return m_token; }
    int signInCount() const { return m_signInCount; }

    QString interface() const { return m_interface; }
    void setInterface(const QString &interface);
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    QStringList regions() const;
    // Endpoint URL of a service type for the chosen interface and region.
    Result<QString> endpoint(const QString &serviceType) const;

    QFuture<Result<CloudReply>> send(const CloudRequest &request);
    // For transfers that stream (Glance image data): a request to the service path carrying a
    // valid token (signing in first when needed), sent by the caller on networkAccessManager().
    // Such a transfer is not repeated after a 401; the token is renewed before it instead.
    QFuture<Result<QNetworkRequest>> authorizedRequest(const QString &serviceType, const QString &path);
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // Requests (not streamed transfers) give up after this long without progress.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    // Idempotent calls (GET, HEAD, PUT, DELETE) that fail with no answer, a timeout, 500,
    // 502, 503 or 504 are sent again this many times, after RetryDelayMs, then twice that.
    // POST and PATCH never are: the server may have acted on the first one.
    static constexpr int MaxRetries = 2;
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    static bool isIdempotent(const QByteArray &method);

    // A token with less than this left is renewed before the next request.
    static constexpr int TokenRenewalMarginSeconds = 5;

    // Microversions sent to each service (pinned: replies keep the shape the parsers read).
    static QByteArray microversionHeader(const QString &serviceType);

Q_SIGNALS:
    void signedIn(const VirtDeck::Cloud::CloudToken &token);
    void signInFailed(const QString &message);

private:
    QFuture<Result<CloudToken>> authenticate(const QJsonObject &body, bool isSwitch);
    using ReplyPromise = QPromise<Result<CloudReply>>;
    void dispatch(const CloudRequest &request, const std::shared_ptr<ReplyPromise> &promise, bool retried,
                  int attempt = 0);
    QNetworkRequest makeRequest(const QUrl &url) const;
    Result<QUrl> serviceUrl(const QString &serviceType, const QString &path) const;
    QNetworkRequest signedRequest(const QUrl &url, const QString &serviceType) const;

    CloudConfig m_config;
    QNetworkAccessManager *m_network;
    CloudToken m_token;
    QString m_scopeProjectId;
    QString m_interface;
    QString m_region;
    int m_signInCount = 0;
    int m_requestTimeoutMs = 60000;
    int m_retryDelayMs = 1000;
    QFuture<Result<CloudToken>> m_pendingSignIn;
};

} // namespace VirtDeck::Cloud
