// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncsession.h"

#include "whenfinished.h"

#include <QThread>
#include <QTimer>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

VncSession::VncSession(QObject *parent)
    : RemoteDisplaySession(parent)
    , m_retryTimer(new QTimer(this))
    , m_watchdog(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &VncSession::requestEndpoint);
    // The worker bounds each read itself; this catches anything that still hangs (a
    // handshake that trickles bytes) by shutting the socket down under it.
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (m_worker && state() == State::Connecting)
            m_worker->interrupt();
    });
}

VncSession::~VncSession()
{
    m_open = false;
    stopThread();
}

void VncSession::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = qMax(10, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
    m_backoffMs = m_firstBackoffMs;
}

void VncSession::open(EndpointProvider provider)
{
    close();
    m_provider = std::move(provider);
    m_open = true;
    m_failures = 0;
    m_backoffMs = m_firstBackoffMs;
    startThread();
    requestEndpoint();
}

void VncSession::close()
{
    m_open = false;
    setCapabilities(false, false);
    m_retryTimer->stop();
    m_watchdog->stop();
    ++m_attempt; // anything still queued from the worker is stale now
    stopThread();
    setState(State::Disconnected, {});
}

void VncSession::reconnectNow()
{
    if (!m_provider)
        return;
    m_open = true;
    m_failures = 0;
    m_backoffMs = m_firstBackoffMs;
    m_retryTimer->stop();
    ++m_attempt;
    if (!m_thread)
        startThread();
    else
        post([worker = m_worker] { worker->stop(); });
    requestEndpoint();
}

void VncSession::setPassword(const QString &password)
{
    m_password = password.toUtf8();
    if (state() == State::AuthenticationRequired)
        reconnectNow();
}

void VncSession::startThread()
{
    m_thread = new QThread; // no parent: a thread that does not stop in time is left to finish alone
    m_thread->setObjectName(u"vnc"_s);
    m_worker = new VncWorker(sharedFramebuffer());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);

    const auto current = [this](int attempt) { return attempt == m_attempt; };
    connect(m_worker, &VncWorker::connected, this, &VncSession::onConnected);
    connect(m_worker, &VncWorker::disconnected, this, &VncSession::onDisconnected);
    connect(m_worker, &VncWorker::framebufferUpdated, this,
            [this, current](int attempt, const QRegion &damage, const QSize &newSize) {
                if (!current(attempt))
                    return;
                if (newSize.isValid())
                    Q_EMIT framebufferResized(newSize);
                Q_EMIT framebufferUpdated(damage);
                if (m_failures > 0) { // a frame shown: the display works, forget earlier trouble
                    m_failures = 0;
                    m_backoffMs = m_firstBackoffMs;
                }
            });
    connect(m_worker, &VncWorker::cursorChanged, this, [this, current](int attempt, const QImage &shape, const QPoint &hotspot) {
        if (current(attempt))
            Q_EMIT cursorChanged(shape, hotspot);
    });
    connect(m_worker, &VncWorker::clipboardReceived, this, [this, current](int attempt, const QString &text) {
        if (current(attempt))
            Q_EMIT clipboardReceived(text);
    });
    connect(m_worker, &VncWorker::clipboardRefused, this, [this, current](int attempt, const QString &message) {
        if (current(attempt))
            Q_EMIT clipboardRefused(message);
    });
    connect(m_worker, &VncWorker::capabilitiesChanged, this, [this, current](int attempt, bool scancodes, bool unicodeClipboard) {
        if (current(attempt))
            setCapabilities(scancodes, unicodeClipboard);
    });
    connect(m_worker, &VncWorker::bell, this, [this, current](int attempt) {
        if (current(attempt))
            Q_EMIT bell();
    });
    m_thread->start();
}

void VncSession::stopThread()
{
    if (!m_thread)
        return;
    VncWorker *worker = m_worker;
    QThread *thread = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    disconnect(worker, nullptr, this, nullptr);
    worker->interrupt(); // a blocking handshake or read returns at once
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    thread->quit();
    // Bounded: only a hanging name lookup could keep it; then it finishes on its own.
    thread->wait(2000);
}

template<typename Fn>
void VncSession::post(Fn &&fn)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, std::forward<Fn>(fn), Qt::QueuedConnection);
}

void VncSession::requestEndpoint()
{
    if (!m_open || !m_provider)
        return;
    const int attempt = ++m_attempt;
    setCapabilities(false, false); // until the new connection's server says otherwise
    setState(State::Connecting, tr("Connecting…"));
    whenFinished(m_provider(), this, [this, attempt](const Result<ConsoleEndpoint> &endpoint) {
        if (attempt != m_attempt || !m_open)
            return;
        if (!endpoint.ok()) {
            // Not available now (guest off, no port yet): keep waiting, never give up.
            scheduleRetry(endpoint.error);
            return;
        }
        if (m_password.isEmpty() && !endpoint.value.password.isEmpty())
            m_password = endpoint.value.password.toUtf8();
        if (!m_thread)
            startThread();
        m_watchdog->start((m_timeoutSeconds + 5) * 1000);
        post([worker = m_worker, attempt, endpoint = endpoint.value, password = m_password, timeout = m_timeoutSeconds,
              features = m_features] { worker->start(attempt, endpoint, password, timeout, features); });
    });
}

void VncSession::scheduleRetry(const QString &why)
{
    const int delay = m_backoffMs;
    m_backoffMs = qMin(m_backoffMs * 2, m_maxBackoffMs);
    setState(State::Waiting, why);
    m_retryTimer->start(delay);
}

void VncSession::onConnected(int attempt, const QString &name)
{
    if (attempt != m_attempt)
        return;
    m_watchdog->stop();
    setDesktopName(name);
    setState(State::Connected, name);
}

void VncSession::onDisconnected(int attempt, VncWorker::Failure failure, const QString &message, bool hadFrame)
{
    if (attempt != m_attempt || !m_open)
        return;
    m_watchdog->stop();
    setCapabilities(false, false);
    switch (failure) {
    case VncWorker::Failure::AuthenticationRequired:
        setState(State::AuthenticationRequired, message);
        return;
    case VncWorker::Failure::AuthenticationRejected:
        m_password.clear();
        setState(State::AuthenticationRequired, message);
        return;
    case VncWorker::Failure::Closed:
    case VncWorker::Failure::Error:
        break;
    }
    if (hadFrame) {
        // It worked until now: the guest rebooted, shut down, or the server restarted.
        m_failures = 0;
        m_backoffMs = m_firstBackoffMs;
    } else if (++m_failures >= m_maxFailures) {
        setState(State::Failed, message);
        return;
    }
    scheduleRetry(message);
}

void VncSession::sendKey(const RemoteKey &key, bool down)
{
    if (state() == State::Connected)
        post([worker = m_worker, key, down] { worker->sendKey(key.keysym, key.scancode, down); });
}

void VncSession::sendPointer(int x, int y, int buttonMask)
{
    if (state() == State::Connected)
        post([worker = m_worker, x, y, buttonMask] { worker->sendPointer(x, y, buttonMask); });
}

void VncSession::sendClipboardText(const QString &text)
{
    // The worker knows what the server takes (UTF-8 or only Latin-1) and refuses what
    // cannot travel with clipboardRefused().
    if (state() == State::Connected)
        post([worker = m_worker, text] { worker->sendClipboardText(text); });
}

quint64 VncSession::framesReceived() const
{
    return m_worker ? m_worker->frames() : 0;
}

quint64 VncSession::socketWakeups() const
{
    return m_worker ? m_worker->wakeups() : 0;
}

} // namespace VirtDeck
