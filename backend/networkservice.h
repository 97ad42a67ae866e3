// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "networkform.h"
#include "networkinfo.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck {

class ConnectionSession;

// Virtual networks of one connection. A small value: copy it freely. Every call runs on the
// connection's worker (ConnectionSession::withConnection) and answers through a QFuture.
class NetworkService
{
    Q_DECLARE_TR_FUNCTIONS(NetworkService)

public:
    explicit NetworkService(ConnectionSession *session);

    QFuture<Result<NetworkInfoList>> list() const;
    // Defines the network from a form the caller has validated, then starts it and sets
    // autostart as the form asks. A network defined but failing to start stays defined and
    // the error says so.
    QFuture<Result<NetworkInfo>> create(const NetworkForm &form) const;
    QFuture<Result<NetworkInfo>> defineXml(const QString &xml) const;
    QFuture<Result<bool>> start(const QString &name) const;
    QFuture<Result<bool>> stop(const QString &name) const;
    // Stops the network if it runs, then removes its definition.
    QFuture<Result<bool>> remove(const QString &name) const;
    QFuture<Result<bool>> setAutostart(const QString &name, bool autostart) const;
    QFuture<Result<QString>> xml(const QString &name, bool inactive = false) const;
    QFuture<Result<NetworkDhcpLeaseList>> dhcpLeases(const QString &name) const;

private:
    template<typename T, typename Fn>
    QFuture<Result<T>> onNetwork(const QString &name, Fn fn) const;

    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
