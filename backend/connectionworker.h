// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionstate.h"
#include "consoleendpoint.h"
#include "domainaction.h"
#include "domaindeletioninfo.h"
#include "domaininfo.h"
#include "domainstats.h"
#include "hostinfo.h"
#include "libvirthandles.h"
#include "result.h"
#include "statscalculator.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace VirtDeck {

struct EventContext;

// Owns one libvirt connection and makes every libvirt call for it, on its own thread.
// ConnectionSession is the only client: it moves the worker to a QThread and calls these
// methods through queued invocations. Results leave through queued signals as values.
class ConnectionWorker : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWorker(const QString &uri);
    ~ConnectionWorker() override;

    // Worker-thread entry points.
    void open();
    void shutdown(); // closes the connection and quits the thread
    void setStatsIntervalMs(int ms);
    DomainActionResults runAction(DomainAction action, const UuidList &uuids,
                                  const DeleteOptions &options);
    Result<DomainDeletionInfo> deletionInfo(const QUuid &uuid);
    Result<QString> domainXml(const QUuid &uuid, bool inactive);
    // Where the guest's VNC console is: a socket from virDomainOpenGraphicsFD when libvirt
    // can pass one, else (qemu+ssh://) an SSH tunnel to it, else the address and port (or
    // UNIX socket) of the live definition.
    Result<ConsoleEndpoint> consoleEndpoint(const QUuid &uuid, ConsoleRoute route = ConsoleRoute::Auto);

    // The generic path for backend services (storage, networks, snapshots…): runs job on
    // this thread with the open connection, or with nullptr and the reason there is none.
    void runWithConnection(const std::function<void(virConnectPtr, const QString &)> &job);

    // Any thread: makes every later request fail fast (the session gave up on this worker).
    void abandon() { m_abandoned = true; }

    // Called from libvirt's event thread through EventContext, queued onto this thread.
    void handleDomainEvent(const QUuid &uuid, int event);
    void handleConnectionClosed(int reason);
    void handleNetworkEvent(const QString &name, int event);
    void handleStoragePoolEvent(const QString &name, int event);

Q_SIGNALS:
    void stateChanged(VirtDeck::ConnectionState state, const QString &message);
    void hostInfoChanged(const VirtDeck::HostInfo &info);
    void domainsListed(const VirtDeck::DomainInfoList &domains);
    void domainsChanged(const VirtDeck::DomainInfoList &domains);
    void domainsRemoved(const VirtDeck::UuidList &uuids);
    void statsSampled(const VirtDeck::StatsBatch &batch);
    // Lifecycle events of virtual networks and storage pools (defined, started, stopped…).
    void networkEvent(const QString &name, int event);
    void storagePoolEvent(const QString &name, int event);

private:
    enum class Pending { Refresh, Remove };

    bool connectNow();
    void dropConnection();
    void scheduleReconnect(const QString &why);
    void registerCallbacks();
    void readHostInfo();
    bool populate();
    void sampleStats();
    void queueDomain(const QUuid &uuid, Pending what);
    void flushPendingDomains();
    std::optional<DomainInfo> readDomainInfo(virDomainPtr domain, bool withFlags) const;
    DomainHandle lookup(const QUuid &uuid) const;
    QString notConnectedMessage() const;
    DomainActionResult runOne(DomainAction action, const QUuid &uuid, const DeleteOptions &options);
    QString deleteDomain(virDomainPtr domain, const DeleteOptions &options);

    QString m_uri;
    ConnectHandle m_connection;
    std::shared_ptr<EventContext> m_eventContext;
    std::unique_ptr<std::shared_ptr<EventContext>> m_closeContext; // the close callback's opaque
    std::atomic_bool m_abandoned = false;
    bool m_wasConnected = false;
    bool m_shuttingDown = false;
    int m_reconnectDelayMs = 1000;
    int m_hostCpus = 1;
    quint64 m_hostMemoryKiB = 0;

    QTimer *m_statsTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_flushTimer = nullptr;

    QHash<QUuid, Pending> m_pending;
    QHash<QUuid, DomainInfo> m_known;
    QHash<QUuid, RawDomainCounters> m_previousCounters;
    RawHostCounters m_previousHost;
};

} // namespace VirtDeck
