// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clonespec.h"
#include "cloneservice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

// Several clones of one template with a status per guest and cancel. Up to concurrency()
// clones are made at once on threads of the job's own pool, sharing the session's
// connection (libvirt runs one qemu-img per overlay; overlapping them is what makes a
// batch of linked clones fast). The names are checked before anything is made (invalid,
// repeated or taken names stop the whole batch); after that, a guest that fails is cleaned
// up by CloneService and the rest go on. Lives on the caller's thread; signals come there.
class BatchCreateJob : public QObject
{
    Q_OBJECT

public:
    enum class Status { Waiting, Creating, Done, Failed, Cancelled };
    Q_ENUM(Status)
    // Whether the guest exists on the host, checked again after a lost connection came back.
    enum class Presence { Unknown, Present, Absent };
    Q_ENUM(Presence)

    struct Guest
    {
        QString name;
        Status status = Status::Waiting;
        CloneResult result;
        Presence presence = Presence::Unknown;
    };

    BatchCreateJob(ConnectionSession *session, const QUuid &source, const QStringList &names,
                   const CloneSpec &spec, QObject *parent = nullptr);
    ~BatchCreateJob() override;

    // How many clones are made at once (1 to 5, libvirtd's calls per client); set before
    // start(). 1 makes them one after the other.
    void setConcurrency(int clones);
    int concurrency() const { return m_concurrency; }
    static constexpr int DefaultConcurrency = 4;

    void start();
    // Guests not begun yet are cancelled; the one being made is finished (or cleaned up).
    void cancel();

    const QVector<Guest> &guests() const { return m_guests; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    QStringList refusals() const { return m_refusals; } // why the batch did not begin
    int failedCount() const;
    int doneCount() const;
    // The connection died during the batch: the guests not done were made in part at most;
    // the session removes those parts when it reconnects, then verified() follows.
    bool connectionLost() const { return m_connectionLost; }
    bool isVerified() const { return m_verified; }

Q_SIGNALS:
    void guestChanged(int index);
    // The up-front check refused the batch: nothing was made.
    void refused(const QStringList &problems);
    void finished();
    // After a lost connection came back: every guest's presence is known (the batch report).
    void verified();

private:
    void launch(const CloneService::Prepared &prepared);
    void markNextCreating();
    void onGuestFinished(int index, const CloneResult &result);
    void finish();
    void awaitReconnect();
    void verify();

    QPointer<ConnectionSession> m_session;
    QUuid m_source;
    CloneSpec m_spec;
    QVector<Guest> m_guests;
    QStringList m_refusals;
    CloneService::CancelFlag m_cancel;
    QThreadPool m_pool; // waits for the clones in flight when the job is destroyed
    int m_concurrency = DefaultConcurrency;
    int m_pending = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_connectionLost = false;
    bool m_sawDisconnect = false;
    bool m_verified = false;
};

} // namespace VirtDeck
