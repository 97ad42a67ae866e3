// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionworker.h"

#include "backendlogging.h"
#include "clonejournal.h"
#include "domainxmlreader.h"
#include "libvirterror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <libvirt/virterror.h>

#include <algorithm>
#include <cstring>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

// Shared between a connection's libvirt callbacks (event thread) and its worker. A fresh
// context per opened connection, so callbacks of a closed connection reach nobody.
struct EventContext
{
    QMutex mutex;
    ConnectionWorker *worker = nullptr;

    template<typename Fn>
    void post(Fn &&fn)
    {
        QMutexLocker lock(&mutex);
        if (worker)
            QMetaObject::invokeMethod(worker, std::forward<Fn>(fn), Qt::QueuedConnection);
    }
};

namespace {

constexpr int MaxReconnectDelayMs = 30000;
constexpr int FlushDelayMs = 20; // coalesces event storms (a batch start) into one update

QUuid uuidOf(virDomainPtr domain)
{
    unsigned char raw[VIR_UUID_BUFLEN];
    if (virDomainGetUUID(domain, raw) < 0)
        return {};
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
}

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.nsecsElapsed() + 1; // never 0: 0 means "no previous sample"
}

std::shared_ptr<EventContext> *contextCopy(const std::shared_ptr<EventContext> &context)
{
    return new std::shared_ptr<EventContext>(context);
}

void freeContextCopy(void *opaque)
{
    delete static_cast<std::shared_ptr<EventContext> *>(opaque);
}

EventContext *contextOf(void *opaque)
{
    return static_cast<std::shared_ptr<EventContext> *>(opaque)->get();
}

int onLifecycleEvent(virConnectPtr, virDomainPtr domain, int event, int, void *opaque)
{
    const QUuid uuid = uuidOf(domain);
    EventContext *context = contextOf(opaque);
    QMutexLocker lock(&context->mutex);
    if (ConnectionWorker *worker = context->worker) {
        QMetaObject::invokeMethod(worker, [worker, uuid, event] { worker->handleDomainEvent(uuid, event); },
                                  Qt::QueuedConnection);
    }
    return 0;
}

void onDomainChanged(virConnectPtr, virDomainPtr domain, void *opaque)
{
    onLifecycleEvent(nullptr, domain, -1, 0, opaque);
}

void onMetadataChanged(virConnectPtr, virDomainPtr domain, int, const char *, void *opaque)
{
    onLifecycleEvent(nullptr, domain, -1, 0, opaque);
}

void onNetworkEvent(virConnectPtr, virNetworkPtr network, int event, int, void *opaque)
{
    const QString name = QString::fromUtf8(virNetworkGetName(network));
    EventContext *context = contextOf(opaque);
    QMutexLocker lock(&context->mutex);
    if (ConnectionWorker *worker = context->worker) {
        QMetaObject::invokeMethod(worker, [worker, name, event] { worker->handleNetworkEvent(name, event); },
                                  Qt::QueuedConnection);
    }
}

void onStoragePoolEvent(virConnectPtr, virStoragePoolPtr pool, int event, int, void *opaque)
{
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    EventContext *context = contextOf(opaque);
    QMutexLocker lock(&context->mutex);
    if (ConnectionWorker *worker = context->worker) {
        QMetaObject::invokeMethod(worker, [worker, name, event] { worker->handleStoragePoolEvent(name, event); },
                                  Qt::QueuedConnection);
    }
}

void onConnectionClosed(virConnectPtr, int reason, void *opaque)
{
    EventContext *context = contextOf(opaque);
    QMutexLocker lock(&context->mutex);
    if (ConnectionWorker *worker = context->worker) {
        QMetaObject::invokeMethod(worker, [worker, reason] { worker->handleConnectionClosed(reason); },
                                  Qt::QueuedConnection);
    }
}

// libvirt's auth callback: interactive credentials are not supported yet, so refuse rather
// than block on a terminal prompt that a desktop app does not have.
int refuseInteractiveAuth(virConnectCredentialPtr, unsigned int, void *)
{
    return -1;
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return ConnectionWorker::tr("the connection failed");
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return ConnectionWorker::tr("the daemon closed the connection");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return ConnectionWorker::tr("the host stopped answering keepalive messages");
    default:
        return ConnectionWorker::tr("the connection was closed");
    }
}

} // namespace

ConnectionWorker::ConnectionWorker(const QString &uri)
    : m_uri(uri)
    , m_statsTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
{
    m_statsTimer->setInterval(2000);
    m_statsTimer->setTimerType(Qt::CoarseTimer);
    connect(m_statsTimer, &QTimer::timeout, this, &ConnectionWorker::sampleStats);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (connectNow())
            m_reconnectDelayMs = 1000;
    });
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(FlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ConnectionWorker::flushPendingDomains);
}

ConnectionWorker::~ConnectionWorker()
{
    dropConnection();
}

void ConnectionWorker::open()
{
    if (m_connection || m_abandoned)
        return;
    connectNow();
}

void ConnectionWorker::shutdown()
{
    m_shuttingDown = true;
    m_reconnectTimer->stop();
    dropConnection();
    if (!m_abandoned)
        Q_EMIT stateChanged(ConnectionState::Disconnected, {});
    thread()->quit();
}

void ConnectionWorker::setStatsIntervalMs(int ms)
{
    m_statsTimer->setInterval(qMax(250, ms));
}

bool ConnectionWorker::connectNow()
{
    // libvirt is initialised already: by the ConnectionSession that made this worker.
    Q_EMIT stateChanged(m_wasConnected ? ConnectionState::Lost : ConnectionState::Connecting,
                        m_wasConnected ? tr("Reconnecting…") : tr("Connecting…"));

    int credentialTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE};
    virConnectAuth auth{credentialTypes, int(std::size(credentialTypes)), refuseInteractiveAuth, nullptr};
    const QByteArray uri = m_uri.toUtf8();
    QElapsedTimer timing;
    timing.start();
    m_connection.reset(virConnectOpenAuth(uri.constData(), &auth, 0));
    const qint64 connectMs = timing.restart();
    if (m_abandoned) { // the session gave up while libvirt was blocking
        m_connection.reset();
        return false;
    }
    if (!m_connection) {
        const QString error = lastLibvirtError();
        if (m_wasConnected)
            scheduleReconnect(error);
        else
            Q_EMIT stateChanged(ConnectionState::Failed, error);
        return false;
    }

    // Keepalive detects a dead remote host; unsupported on local drivers, which is fine.
    virConnectSetKeepAlive(m_connection.get(), 5, 3);
    registerCallbacks();
    // Clones half-made when an earlier connection died go before anyone lists the guests.
    CloneJournal::recover(m_connection.get());
    readHostInfo();
    if (!populate()) {
        const QString error = lastLibvirtError();
        dropConnection();
        if (m_wasConnected)
            scheduleReconnect(error);
        else
            Q_EMIT stateChanged(ConnectionState::Failed, error);
        return false;
    }
    qCInfo(lcLibvirt, "%s: libvirt connect %lld ms, then host info and %lld guests listed in %lld ms",
           uri.constData(), connectMs, qint64(m_known.size()), timing.elapsed());
    m_wasConnected = true;
    Q_EMIT stateChanged(ConnectionState::Connected, {});
    m_previousCounters.clear();
    m_previousHost = {};
    sampleStats();
    m_statsTimer->start();
    return true;
}

void ConnectionWorker::registerCallbacks()
{
    m_eventContext = std::make_shared<EventContext>();
    m_eventContext->worker = this;
    virConnectPtr conn = m_connection.get();
    // libvirt owns the opaque copy only when the registration succeeds.
    const auto registerOrFree = [this](auto &&registration) {
        auto *opaque = contextCopy(m_eventContext);
        if (registration(opaque) < 0)
            delete opaque;
    };
    // Each event registration owns one copy of the shared pointer; libvirt frees it through
    // freeContextCopy when it drops the callback, so no callback outlives its context.
    registerOrFree([&](void *opaque) {
        return virConnectDomainEventRegisterAny(conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(onLifecycleEvent), opaque, freeContextCopy);
    });
    registerOrFree([&](void *opaque) {
        return virConnectDomainEventRegisterAny(conn, nullptr, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(onMetadataChanged), opaque, freeContextCopy);
    });
    registerOrFree([&](void *opaque) {
        return virConnectDomainEventRegisterAny(conn, nullptr, VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(onDomainChanged), opaque, freeContextCopy);
    });
    registerOrFree([&](void *opaque) {
        return virConnectNetworkEventRegisterAny(conn, nullptr, VIR_NETWORK_EVENT_ID_LIFECYCLE, VIR_NETWORK_EVENT_CALLBACK(onNetworkEvent), opaque, freeContextCopy);
    });
    registerOrFree([&](void *opaque) {
        return virConnectStoragePoolEventRegisterAny(conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, VIR_STORAGE_POOL_EVENT_CALLBACK(onStoragePoolEvent), opaque, freeContextCopy);
    });
    // The close callback's copy stays ours: drivers without close callbacks (the test driver)
    // answer success without keeping it, so libvirt would never free it. Unregistering
    // waits for a running callback, so dropConnection() frees it safely after that.
    m_closeContext.reset(contextCopy(m_eventContext));
    if (virConnectRegisterCloseCallback(conn, onConnectionClosed, m_closeContext.get(), nullptr) < 0)
        m_closeContext.reset();
    virResetLastError();
}

void ConnectionWorker::dropConnection()
{
    m_statsTimer->stop();
    m_flushTimer->stop();
    m_pending.clear();
    if (m_eventContext) {
        QMutexLocker lock(&m_eventContext->mutex);
        m_eventContext->worker = nullptr;
    }
    m_eventContext.reset();
    if (m_connection) {
        virConnectUnregisterCloseCallback(m_connection.get(), onConnectionClosed);
        m_connection.reset(); // closing also drops the domain event callbacks
    }
    m_closeContext.reset();
}

void ConnectionWorker::scheduleReconnect(const QString &why)
{
    if (m_shuttingDown || m_abandoned)
        return;
    Q_EMIT stateChanged(ConnectionState::Lost,
                        tr("Disconnected: %1. Reconnecting in %2 s.")
                            .arg(why)
                            .arg(m_reconnectDelayMs / 1000));
    m_reconnectTimer->start(m_reconnectDelayMs);
    m_reconnectDelayMs = qMin(m_reconnectDelayMs * 2, MaxReconnectDelayMs);
}

void ConnectionWorker::handleConnectionClosed(int reason)
{
    if (!m_connection)
        return;
    dropConnection();
    scheduleReconnect(closeReasonText(reason));
}

void ConnectionWorker::handleNetworkEvent(const QString &name, int event)
{
    Q_EMIT networkEvent(name, event);
}

void ConnectionWorker::handleStoragePoolEvent(const QString &name, int event)
{
    Q_EMIT storagePoolEvent(name, event);
}

void ConnectionWorker::runWithConnection(const std::function<void(virConnectPtr, const QString &)> &job)
{
    if (m_abandoned || !m_connection) {
        job(nullptr, notConnectedMessage());
        return;
    }
    job(m_connection.get(), {});
    virResetLastError();
}

void ConnectionWorker::readHostInfo()
{
    virConnectPtr conn = m_connection.get();
    HostInfo info;
    info.uri = m_uri;
    if (CString hostname{virConnectGetHostname(conn)})
        info.hostname = QString::fromUtf8(hostname.get());
    if (const char *type = virConnectGetType(conn))
        info.hypervisor = QString::fromUtf8(type);
    const auto versionText = [](unsigned long v) {
        return u"%1.%2.%3"_s.arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
    };
    unsigned long version = 0;
    if (virConnectGetVersion(conn, &version) == 0)
        info.hypervisorVersion = versionText(version);
    if (virConnectGetLibVersion(conn, &version) == 0)
        info.libvirtVersion = versionText(version);
    virNodeInfo node{};
    if (virNodeGetInfo(conn, &node) == 0) {
        info.cpuModel = QString::fromUtf8(node.model);
        info.cpus = int(node.cpus);
        info.cpuMhz = int(node.mhz);
        info.memoryKiB = node.memory;
    }
    m_hostCpus = qMax(1, info.cpus);
    m_hostMemoryKiB = info.memoryKiB;
    virResetLastError();
    Q_EMIT hostInfoChanged(info);
}

std::optional<DomainInfo> ConnectionWorker::readDomainInfo(virDomainPtr domain, bool withFlags) const
{
    DomainInfo info;
    info.uuid = uuidOf(domain);
    if (const char *name = virDomainGetName(domain))
        info.name = QString::fromUtf8(name);
    virDomainInfo raw{};
    if (virDomainGetInfo(domain, &raw) < 0)
        return std::nullopt; // gone between listing and reading
    info.state = DomainState(raw.state <= VIR_DOMAIN_PMSUSPENDED ? raw.state : 0);
    info.vcpus = raw.nrVirtCpu;
    info.memoryKiB = raw.memory;
    info.maxMemoryKiB = raw.maxMem;
    const unsigned int id = virDomainGetID(domain);
    info.id = id == static_cast<unsigned int>(-1) ? -1 : int(id);
    if (CString title{virDomainGetMetadata(domain, VIR_DOMAIN_METADATA_TITLE, nullptr, 0)})
        info.title = QString::fromUtf8(title.get());
    if (withFlags) {
        int autostart = 0;
        if (virDomainGetAutostart(domain, &autostart) == 0)
            info.autostart = autostart != 0;
        info.persistent = virDomainIsPersistent(domain) != 0;
        info.hasManagedSave = virDomainHasManagedSaveImage(domain, 0) > 0;
    }
    virResetLastError(); // a missing title is an error in libvirt's eyes, not in ours
    return info;
}

bool ConnectionWorker::populate()
{
    virConnectPtr conn = m_connection.get();
    // Flags that need one call per guest come from filtered listings instead: a handful of
    // calls rather than thousands of round trips on a remote host.
    const auto listUuids = [conn](unsigned int flags, bool *ok) {
        virDomainPtr *raw = nullptr;
        const int count = virConnectListAllDomains(conn, &raw, flags);
        *ok = count >= 0;
        QSet<QUuid> out;
        for (const auto &domain : adoptHandleArray<DomainHandle>(raw, count))
            out.insert(uuidOf(domain.get()));
        return out;
    };
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(conn, &raw, 0);
    if (count < 0)
        return false;
    const auto domains = adoptHandleArray<DomainHandle>(raw, count);
    bool ok = true;
    const QSet<QUuid> autostart = listUuids(VIR_CONNECT_LIST_DOMAINS_AUTOSTART, &ok);
    const QSet<QUuid> managedSave = listUuids(VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, &ok);
    const QSet<QUuid> transient = listUuids(VIR_CONNECT_LIST_DOMAINS_TRANSIENT, &ok);

    DomainInfoList list;
    list.reserve(count);
    m_known.clear();
    for (const auto &domain : domains) {
        auto info = readDomainInfo(domain.get(), false);
        if (!info)
            continue;
        info->autostart = autostart.contains(info->uuid);
        info->hasManagedSave = managedSave.contains(info->uuid);
        info->persistent = !transient.contains(info->uuid);
        m_known.insert(info->uuid, *info);
        list.append(std::move(*info));
    }
    virResetLastError();
    // In name order, the order the list shows by default: then a change to a few guests
    // maps to a short range of view rows instead of one spread over the whole list.
    std::sort(list.begin(), list.end(), [](const DomainInfo &a, const DomainInfo &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    Q_EMIT domainsListed(list);
    return true;
}

void ConnectionWorker::sampleStats()
{
    if (!m_connection)
        return;
    virConnectPtr conn = m_connection.get();
    StatsBatch batch;
    batch.timestampMs = QDateTime::currentMSecsSinceEpoch();

    virDomainStatsRecordPtr *rawRecords = nullptr;
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL
        | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    const int count = virConnectGetAllDomainStats(conn, groups, &rawRecords,
                                                  VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    const StatsRecordList records(rawRecords);
    const qint64 now = monotonicNs();
    QHash<QUuid, RawDomainCounters> current;
    current.reserve(qMax(count, 0));
    for (int i = 0; i < count; ++i) {
        const virDomainStatsRecordPtr record = rawRecords[i];
        const QUuid uuid = uuidOf(record->dom);
        const auto known = m_known.constFind(uuid);
        if (known == m_known.cend()) {
            queueDomain(uuid, Pending::Refresh); // a guest we missed the event for
            continue;
        }
        RawDomainCounters counters;
        counters.monotonicNs = now;
        counters.vcpus = known->vcpus;
        counters.balloonCurrentKiB = known->memoryKiB;
        int state = -1;
        for (int p = 0; p < record->nparams; ++p) {
            const virTypedParameter &param = record->params[p];
            const char *field = param.field;
            const quint64 value = param.type == VIR_TYPED_PARAM_INT ? quint64(qMax(0, param.value.i))
                : param.type == VIR_TYPED_PARAM_UINT ? param.value.ui
                : param.type == VIR_TYPED_PARAM_LLONG ? quint64(qMax(0LL, param.value.l))
                : param.value.ul;
            if (std::strcmp(field, "state.state") == 0)
                state = int(value);
            else if (std::strcmp(field, "cpu.time") == 0)
                counters.cpuTimeNs = value;
            else if (std::strcmp(field, "balloon.current") == 0)
                counters.balloonCurrentKiB = value;
            else if (std::strcmp(field, "balloon.available") == 0)
                counters.balloonAvailableKiB = value;
            else if (std::strcmp(field, "balloon.unused") == 0)
                counters.balloonUnusedKiB = value;
            else if (std::strcmp(field, "balloon.rss") == 0)
                counters.balloonRssKiB = value;
            else if (std::strncmp(field, "block.", 6) == 0) {
                const char *tail = std::strrchr(field, '.');
                if (std::strcmp(tail, ".bytes") != 0)
                    continue;
                if (std::strstr(field, ".rd.bytes"))
                    counters.blockReadBytes += value;
                else if (std::strstr(field, ".wr.bytes"))
                    counters.blockWriteBytes += value;
            } else if (std::strncmp(field, "net.", 4) == 0) {
                if (std::strstr(field, ".rx.bytes"))
                    counters.netRxBytes += value;
                else if (std::strstr(field, ".tx.bytes"))
                    counters.netTxBytes += value;
            }
        }
        // Bulk stats double as a safety net: a state that differs from ours means a lost event.
        if (state >= 0 && DomainState(state) != known->state)
            queueDomain(uuid, Pending::Refresh);
        batch.domains.append(StatsCalculator::domainSample(m_previousCounters.value(uuid), counters,
                                                           m_hostCpus));
        batch.domains.last().uuid = uuid;
        current.insert(uuid, counters);
    }
    m_previousCounters = std::move(current);

    // Host CPU and memory.
    int nparams = 0;
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &nparams, 0) == 0 && nparams > 0) {
        std::vector<virNodeCPUStats> params(static_cast<size_t>(nparams));
        if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, params.data(), &nparams, 0) == 0) {
            RawHostCounters host;
            for (const auto &p : params) {
                if (std::strcmp(p.field, VIR_NODE_CPU_STATS_IDLE) == 0 || std::strcmp(p.field, VIR_NODE_CPU_STATS_IOWAIT) == 0)
                    host.totalNs += p.value;
                else if (std::strcmp(p.field, VIR_NODE_CPU_STATS_UTILIZATION) != 0) {
                    host.busyNs += p.value;
                    host.totalNs += p.value;
                }
            }
            batch.host.cpuPercent = StatsCalculator::hostCpuPercent(m_previousHost, host);
            m_previousHost = host;
        }
    }
    batch.host.memoryTotalKiB = m_hostMemoryKiB;
    nparams = 0;
    if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &nparams, 0) == 0 && nparams > 0) {
        std::vector<virNodeMemoryStats> params(static_cast<size_t>(nparams));
        if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, params.data(), &nparams, 0) == 0) {
            quint64 reclaimable = 0;
            for (const auto &p : params) {
                if (std::strcmp(p.field, VIR_NODE_MEMORY_STATS_TOTAL) == 0)
                    batch.host.memoryTotalKiB = p.value;
                else if (std::strcmp(p.field, VIR_NODE_MEMORY_STATS_FREE) == 0)
                    batch.host.memoryFreeKiB += p.value;
                else if (std::strcmp(p.field, VIR_NODE_MEMORY_STATS_BUFFERS) == 0
                         || std::strcmp(p.field, VIR_NODE_MEMORY_STATS_CACHED) == 0)
                    reclaimable += p.value;
            }
            batch.host.memoryFreeKiB += reclaimable;
        }
    } else if (const unsigned long long freeBytes = virNodeGetFreeMemory(conn)) {
        batch.host.memoryFreeKiB = freeBytes / 1024;
    }
    virResetLastError();
    Q_EMIT statsSampled(batch);
}

void ConnectionWorker::handleDomainEvent(const QUuid &uuid, int event)
{
    queueDomain(uuid, event == VIR_DOMAIN_EVENT_UNDEFINED ? Pending::Remove : Pending::Refresh);
}

void ConnectionWorker::queueDomain(const QUuid &uuid, Pending what)
{
    if (uuid.isNull() || !m_connection)
        return;
    m_pending.insert(uuid, what); // the latest event decides
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ConnectionWorker::flushPendingDomains()
{
    DomainInfoList changed;
    UuidList removed;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const QUuid &uuid = it.key();
        DomainHandle domain = it.value() == Pending::Refresh ? lookup(uuid) : DomainHandle{};
        std::optional<DomainInfo> info;
        if (domain)
            info = readDomainInfo(domain.get(), true);
        if (info) {
            if (m_known.value(uuid) != *info || !m_known.contains(uuid)) {
                m_known.insert(uuid, *info);
                changed.append(*info);
            }
        } else if (m_known.remove(uuid)) { // undefined, or a transient guest that stopped
            m_previousCounters.remove(uuid);
            removed.append(uuid);
        }
    }
    m_pending.clear();
    virResetLastError();
    if (!removed.isEmpty())
        Q_EMIT domainsRemoved(removed);
    if (!changed.isEmpty())
        Q_EMIT domainsChanged(changed);
}

DomainHandle ConnectionWorker::lookup(const QUuid &uuid) const
{
    if (!m_connection)
        return {};
    const QByteArray raw = uuid.toRfc4122();
    return DomainHandle(virDomainLookupByUUID(m_connection.get(),
                                              reinterpret_cast<const unsigned char *>(raw.constData())));
}

QString ConnectionWorker::notConnectedMessage() const
{
    if (m_abandoned)
        return tr("The connection to %1 was closed.").arg(m_uri);
    return tr("Not connected to %1.").arg(m_uri);
}

DomainActionResults ConnectionWorker::runAction(DomainAction action, const UuidList &uuids,
                                                const DeleteOptions &options)
{
    DomainActionResults results;
    results.reserve(uuids.size());
    for (const QUuid &uuid : uuids)
        results.append(runOne(action, uuid, options));
    return results;
}

DomainActionResult ConnectionWorker::runOne(DomainAction action, const QUuid &uuid,
                                            const DeleteOptions &options)
{
    DomainActionResult result;
    result.uuid = uuid;
    result.name = m_known.value(uuid).name;
    if (m_abandoned || !m_connection) {
        result.error = notConnectedMessage();
        return result;
    }
    const DomainHandle domain = lookup(uuid);
    if (!domain) {
        result.error = tr("The guest no longer exists: %1").arg(lastLibvirtError());
        return result;
    }
    virDomainPtr dom = domain.get();
    result.name = QString::fromUtf8(virDomainGetName(dom));
    int rc = -1;
    switch (action) {
    case DomainAction::Start:
        rc = virDomainCreate(dom);
        break;
    case DomainAction::Shutdown:
        rc = virDomainShutdown(dom);
        break;
    case DomainAction::Reboot:
        rc = virDomainReboot(dom, 0);
        break;
    case DomainAction::ForceOff:
        rc = virDomainDestroy(dom);
        break;
    case DomainAction::Pause:
        rc = virDomainSuspend(dom);
        break;
    case DomainAction::Resume:
        rc = virDomainResume(dom);
        break;
    case DomainAction::ManagedSave:
        rc = virDomainManagedSave(dom, 0);
        break;
    case DomainAction::Restore:
        if (virDomainHasManagedSaveImage(dom, 0) <= 0) {
            result.error = tr("The guest has no saved state to restore.");
            return result;
        }
        rc = virDomainCreate(dom); // starting a guest with a managed save image restores it
        break;
    case DomainAction::EnableAutostart:
    case DomainAction::DisableAutostart:
        rc = virDomainSetAutostart(dom, action == DomainAction::EnableAutostart ? 1 : 0);
        break;
    case DomainAction::Delete:
        result.error = deleteDomain(dom, options);
        result.ok = result.error.isEmpty();
        queueDomain(uuid, Pending::Refresh);
        return result;
    }
    result.ok = rc == 0;
    if (!result.ok)
        result.error = lastLibvirtError();
    // Not every change has an event (autostart has none): re-read the guest either way.
    queueDomain(uuid, Pending::Refresh);
    return result;
}

QString ConnectionWorker::deleteDomain(virDomainPtr domain, const DeleteOptions &options)
{
    CString xml{virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE)};
    const auto ownDisks = DomainXmlReader::disks(xml ? QString::fromUtf8(xml.get()) : QString());
    QStringList toDelete;
    for (const auto &disk : ownDisks.disks) {
        if (!disk.sourcePath.isEmpty() && options.storagePaths.contains(disk.sourcePath))
            toDelete.append(disk.sourcePath);
    }

    if (virDomainIsActive(domain) == 1 && virDomainDestroy(domain) < 0)
        return tr("Could not stop the guest: %1").arg(lastLibvirtError());
    if (virDomainIsPersistent(domain) == 1) {
        unsigned int basic = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE;
        if (options.removeSnapshotMetadata)
            basic |= VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
        const unsigned int full = basic | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
            | (options.removeNvram ? VIR_DOMAIN_UNDEFINE_NVRAM : VIR_DOMAIN_UNDEFINE_KEEP_NVRAM);
        if (virDomainUndefineFlags(domain, full) < 0) {
            const virErrorPtr error = virGetLastError();
            // Drivers that reject a flag they do not know (the test driver rejects the NVRAM
            // and checkpoint ones) get the flags every driver has.
            const bool unsupportedFlag = error && (error->code == VIR_ERR_INVALID_ARG || error->code == VIR_ERR_NO_SUPPORT);
            if (!unsupportedFlag || virDomainUndefineFlags(domain, basic) < 0)
                return tr("Could not delete the guest: %1").arg(lastLibvirtError());
        }
    }

    QStringList failures;
    for (const QString &path : std::as_const(toDelete)) {
        const QByteArray raw = path.toUtf8();
        StorageVolHandle volume(virStorageVolLookupByPath(m_connection.get(), raw.constData()));
        if (!volume || virStorageVolDelete(volume.get(), 0) < 0)
            failures.append(tr("%1: %2").arg(path, lastLibvirtError()));
    }
    if (!failures.isEmpty())
        return tr("The guest was deleted, but these volumes were not: %1").arg(failures.join(u"; "_s));
    return {};
}

Result<DomainDeletionInfo> ConnectionWorker::deletionInfo(const QUuid &uuid)
{
    if (m_abandoned || !m_connection)
        return Result<DomainDeletionInfo>::failure(notConnectedMessage());
    const DomainHandle domain = lookup(uuid);
    if (!domain)
        return Result<DomainDeletionInfo>::failure(lastLibvirtError());
    DomainDeletionInfo info;
    info.uuid = uuid;
    info.name = QString::fromUtf8(virDomainGetName(domain.get()));
    info.active = virDomainIsActive(domain.get()) == 1;
    CString xml{virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)};
    if (!xml)
        return Result<DomainDeletionInfo>::failure(lastLibvirtError());
    const QString text = QString::fromUtf8(xml.get());
    auto disks = DomainXmlReader::disks(text);
    if (!disks.error.isEmpty())
        return Result<DomainDeletionInfo>::failure(disks.error);
    for (auto &disk : disks.disks) {
        if (disk.sourcePath.isEmpty())
            continue;
        const QByteArray raw = disk.sourcePath.toUtf8();
        disk.inStoragePool = StorageVolHandle(virStorageVolLookupByPath(m_connection.get(), raw.constData())) != nullptr;
    }
    info.disks = std::move(disks.disks);
    info.hasNvram = DomainXmlReader::hasNvram(text);
    info.snapshotCount = qMax(0, virDomainSnapshotNum(domain.get(), 0));
    virResetLastError();
    return Result<DomainDeletionInfo>{info, {}};
}

Result<QString> ConnectionWorker::domainXml(const QUuid &uuid, bool inactive)
{
    if (m_abandoned || !m_connection)
        return Result<QString>::failure(notConnectedMessage());
    const DomainHandle domain = lookup(uuid);
    if (!domain)
        return Result<QString>::failure(lastLibvirtError());
    CString xml{virDomainGetXMLDesc(domain.get(), inactive ? VIR_DOMAIN_XML_INACTIVE : 0)};
    if (!xml)
        return Result<QString>::failure(lastLibvirtError());
    return Result<QString>{QString::fromUtf8(xml.get()), {}};
}

Result<ConsoleEndpoint> ConnectionWorker::consoleEndpoint(const QUuid &uuid, ConsoleRoute route)
{
    using R = Result<ConsoleEndpoint>;
    if (m_abandoned || !m_connection)
        return R::failure(notConnectedMessage());
    const DomainHandle domain = lookup(uuid);
    if (!domain)
        return R::failure(tr("The guest no longer exists: %1").arg(lastLibvirtError()));
    if (virDomainIsActive(domain.get()) != 1)
        return R::failure(tr("The guest is not running."));
    // The secure XML carries the VNC password; a read-only connection may not get it.
    CString xml{virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_SECURE)};
    if (!xml)
        xml.reset(virDomainGetXMLDesc(domain.get(), 0));
    if (!xml)
        return R::failure(lastLibvirtError());
    const DomainGraphics graphics = DomainXmlReader::vncGraphics(QString::fromUtf8(xml.get()));
    if (!graphics.error.isEmpty())
        return R::failure(graphics.error);
    if (!graphics.found)
        return R::failure(tr("This guest has no VNC display."));

    ConsoleEndpoint endpoint;
    endpoint.password = graphics.password;
    const QUrl url(m_uri);
    const QString transport = url.scheme().section(u'+', 1);
    const bool overSsh = transport == u"ssh"_s || transport == u"libssh"_s || transport == u"libssh2"_s;
    if (route == ConsoleRoute::SshTunnel && !overSsh)
        return R::failure(tr("The console can only be tunnelled through SSH on a qemu+ssh:// connection, not on %1.").arg(m_uri));
    // A socket straight from QEMU through libvirt: no port, no address, no VNC password
    // (the libvirt connection is the authorisation). Works wherever libvirt can pass file
    // descriptors (local connections, and qemu+ssh:// with a recent remote).
    int fd = -1;
    if (route == ConsoleRoute::Auto) {
        fd = virDomainOpenGraphicsFD(domain.get(), unsigned(graphics.index), VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH);
        if (fd < 0)
            fd = virDomainOpenGraphicsFD(domain.get(), unsigned(graphics.index), 0);
    }
    if (fd >= 0) {
        endpoint.socket = std::make_shared<FileDescriptor>(fd);
        endpoint.description = tr("libvirt display socket");
        return R{endpoint, {}};
    }
    const QString fdError = route == ConsoleRoute::Auto ? lastLibvirtError() : tr("libvirt's socket was not asked for");

    const QString uriHost = url.host();
    const bool local = uriHost.isEmpty() || uriHost == u"localhost"_s;
    if (overSsh && !local) {
        // Through the same SSH login as libvirt's own connection: the display may listen on
        // the host's loopback only, and its traffic is encrypted on the way.
        if (!graphics.socketPath.isEmpty())
            return R::failure(tr("The console listens on a UNIX socket on %1, and libvirt could not pass it: %2").arg(uriHost, fdError));
        if (graphics.port <= 0)
            return R::failure(tr("The guest's VNC display has no port yet."));
        const QString listen = graphics.listen;
        const bool anyAddress = listen.isEmpty() || listen == u"0.0.0.0"_s || listen == u"::"_s;
        ConsoleSshTunnel &tunnel = endpoint.sshTunnel;
        tunnel.user = url.userName();
        tunnel.host = uriHost;
        tunnel.port = qMax(0, url.port(0));
        const QUrlQuery query(url);
        tunnel.keyFile = query.queryItemValue(u"keyfile"_s, QUrl::FullyDecoded);
        tunnel.noVerify = query.queryItemValue(u"no_verify"_s) == u"1"_s;
        tunnel.targetHost = anyAddress ? u"127.0.0.1"_s : listen;
        tunnel.targetPort = graphics.port;
        endpoint.description = tr("%1:%2 on %3 (SSH tunnel)").arg(tunnel.targetHost).arg(tunnel.targetPort).arg(uriHost);
        return R{endpoint, {}};
    }
    if (route == ConsoleRoute::SshTunnel)
        return R::failure(tr("An SSH tunnel needs a remote host in the connection URI (%1).").arg(m_uri));
    if (!graphics.socketPath.isEmpty()) {
        if (!local)
            return R::failure(tr("The console listens on a UNIX socket on the host, and libvirt could not pass it: %1").arg(fdError));
        endpoint.unixPath = graphics.socketPath;
        endpoint.description = graphics.socketPath;
        return R{endpoint, {}};
    }
    if (graphics.port <= 0)
        return R::failure(tr("The guest's VNC display has no port yet."));
    QString host = graphics.listen;
    const bool anyAddress = host.isEmpty() || host == u"0.0.0.0"_s || host == u"::"_s;
    const bool loopback = host == u"127.0.0.1"_s || host == u"::1"_s || host == u"localhost"_s;
    if (anyAddress)
        host = local ? u"127.0.0.1"_s : uriHost;
    else if (loopback && !local)
        return R::failure(tr("The console only listens on %1's loopback address, and libvirt could not pass its socket: %2")
                              .arg(uriHost, fdError));
    endpoint.host = host;
    endpoint.port = graphics.port;
    endpoint.description = host + u':' + QString::number(graphics.port);
    return R{endpoint, {}};
}

} // namespace VirtDeck
