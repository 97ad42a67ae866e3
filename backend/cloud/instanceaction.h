// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace VirtDeck::Cloud {

// One step of an instance action ("compute__do_build_and_run_instance"); the traceback is
// shown to admins only.
struct InstanceActionEvent
{
    QString event;
    QDateTime startTime;
    QDateTime finishTime;
    QString result; // "Success", "Error" or empty while running
    QString traceback;

    bool operator==(const InstanceActionEvent &) const = default;
};

// One entry of an instance's action log (os-instance-actions): create, stop, reboot, ...
struct InstanceAction
{
    QString action;
    QString requestId;
    QString userId;
    QString message;
    QDateTime startTime;
    QList<InstanceActionEvent> events;

    bool operator==(const InstanceAction &) const = default;
};

} // namespace VirtDeck::Cloud
