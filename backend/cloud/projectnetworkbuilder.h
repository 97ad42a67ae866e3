// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "projectnetworkplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Runs the seed's sequence for a project network, one Neutron call after another:
// network, router, router gateway, subnet, router interface. Reports each step; when a step
// fails, undoes the steps already done in reverse order (and reports that too), so a failed
// attempt leaves nothing behind.
class ProjectNetworkBuilder : public QObject
{
    Q_OBJECT

public:
    enum Step { NetworkStep, RouterStep, GatewayStep, SubnetStep, InterfaceStep, StepCount };
    Q_ENUM(Step)

    explicit ProjectNetworkBuilder(CloudSession *session, QObject *parent = nullptr);

    static FormProblems validate(const ProjectNetworkPlan &plan);
    static QString stepLabel(int step);

    // Starts the sequence (validated first: nothing is sent while the plan has a problem).
    void start(const ProjectNetworkPlan &plan);
    bool isRunning() const { return m_running; }

    QString networkId() const { return m_networkId; }
    QString subnetId() const { return m_subnetId; }
    QString routerId() const { return m_routerId; }

Q_SIGNALS:
    void stepStarted(int step);
    void stepSucceeded(int step, const QString &detail);
    void stepSkipped(int step, const QString &reason);
    void stepFailed(int step, const QString &error);
    // Undo of a step that had succeeded; error is empty when the undo worked.
    void stepUndone(int step, const QString &error);
    // ok: everything exists; else message says what failed and what was undone.
    void finished(bool ok, const QString &message);

private:
    void runStep(int step);
    void fail(int step, const QString &error);
    void undoNext();

    QPointer<CloudSession> m_session;
    ProjectNetworkPlan m_plan;
    QList<int> m_done;
    QString m_networkId;
    QString m_subnetId;
    QString m_routerId;
    QString m_failure;
    QStringList m_undoErrors;
    bool m_running = false;
};

} // namespace VirtDeck::Cloud
