// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFuture>

namespace VirtDeck::Cloud {

// Makes a new SSH key pair locally with ssh-keygen (OpenSSH), so the private key never
// crosses the network. Runs ssh-keygen asynchronously through QProcess; the future is
// fulfilled on the calling thread (which needs an event loop).
class SshKeyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::SshKeyGenerator)

public:
    struct Key
    {
        QString privateKeyPath;
        QString publicKeyPath;
        QString publicKey; // the one line of privateKeyPath + ".pub"
    };

    // type: "ed25519" (default), "ecdsa" or "rsa". Refuses to overwrite an existing file.
    static QFuture<Result<Key>> generate(const QString &privateKeyPath, const QString &comment,
                                         const QString &type = QStringLiteral("ed25519"));
    // Empty when the path can take a new private key; else why not.
    static QString checkTarget(const QString &privateKeyPath);
    // ~/.ssh/<name> (a name that is safe as a file name), for the "create" dialogs.
    static QString defaultPath(const QString &keyPairName);
    // Empty when text looks like one OpenSSH public key line ("ssh-ed25519 AAAA... comment").
    static QString checkPublicKey(const QString &text);
    static QString program();
};

} // namespace VirtDeck::Cloud
