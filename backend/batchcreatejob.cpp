// SPDX-License-Identifier: GPL-2.0-or-later
#include "batchcreatejob.h"

#include "connectionsession.h"
#include "whenfinished.h"

#include <QSet>

#include <algorithm>

namespace VirtDeck {

BatchCreateJob::BatchCreateJob(ConnectionSession *session, const QUuid &source, const QStringList &names,
                               const CloneSpec &spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_source(source)
    , m_spec(spec)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    for (const QString &name : names)
        m_guests.append({name, Status::Waiting, {}});
    m_pool.setMaxThreadCount(m_concurrency);
}

BatchCreateJob::~BatchCreateJob()
{
    // The clones not begun return at once; the ones in flight finish or clean up.
    m_cancel->store(true);
    m_pool.waitForDone();
}

void BatchCreateJob::setConcurrency(int clones)
{
    m_concurrency = std::clamp(clones, 1, 5);
    m_pool.setMaxThreadCount(m_concurrency);
}

void BatchCreateJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    QStringList names;
    for (const Guest &guest : std::as_const(m_guests))
        names.append(guest.name);
    whenFinished(CloneService(m_session).checkBatch(m_source, names), this, [this](const Result<QStringList> &check) {
        m_refusals = check.ok() ? check.value : QStringList{check.error};
        if (!m_refusals.isEmpty()) {
            for (int i = 0; i < m_guests.size(); ++i) {
                m_guests[i].status = Status::Cancelled;
                m_guests[i].result.name = m_guests[i].name;
                m_guests[i].result.cancelled = true;
                m_guests[i].result.error = tr("Not created: the batch was refused.");
                Q_EMIT guestChanged(i);
            }
            Q_EMIT refused(m_refusals);
            finish();
            return;
        }
        whenFinished(CloneService(m_session).prepare(m_source), this,
                     [this](const Result<CloneService::Prepared> &prepared) {
                         if (!prepared.ok()) {
                             m_pending = int(m_guests.size());
                             for (int i = 0; i < m_guests.size(); ++i)
                                 onGuestFinished(i, CloneResult{m_guests.at(i).name, {}, false, false, false, prepared.error, {}});
                             return;
                         }
                         launch(prepared.value);
                     });
    });
}

void BatchCreateJob::launch(const CloneService::Prepared &prepared)
{
    m_pending = int(m_guests.size());
    if (m_cancel->load()) {
        for (int i = 0; i < m_guests.size(); ++i)
            onGuestFinished(i, CloneResult{m_guests.at(i).name, {}, false, false, true, tr("Cancelled before it began."), {}});
        return;
    }
    // Every clone is queued at once (the pool runs concurrency() of them at a time, in
    // order); the shared flag makes the ones not begun return at once after cancel().
    for (int i = 0; i < m_guests.size(); ++i) {
        CloneSpec spec = m_spec;
        spec.name = m_guests.at(i).name;
        whenFinished(CloneService::clone(&m_pool, prepared, spec, m_cancel), this,
                     [this, i](const CloneResult &result) { onGuestFinished(i, result); });
    }
    for (int i = 0; i < std::min<int>(m_concurrency, int(m_guests.size())); ++i)
        markNextCreating();
}

void BatchCreateJob::markNextCreating()
{
    if (m_cancel->load())
        return;
    for (int i = 0; i < m_guests.size(); ++i) {
        if (m_guests.at(i).status == Status::Waiting) {
            m_guests[i].status = Status::Creating;
            Q_EMIT guestChanged(i);
            return;
        }
    }
}

void BatchCreateJob::cancel()
{
    m_cancel->store(true);
    if (!m_running && !m_finished) {
        for (int i = 0; i < m_guests.size(); ++i) {
            m_guests[i].status = Status::Cancelled;
            Q_EMIT guestChanged(i);
        }
        finish();
    }
}

void BatchCreateJob::onGuestFinished(int index, const CloneResult &result)
{
    Guest &guest = m_guests[index];
    guest.result = result;
    guest.status = result.ok ? Status::Done : (result.cancelled ? Status::Cancelled : Status::Failed);
    Q_EMIT guestChanged(index);
    markNextCreating(); // the pool begins the next one in order
    if (--m_pending <= 0)
        finish();
}

void BatchCreateJob::finish()
{
    if (m_finished)
        return;
    m_running = false;
    m_finished = true;
    m_connectionLost = std::any_of(m_guests.cbegin(), m_guests.cend(), [](const Guest &g) { return g.result.connectionLost; });
    Q_EMIT finished();
    if (m_connectionLost)
        awaitReconnect();
}

void BatchCreateJob::awaitReconnect()
{
    if (!m_session)
        return;
    // The session may still say Connected: the worker reports the loss after the clones.
    m_sawDisconnect = m_session->state() != ConnectionState::Connected;
    connect(m_session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Connected) {
            m_sawDisconnect = true;
        } else if (m_sawDisconnect && !m_verified) {
            verify();
        }
    });
}

void BatchCreateJob::verify()
{
    // The worker removed the half-made guests before it reported Connected, so this list
    // is what the batch really left.
    whenFinished(CloneService(m_session).guestNames(), this, [this](const Result<QStringList> &names) {
        if (!names.ok() || m_verified)
            return; // the next reconnect tries again
        m_verified = true;
        const QSet<QString> existing(names.value.cbegin(), names.value.cend());
        for (int i = 0; i < m_guests.size(); ++i) {
            m_guests[i].presence = existing.contains(m_guests.at(i).name) ? Presence::Present : Presence::Absent;
            Q_EMIT guestChanged(i);
        }
        Q_EMIT verified();
    });
}

int BatchCreateJob::failedCount() const
{
    return int(std::count_if(m_guests.cbegin(), m_guests.cend(), [](const Guest &g) { return g.status == Status::Failed; }));
}

int BatchCreateJob::doneCount() const
{
    return int(std::count_if(m_guests.cbegin(), m_guests.cend(), [](const Guest &g) { return g.status == Status::Done; }));
}

} // namespace VirtDeck
