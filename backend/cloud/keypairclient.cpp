// SPDX-License-Identifier: GPL-2.0-or-later
#include "keypairclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "sshkeygenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString compute = u"compute"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

Result<KeyPair> keyPairFrom(const QJsonObject &object)
{
    const auto name = CloudJson::string(object, u"name"_s, compute);
    if (!name.ok())
        return Result<KeyPair>::failure(name.error);
    KeyPair pair;
    pair.name = name.value;
    pair.type = object.value(u"type"_s).toString(u"ssh"_s);
    pair.fingerprint = object.value(u"fingerprint"_s).toString();
    pair.publicKey = object.value(u"public_key"_s).toString().trimmed();
    return {pair, {}};
}

} // namespace

KeyPairClient::KeyPairClient(CloudSession *session)
    : m_session(session)
{
}

QString KeyPairClient::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The key pair needs a name.");
    if (name.size() > 255)
        return tr("The name is longer than 255 characters.");
    // Nova's own rule for key pair names.
    static const QRegularExpression allowed(u"^[A-Za-z0-9 _.@-]+$"_s);
    if (!allowed.match(name).hasMatch())
        return tr("A key pair name may contain only letters, digits, spaces and the characters _ - . @");
    if (name != name.trimmed())
        return tr("The name must not start or end with a space.");
    return {};
}

Result<QList<KeyPair>> KeyPairClient::parseKeyPairs(const QByteArray &body)
{
    // Each entry is wrapped: {"keypair": {...}}
    auto result = CloudJson::objectList<KeyPair>(body, u"keypairs"_s, compute, [](const QJsonObject &entry) {
        const auto inner = CloudJson::object(entry, u"keypair"_s, compute);
        return inner.ok() ? keyPairFrom(inner.value) : Result<KeyPair>::failure(inner.error);
    });
    std::sort(result.value.begin(), result.value.end(), [](const KeyPair &a, const KeyPair &b) { return a.name < b.name; });
    return result;
}

Result<KeyPair> KeyPairClient::parseKeyPair(const QByteArray &body)
{
    return CloudJson::wrappedObject<KeyPair>(body, u"keypair"_s, compute, keyPairFrom);
}

QFuture<Result<QList<KeyPair>>> KeyPairClient::keyPairs() const
{
    if (!m_session)
        return failedFuture<QList<KeyPair>>(tr("Not signed in."));
    return parsed<QList<KeyPair>>(m_session->send({compute, "GET", u"os-keypairs"_s, {}}),
                                  [](const CloudReply &reply) { return parseKeyPairs(reply.body); });
}

QFuture<Result<KeyPair>> KeyPairClient::importKeyPair(const QString &name, const QString &publicKey) const
{
    if (!m_session)
        return failedFuture<KeyPair>(tr("Not signed in."));
    if (const QString problem = validateName(name); !problem.isEmpty())
        return failedFuture<KeyPair>(problem);
    if (const QString problem = SshKeyGenerator::checkPublicKey(publicKey); !problem.isEmpty())
        return failedFuture<KeyPair>(problem);
    const QJsonObject body{{u"keypair"_s, QJsonObject{{u"name"_s, name}, {u"public_key"_s, publicKey.trimmed()}, {u"type"_s, u"ssh"_s}}}};
    return parsed<KeyPair>(m_session->send({compute, "POST", u"os-keypairs"_s, QJsonDocument(body)}),
                           [](const CloudReply &reply) { return parseKeyPair(reply.body); });
}

QFuture<Result<CreatedKeyPair>> KeyPairClient::createKeyPair(const QString &name, const QString &privateKeyPath,
                                                            const QString &type) const
{
    using R = Result<CreatedKeyPair>;
    if (!m_session)
        return failedFuture<CreatedKeyPair>(tr("Not signed in."));
    if (const QString problem = validateName(name); !problem.isEmpty())
        return failedFuture<CreatedKeyPair>(problem);
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> future = promise->future();
    QPointer<CloudSession> session = m_session;
    // Both steps finish on the session's thread, so the upload is sent from there too.
    SshKeyGenerator::generate(privateKeyPath, name, type).then([promise, session, name](const Result<SshKeyGenerator::Key> &key) {
        if (!key.ok()) {
            promise->addResult(R::failure(key.error));
            promise->finish();
            return;
        }
        const auto discard = [key] {
            QFile::remove(key.value.privateKeyPath);
            QFile::remove(key.value.publicKeyPath);
        };
        if (!session) {
            discard();
            promise->addResult(R::failure(tr("Not signed in.")));
            promise->finish();
            return;
        }
        KeyPairClient(session).importKeyPair(name, key.value.publicKey).then([promise, key, discard](const Result<KeyPair> &pair) {
            if (!pair.ok()) {
                discard(); // a key nobody can use would only confuse later
                promise->addResult(R::failure(pair.error));
            } else {
                promise->addResult(R{{pair.value, key.value.privateKeyPath, key.value.publicKeyPath}, {}});
            }
            promise->finish();
        });
    });
    return future;
}

QFuture<Result<bool>> KeyPairClient::deleteKeyPair(const QString &name) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({compute, "DELETE", u"os-keypairs/%1"_s.arg(encoded(name)), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
