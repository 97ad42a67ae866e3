// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionconfig.h"
#include "connectionstate.h"
#include "consoleendpoint.h"
#include "domainaction.h"
#include "domaindeletioninfo.h"
#include "domaininfo.h"
#include "domainstats.h"
#include "hostinfo.h"
#include "result.h"

#include <QFuture>
#include <QPromise>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

struct _virConnect; // libvirt's connection; only backend services see it

class QThread;
class QTimer;

namespace VirtDeck {

class ConnectionWorker;

// The face of one libvirt connection for code on the GUI thread. Every method returns at
// once: the work runs on the connection's own worker thread, and answers come back as
// signals or as QFutures whose continuations run on the caller's thread.
class ConnectionSession : public QObject
{
    Q_OBJECT

public:
    ConnectionSession(int id, const ConnectionConfig &config, QObject *parent = nullptr);
    ~ConnectionSession() override;

    int id() const { return m_id; }
    const ConnectionConfig &config() const { return m_config; }
    QString uri() const { return m_config.uri; }
    QString displayName() const;
    ConnectionState state() const { return m_state; }
    QString statusMessage() const { return m_statusMessage; }
    const HostInfo &hostInfo() const { return m_hostInfo; }
    const HostStatsSample &hostStats() const { return m_hostStats; }

    void setConfig(const ConnectionConfig &config); // takes effect at the next open()
    void setStatsIntervalMs(int ms);
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }

    void open();
    void close();

    QFuture<DomainActionResults> runAction(DomainAction action, const UuidList &uuids,
                                           const DeleteOptions &options = {});
    QFuture<Result<DomainDeletionInfo>> deletionInfo(const QUuid &uuid);
    QFuture<Result<QString>> domainXml(const QUuid &uuid, bool inactive = false);
    QFuture<Result<ConsoleEndpoint>> consoleEndpoint(const QUuid &uuid, ConsoleRoute route = ConsoleRoute::Auto);

    // For backend services (storage, networks, snapshots…): runs fn on the connection's
    // worker thread with the open connection. Not connected: a failure, fn is not called.
    template<typename T>
    QFuture<Result<T>> withConnection(std::function<Result<T>(_virConnect *)> fn)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)](_virConnect *connection, const QString &unavailable) {
            promise->addResult(connection ? fn(connection) : Result<T>::failure(unavailable));
            promise->finish();
        });
        return future;
    }

Q_SIGNALS:
    void stateChanged(VirtDeck::ConnectionState state, const QString &message);
    void hostInfoChanged(const VirtDeck::HostInfo &info);
    void domainsListed(const VirtDeck::DomainInfoList &domains); // complete list after (re)connect
    void domainsChanged(const VirtDeck::DomainInfoList &domains);
    void domainsRemoved(const VirtDeck::UuidList &uuids);
    void statsSampled(const VirtDeck::StatsBatch &batch);
    void networkEvent(const QString &name, int event);
    void storagePoolEvent(const QString &name, int event);

private:
    void post(std::function<void(_virConnect *, const QString &)> job);
    void startWorker();
    enum class Retire { Wait, DontWait, Abandon };
    void retireWorker(Retire how);
    void setState(ConnectionState state, const QString &message);
    template<typename T, typename Call>
    QFuture<T> request(Call &&call, T whenUnavailable);

    const int m_id;
    ConnectionConfig m_config;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_statusMessage;
    HostInfo m_hostInfo;
    HostStatsSample m_hostStats;
    int m_statsIntervalMs = 2000;
    int m_connectTimeoutMs = 30000;
    quint64 m_generation = 0;

    QThread *m_thread = nullptr;
    ConnectionWorker *m_worker = nullptr;
    QTimer *m_connectTimer = nullptr;
};

} // namespace VirtDeck
