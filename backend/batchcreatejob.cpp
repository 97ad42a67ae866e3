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
        launch();
    });
}

void BatchCreateJob::launch()
{
    m_pending = int(m_guests.size());
    if (m_cancel->load()) {
        for (int i = 0; i < m_guests.size(); ++i)
            onGuestFinished(i, CloneResult{m_guests.at(i).name, {}, false, false, true, tr("Cancelled before it began."), {}});
        return;
    }
    // Every clone is queued at once (the worker runs them in order without a round trip
    // per guest); the shared flag makes the ones not begun return at once after cancel().
    const CloneService service(m_session);
    for (int i = 0; i < m_guests.size(); ++i) {
        CloneSpec spec = m_spec;
        spec.name = m_guests.at(i).name;
        whenFinished(service.clone(m_source, spec, m_cancel), this,
                     [this, i](const CloneResult &result) { onGuestFinished(i, result); });
    }
    if (!m_guests.isEmpty()) {
        m_guests[0].status = Status::Creating;
        Q_EMIT guestChanged(0);
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
    if (index + 1 < m_guests.size() && m_guests.at(index + 1).status == Status::Waiting && !m_cancel->load()) {
        m_guests[index + 1].status = Status::Creating;
        Q_EMIT guestChanged(index + 1);
    }
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
