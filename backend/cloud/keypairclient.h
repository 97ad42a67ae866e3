// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "createdkeypair.h"
#include "keypair.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Nova key pairs of the signed-in user: list, import a public key, create one locally
// (ssh-keygen, then import its public half) and delete.
class KeyPairClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::KeyPairClient)

public:
    explicit KeyPairClient(CloudSession *session);

    QFuture<Result<QList<KeyPair>>> keyPairs() const;
    QFuture<Result<KeyPair>> importKeyPair(const QString &name, const QString &publicKey) const;
    // Generates the pair with ssh-keygen into privateKeyPath (mode 0600) and uploads the
    // public key; if the upload fails the new local files are removed again.
    QFuture<Result<CreatedKeyPair>> createKeyPair(const QString &name, const QString &privateKeyPath,
                                                  const QString &type = QStringLiteral("ed25519")) const;
    QFuture<Result<bool>> deleteKeyPair(const QString &name) const;

    static Result<QList<KeyPair>> parseKeyPairs(const QByteArray &body);
    static Result<KeyPair> parseKeyPair(const QByteArray &body);
    // Empty when Nova accepts the name (letters, digits, spaces, "_", "-", "." and "@"; 1-255).
    static QString validateName(const QString &name);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
