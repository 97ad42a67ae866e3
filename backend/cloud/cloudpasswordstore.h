// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>

namespace VirtDeck::Cloud {

// Cloud passwords in the system keychain (Secret Service through qtkeychain), only when the
// user asks to keep them; never in QSettings. Without a keychain (no D-Bus session, no
// Secret Service) every call fails with a message and the app asks for the password each time.
class CloudPasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit CloudPasswordStore(QObject *parent = nullptr);

    // The key is the cloud name plus the user ("lab-admin/admin").
    QFuture<Result<QString>> read(const QString &key);
    QFuture<Result<bool>> write(const QString &key, const QString &password);
    QFuture<Result<bool>> remove(const QString &key);

    static QString serviceName();
};

} // namespace VirtDeck::Cloud
