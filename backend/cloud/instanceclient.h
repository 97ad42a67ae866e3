// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudinstance.h"
#include "instanceaction.h"
#include "launchrequest.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Nova servers: list (all projects for admins), details with the fault, the action log with
// its events, power actions, delete, console log and console URL, and launching.
class InstanceClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::InstanceClient)

public:
    enum class Action { Start, Stop, Reboot, HardReboot, Pause, Unpause, Suspend, Resume };

    explicit InstanceClient(CloudSession *session);

    QFuture<Result<QList<CloudInstance>>> instances(bool allProjects = false) const;
    QFuture<Result<CloudInstance>> instance(const QString &id) const;
    // The instances one launch made (POST /servers with return_reservation_id).
    QFuture<Result<QList<CloudInstance>>> instancesOfReservation(const QString &reservationId) const;
    QFuture<Result<bool>> perform(const QString &id, Action action) const;
    QFuture<Result<bool>> deleteInstance(const QString &id) const;
    // The action log, newest first, each with its events (one request per action).
    QFuture<Result<QList<InstanceAction>>> actions(const QString &id) const;
    QFuture<Result<QString>> consoleLog(const QString &id, int lines = 200) const;
    // A noVNC URL to open in a browser (or the SPICE/serial one where VNC is off).
    QFuture<Result<QString>> consoleUrl(const QString &id) const;
    QFuture<Result<QStringList>> availabilityZones() const;
    // Sends one create request; the reservation id of the new instances.
    QFuture<Result<QString>> launch(const LaunchRequest &request) const;

    static Result<QList<CloudInstance>> parseInstances(const QByteArray &body);
    static Result<CloudInstance> parseInstance(const QByteArray &body);
    static Result<QList<InstanceAction>> parseActions(const QByteArray &body);
    // One action with its events ({"instanceAction": {..., "events": [...]}}).
    static Result<InstanceAction> parseAction(const QByteArray &body);
    static Result<QString> parseConsoleLog(const QByteArray &body);
    static Result<QString> parseConsoleUrl(const QByteArray &body);
    static Result<QStringList> parseAvailabilityZones(const QByteArray &body);
    static Result<QString> parseReservation(const QByteArray &body);
    // The POST /servers body; empty error when the request can be sent.
    static Result<QJsonObject> launchBody(const LaunchRequest &request);
    static QString actionName(Action action);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
