// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudsession.h"

#include "clouderror.h"
#include "cloudlogging.h"
#include "keystoneparser.h"
#include "whenfinished.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#endif

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
void finish(QPromise<Result<T>> &promise, const Result<T> &result)
{
    promise.addResult(result);
    promise.finish();
}

QStringList typeAliases(const QString &serviceType)
{
    if (serviceType == u"volumev3"_s || serviceType == u"block-storage"_s || serviceType == u"volume"_s)
        return {u"volumev3"_s, u"block-storage"_s, u"volume"_s};
    return {serviceType};
}

// Why a request got no HTTP answer at all. For a refused certificate Qt only says "SSL
// handshake failed"; the certificate errors (kept on the reply by the sslErrors handler) and
// what to do about them make it clear.
QString unreachableReason(QNetworkReply *reply)
{
    const QStringList tlsErrors = reply->property("virtdeckTlsErrors").toStringList();
    if (reply->error() != QNetworkReply::SslHandshakeFailedError && tlsErrors.isEmpty())
        return reply->errorString();
    return CloudSession::tr("the server's TLS certificate is not trusted (%1). If this is the right server, name "
                            "its CA certificate with \"cacert:\" in clouds.yaml.")
        .arg(tlsErrors.isEmpty() ? reply->errorString() : tlsErrors.join(u"; "_s));
}

// Test mode only (scripts/run-tests.sh sets VIRTDECK_TEST_TOKEN_LOG): every token issued to
// this process goes to that file, so scripts/check-secrets.sh can prove none of them leaked
// into logs, settings or crash output. Unset (always, outside the test run) nothing is written.
void recordTokenForTests(const QByteArray &token)
{
    const QString path = qEnvironmentVariable("VIRTDECK_TEST_TOKEN_LOG");
    if (path.isEmpty() || token.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        file.write(token + '\n');
}

} // namespace

CloudSession::CloudSession(CloudConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_interface(m_config.interface.isEmpty() ? u"public"_s : m_config.interface)
    , m_region(m_config.regionName)
{
    // Keep-alive stays on: QNetworkAccessManager re-sends an idempotent request once when a
    // server (uwsgi with "Connection: close", eventlet after idling) closed the connection.
    m_network->setAutoDeleteReplies(false);
#if QT_CONFIG(ssl)
    // Verification stays on (the errors are never ignored here); only remember why it failed.
    connect(m_network, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        reply->setProperty("virtdeckTlsErrors", texts);
    });
#endif
}

CloudSession::~CloudSession() = default;

bool CloudSession::needsSecret() const
{
    return m_config.method == AuthMethod::ApplicationCredential ? m_config.applicationCredentialSecret.isEmpty()
                                                                 : m_config.password.isEmpty();
}

void CloudSession::setSecret(const QString &secret)
{
    if (m_config.method == AuthMethod::ApplicationCredential)
        m_config.applicationCredentialSecret = secret;
    else
        m_config.password = secret;
}

QString CloudSession::tlsWarning() const
{
    if (m_config.verifyTls)
        return {};
    return tr("TLS certificate verification is off for cloud \"%1\" (verify: false): anyone on the network path can read and change this traffic, including your password.")
        .arg(m_config.name);
}

void CloudSession::setInterface(const QString &interface)
{
    m_interface = interface;
}

void CloudSession::setRegion(const QString &region)
{
    m_region = region;
}

QStringList CloudSession::regions() const
{
    QStringList result;
    for (const CatalogEndpoint &endpoint : m_token.catalog) {
        if (!endpoint.region.isEmpty() && !result.contains(endpoint.region))
            result.append(endpoint.region);
    }
    result.sort();
    return result;
}

Result<QString> CloudSession::endpoint(const QString &serviceType) const
{
    if (serviceType == u"identity"_s && m_token.catalog.isEmpty())
        return {KeystoneParser::identityBase(m_config.authUrl), {}};
    for (const QString &type : typeAliases(serviceType)) {
        for (const CatalogEndpoint &entry : m_token.catalog) {
            if (entry.serviceType == type && entry.interface == m_interface
                && (m_region.isEmpty() || entry.region == m_region))
                return {entry.url, {}};
        }
    }
    if (serviceType == u"identity"_s)
        return {KeystoneParser::identityBase(m_config.authUrl), {}};
    return Result<QString>::failure(tr("The service catalog has no %1 endpoint for the %2 interface in region \"%3\".")
                                        .arg(CloudError::serviceLabel(serviceType), m_interface,
                                             m_region.isEmpty() ? tr("any") : m_region));
}

QByteArray CloudSession::microversionHeader(const QString &serviceType)
{
    // compute 2.79: flavor descriptions and extra specs in replies, quota sets without the
    // network quotas Nova proxied before 2.36; volume 3.50 is Zed-safe for quota sets.
    if (serviceType == u"compute"_s)
        return "compute 2.79";
    if (typeAliases(u"volumev3"_s).contains(serviceType))
        return "volume 3.50";
    return {};
}

QNetworkRequest CloudSession::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"VirtDeck"_s);
    request.setTransferTimeout(m_requestTimeoutMs);
#if QT_CONFIG(ssl)
    if (url.scheme() == u"https"_s) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caCertFile.isEmpty())
            ssl.addCaCertificates(m_config.caCertFile);
        if (!m_config.verifyTls)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
#endif
    return request;
}

QFuture<Result<CloudToken>> CloudSession::signIn()
{
    // Parallel requests that all found the token expired share one sign-in.
    if (m_pendingSignIn.isValid() && m_pendingSignIn.isRunning())
        return m_pendingSignIn;
    if (needsSecret()) {
        QPromise<Result<CloudToken>> promise;
        promise.start();
        finish(promise, Result<CloudToken>::failure(
                            m_config.method == AuthMethod::ApplicationCredential
                                ? tr("Cloud \"%1\" needs the application credential secret.").arg(m_config.name)
                                : tr("Cloud \"%1\" needs a password.").arg(m_config.name)));
        return promise.future();
    }
    m_pendingSignIn = authenticate(KeystoneParser::passwordAuthBody(m_config, m_scopeProjectId), false);
    return m_pendingSignIn;
}

QFuture<Result<CloudToken>> CloudSession::authenticate(const QJsonObject &body, bool isSwitch)
{
    auto promise = std::make_shared<QPromise<Result<CloudToken>>>();
    promise->start();
    QFuture<Result<CloudToken>> future = promise->future();
    const QUrl url(KeystoneParser::identityBase(m_config.authUrl) + u"/auth/tokens"_s);
    QNetworkReply *reply = m_network->post(makeRequest(url), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, timer, isSwitch, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray replyBody = reply->readAll();
        qCDebug(lcCloud) << "POST" << url.toString() << status << timer.elapsed() << "ms";
        Result<CloudToken> result;
        if (status == 0) {
            result = Result<CloudToken>::failure(tr("Identity (Keystone) cannot be reached at %1: %2")
                                                     .arg(url.toString(QUrl::RemovePath), unreachableReason(reply)));
        } else if (status != 201 && status != 200) {
            result = Result<CloudToken>::failure(CloudError::describe(status, replyBody, u"identity"_s));
        } else {
            result = KeystoneParser::parseToken(replyBody, reply->rawHeader("X-Subject-Token"));
        }
        if (result.ok()) {
            m_token = result.value;
            recordTokenForTests(m_token.id);
            ++m_signInCount;
            Q_EMIT signedIn(m_token);
        } else if (!isSwitch) {
            Q_EMIT signInFailed(result.error);
        }
        finish(*promise, result);
    });
    return future;
}

QFuture<Result<CloudToken>> CloudSession::switchProject(const QString &projectId)
{
    if (m_config.method == AuthMethod::ApplicationCredential) {
        QPromise<Result<CloudToken>> promise;
        promise.start();
        finish(promise, Result<CloudToken>::failure(tr("An application credential is bound to its project; sign in with a password to switch projects.")));
        return promise.future();
    }
    const QString previous = m_scopeProjectId;
    m_scopeProjectId = projectId;
    const QFuture<Result<CloudToken>> future =
        authenticate(KeystoneParser::passwordAuthBody(m_config, m_scopeProjectId), true);
    // A project the user has no role in is refused: keep working in the previous one.
    whenFinished(future, this, [this, previous](const Result<CloudToken> &result) {
        if (!result.ok())
            m_scopeProjectId = previous;
    });
    return future;
}

void CloudSession::signOut()
{
    m_token = {};
}

QFuture<Result<QList<ProjectRef>>> CloudSession::projects()
{
    return send({u"identity"_s, "GET", u"auth/projects"_s, {}}).then([](const Result<CloudReply> &reply) {
        if (!reply.ok())
            return Result<QList<ProjectRef>>::failure(reply.error);
        return KeystoneParser::parseProjects(reply.value.body);
    });
}

QFuture<Result<CloudReply>> CloudSession::send(const CloudRequest &request)
{
    auto promise = std::make_shared<ReplyPromise>();
    promise->start();
    QFuture<Result<CloudReply>> future = promise->future();
    // A token about to expire is renewed before the request rather than after its 401.
    if (isSignedIn() && m_token.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(m_token.expiresAt) < TokenRenewalMarginSeconds)
        m_token = {};
    if (isSignedIn()) {
        dispatch(request, promise, false);
    } else {
        whenFinished(signIn(), this, [this, request, promise](const Result<CloudToken> &token) {
            if (token.ok())
                dispatch(request, promise, true);
            else
                finish(*promise, Result<CloudReply>::failure(token.error));
        });
    }
    return future;
}

Result<QUrl> CloudSession::serviceUrl(const QString &serviceType, const QString &path) const
{
    const Result<QString> base = endpoint(serviceType);
    if (!base.ok())
        return Result<QUrl>::failure(base.error);
    QString address = base.value;
    if (!address.endsWith(u'/'))
        address += u'/';
    QString relative = path;
    // Neutron's catalog URL usually has no version, but some clouds register ".../v2.0".
    if (address.endsWith(u"/v2.0/"_s) && relative.startsWith(u"v2.0/"_s))
        relative.remove(0, 5);
    // Likewise Glance: "http://host:9292" usually, sometimes ".../v2".
    if (address.endsWith(u"/v2/"_s) && relative.startsWith(u"v2/"_s) && serviceType == u"image"_s)
        relative.remove(0, 3);
    return {QUrl(address + relative), {}};
}

QNetworkRequest CloudSession::signedRequest(const QUrl &url, const QString &serviceType) const
{
    QNetworkRequest networkRequest = makeRequest(url);
    networkRequest.setRawHeader("X-Auth-Token", m_token.id);
    if (const QByteArray version = microversionHeader(serviceType); !version.isEmpty())
        networkRequest.setRawHeader("OpenStack-API-Version", version);
    return networkRequest;
}

QFuture<Result<QNetworkRequest>> CloudSession::authorizedRequest(const QString &serviceType, const QString &path)
{
    auto promise = std::make_shared<QPromise<Result<QNetworkRequest>>>();
    promise->start();
    QFuture<Result<QNetworkRequest>> future = promise->future();
    auto build = [this, serviceType, path, promise] {
        const Result<QUrl> url = serviceUrl(serviceType, path);
        if (!url.ok())
            finish(*promise, Result<QNetworkRequest>::failure(url.error));
        else
            finish(*promise, Result<QNetworkRequest>{signedRequest(url.value, serviceType), {}});
    };
    // A long transfer must not start on a token about to run out: renew well before.
    constexpr int transferMarginSeconds = 300;
    if (isSignedIn() && m_token.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(m_token.expiresAt) < transferMarginSeconds)
        m_token = {};
    if (isSignedIn()) {
        build();
    } else {
        whenFinished(signIn(), this, [promise, build](const Result<CloudToken> &token) {
            if (token.ok())
                build();
            else
                finish(*promise, Result<QNetworkRequest>::failure(token.error));
        });
    }
    return future;
}

bool CloudSession::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE";
}

void CloudSession::dispatch(const CloudRequest &request, const std::shared_ptr<ReplyPromise> &promise, bool retried,
                            int attempt)
{
    const Result<QUrl> target = serviceUrl(request.serviceType, request.path);
    if (!target.ok()) {
        finish(*promise, Result<CloudReply>::failure(target.error));
        return;
    }
    const QUrl url = target.value;
    QNetworkRequest networkRequest = signedRequest(url, request.serviceType);
    if (!request.contentType.isEmpty())
        networkRequest.setRawHeader("Content-Type", request.contentType);
    QNetworkReply *reply = !request.rawBody.isEmpty()
        ? m_network->sendCustomRequest(networkRequest, request.method, request.rawBody)
        : request.body.isNull()
        ? m_network->sendCustomRequest(networkRequest, request.method)
        : m_network->sendCustomRequest(networkRequest, request.method, request.body.toJson(QJsonDocument::Compact));
    const QByteArray usedToken = m_token.id;
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, promise, retried, usedToken, url, timer, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
        qCDebug(lcCloud) << request.method << url.toString() << status << timer.elapsed() << "ms";
        // Transient failures of calls that may safely run twice: try again, a little later
        // each time (a timer, never a wait: the GUI thread goes on meanwhile).
        const bool transient = status == 0 || status == 500 || status == 502 || status == 503 || status == 504;
        if (transient && isIdempotent(request.method) && attempt < MaxRetries) {
            qCInfo(lcCloud) << request.method << url.toString() << "failed with" << status << reply->errorString()
                            << "- retry" << attempt + 1 << "of" << MaxRetries;
            QTimer::singleShot(m_retryDelayMs << attempt, this, [this, request, promise, retried, attempt] {
                dispatch(request, promise, retried, attempt + 1);
            });
            return;
        }
        const QString tries = attempt > 0 ? u" "_s + tr("(%1 attempts)").arg(attempt + 1) : QString();
        if (status == 401 && !retried) {
            // The token expired or was revoked: sign in again (once) and repeat the request.
            if (m_token.isValid() && m_token.id != usedToken) {
                // Another request already signed in again meanwhile: use its token.
                dispatch(request, promise, true);
                return;
            }
            m_token = {};
            whenFinished(signIn(), this, [this, request, promise](const Result<CloudToken> &token) {
                if (token.ok())
                    dispatch(request, promise, true);
                else
                    finish(*promise, Result<CloudReply>::failure(tr("The sign-in expired and signing in again failed: %1").arg(token.error)));
            });
            return;
        }
        if (status == 0 && reply->error() == QNetworkReply::OperationCanceledError) {
            // QNetworkRequest's transfer timeout cancels the reply.
            finish(*promise, Result<CloudReply>::failure(tr("%1 at %2 did not answer within %3 s.")
                                                             .arg(CloudError::serviceLabel(request.serviceType),
                                                                  url.toString(QUrl::RemovePath | QUrl::RemoveQuery))
                                                             .arg(m_requestTimeoutMs / 1000.0)
                                                         + tries));
            return;
        }
        if (status == 0) {
            finish(*promise, Result<CloudReply>::failure(tr("%1 cannot be reached at %2: %3")
                                                             .arg(CloudError::serviceLabel(request.serviceType),
                                                                  url.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                                                                  unreachableReason(reply))
                                                         + tries));
            return;
        }
        if (status >= 400) {
            finish(*promise, Result<CloudReply>::failure(CloudError::describe(status, body, request.serviceType) + tries));
            return;
        }
        finish(*promise, Result<CloudReply>{CloudReply{status, body, request.serviceType}, {}});
    });
}

} // namespace VirtDeck::Cloud
