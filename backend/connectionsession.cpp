// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionsession.h"

#include "connectionworker.h"
#include "libvirteventloop.h"
#include "libvirturi.h"

#include <QPromise>
#include <QThread>
#include <QTimer>

#include <memory>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ConnectionSession::ConnectionSession(int id, const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_config(config)
    , m_connectTimer(new QTimer(this))
{
    // libvirt (and through curl/libssh2, OpenSSL) is initialised on the thread that makes
    // sessions, which outlives them: initialised on a worker, OpenSSL's per-thread state of
    // that worker is freed at its exit, racing OPENSSL_cleanup at process exit (a double free
    // under ASan in virtdeck-cli).
    LibvirtEventLoop::ensureRunning();
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state != ConnectionState::Connecting)
            return;
        // libvirt cannot cancel a blocking open: leave the worker to finish on its own and
        // forget it, so a hung host costs a thread, never the window.
        retireWorker(Retire::Abandon);
        setState(ConnectionState::Failed,
                 tr("No answer from %1 within %2 seconds.").arg(m_config.uri).arg(m_connectTimeoutMs / 1000));
    });
}

ConnectionSession::~ConnectionSession()
{
    retireWorker(m_state == ConnectionState::Connecting ? Retire::Abandon : Retire::Wait);
}

QString ConnectionSession::displayName() const
{
    return m_config.displayName.isEmpty() ? m_config.uri : m_config.displayName;
}

void ConnectionSession::setConfig(const ConnectionConfig &config)
{
    m_config = config;
}

void ConnectionSession::setStatsIntervalMs(int ms)
{
    m_statsIntervalMs = ms;
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setStatsIntervalMs(ms); },
                                  Qt::QueuedConnection);
    }
}

void ConnectionSession::open()
{
    if (m_state == ConnectionState::Connected || m_state == ConnectionState::Connecting
        || m_state == ConnectionState::Lost)
        return;
    const QString problem = LibvirtUri::validate(m_config.uri);
    if (!problem.isEmpty()) {
        setState(ConnectionState::Failed, problem);
        return;
    }
    retireWorker(Retire::DontWait);
    startWorker();
    setState(ConnectionState::Connecting, tr("Connecting…"));
    m_connectTimer->start(m_connectTimeoutMs);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

void ConnectionSession::close()
{
    m_connectTimer->stop();
    retireWorker(m_state == ConnectionState::Connecting ? Retire::Abandon : Retire::DontWait);
    setState(ConnectionState::Disconnected, {});
}

void ConnectionSession::startWorker()
{
    const quint64 generation = ++m_generation;
    m_thread = new QThread; // no parent: a retired thread may outlive this session
    m_thread->setObjectName(u"libvirt:"_s + m_config.uri);
    m_worker = new ConnectionWorker(m_config.uri);
    m_worker->setStatsIntervalMs(m_statsIntervalMs);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);

    // Each forward checks the generation: a retired worker's queued signals are ignored.
    const auto current = [this, generation] { return generation == m_generation; };
    connect(m_worker, &ConnectionWorker::stateChanged, this,
            [this, current](ConnectionState state, const QString &message) {
                if (!current())
                    return;
                if (state != ConnectionState::Connecting)
                    m_connectTimer->stop();
                setState(state, message);
            });
    connect(m_worker, &ConnectionWorker::hostInfoChanged, this, [this, current](const HostInfo &info) {
        if (!current())
            return;
        m_hostInfo = info;
        Q_EMIT hostInfoChanged(info);
    });
    // Signals passed on unchanged, each behind the same generation check.
    const auto forward = [this, current](auto workerSignal, auto sessionSignal) {
        connect(m_worker, workerSignal, this, [this, current, sessionSignal](const auto &...args) {
            if (current())
                Q_EMIT(this->*sessionSignal)(args...);
        });
    };
    forward(&ConnectionWorker::domainsListed, &ConnectionSession::domainsListed);
    forward(&ConnectionWorker::domainsChanged, &ConnectionSession::domainsChanged);
    forward(&ConnectionWorker::domainsRemoved, &ConnectionSession::domainsRemoved);
    forward(&ConnectionWorker::networkEvent, &ConnectionSession::networkEvent);
    forward(&ConnectionWorker::storagePoolEvent, &ConnectionSession::storagePoolEvent);
    connect(m_worker, &ConnectionWorker::statsSampled, this, [this, current](const StatsBatch &batch) {
        if (!current())
            return;
        m_hostStats = batch.host;
        Q_EMIT statsSampled(batch);
    });
    m_thread->start();
}

void ConnectionSession::post(std::function<void(_virConnect *, const QString &)> job)
{
    if (!m_worker || m_state == ConnectionState::Connecting) {
        job(nullptr, m_state == ConnectionState::Connecting ? tr("Still connecting to %1.").arg(m_config.uri)
                                                           : tr("Not connected to %1.").arg(m_config.uri));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->runWithConnection(job); },
        Qt::QueuedConnection);
}

void ConnectionSession::retireWorker(Retire how)
{
    if (!m_worker)
        return;
    ++m_generation;
    ConnectionWorker *worker = m_worker;
    QThread *thread = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    if (how == Retire::Abandon)
        worker->abandon();
    // Queued behind any request already sent, so each of those still gets its answer. The
    // thread deletes itself and its worker when it has finished.
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    // Only at destruction (application exit) is it worth waiting, and then not for long:
    // a worker stuck in a call to a dead host must not hold the exit hostage.
    if (how == Retire::Wait)
        thread->wait(5000);
}

void ConnectionSession::setState(ConnectionState state, const QString &message)
{
    if (state == m_state && message == m_statusMessage)
        return;
    m_state = state;
    m_statusMessage = message;
    Q_EMIT stateChanged(state, message);
}

template<typename T, typename Call>
QFuture<T> ConnectionSession::request(Call &&call, T whenUnavailable)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    if (!m_worker || m_state == ConnectionState::Connecting) {
        promise->addResult(std::move(whenUnavailable));
        promise->finish();
        return future;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, call = std::forward<Call>(call)] {
            promise->addResult(call(worker));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<DomainActionResults> ConnectionSession::runAction(DomainAction action, const UuidList &uuids,
                                                          const DeleteOptions &options)
{
    DomainActionResults unavailable;
    const QString why = m_state == ConnectionState::Connecting
        ? tr("Still connecting to %1.").arg(m_config.uri)
        : tr("Not connected to %1.").arg(m_config.uri);
    for (const QUuid &uuid : uuids)
        unavailable.append(DomainActionResult{uuid, {}, false, why});
    return request<DomainActionResults>(
        [action, uuids, options](ConnectionWorker *worker) { return worker->runAction(action, uuids, options); },
        unavailable);
}

QFuture<Result<DomainDeletionInfo>> ConnectionSession::deletionInfo(const QUuid &uuid)
{
    return request<Result<DomainDeletionInfo>>(
        [uuid](ConnectionWorker *worker) { return worker->deletionInfo(uuid); },
        Result<DomainDeletionInfo>::failure(tr("Not connected to %1.").arg(m_config.uri)));
}

QFuture<Result<QString>> ConnectionSession::domainXml(const QUuid &uuid, bool inactive)
{
    return request<Result<QString>>(
        [uuid, inactive](ConnectionWorker *worker) { return worker->domainXml(uuid, inactive); },
        Result<QString>::failure(tr("Not connected to %1.").arg(m_config.uri)));
}

QFuture<Result<ConsoleEndpoint>> ConnectionSession::consoleEndpoint(const QUuid &uuid, ConsoleRoute route)
{
    return request<Result<ConsoleEndpoint>>(
        [uuid, route](ConnectionWorker *worker) { return worker->consoleEndpoint(uuid, route); },
        Result<ConsoleEndpoint>::failure(tr("Not connected to %1.").arg(m_config.uri)));
}

} // namespace VirtDeck
