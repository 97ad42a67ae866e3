// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVector>

namespace VirtDeck {

// Mirrors virDomainState; kept as our own enum so models and UI need no libvirt headers.
enum class DomainState : quint8 {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    PmSuspended = 7,
};

inline bool isActive(DomainState state)
{
    return state != DomainState::ShutOff && state != DomainState::Crashed
        && state != DomainState::NoState;
}

// What the guest list knows about one guest. A plain value: copied across threads.
struct DomainInfo
{
    QUuid uuid;
    QString name;
    QString title;
    DomainState state = DomainState::NoState;
    int id = -1; // libvirt's runtime id, -1 when shut off
    int vcpus = 0;
    quint64 memoryKiB = 0;    // current allocation (balloon)
    quint64 maxMemoryKiB = 0;
    bool autostart = false;
    bool persistent = true;
    bool hasManagedSave = false;

    friend bool operator==(const DomainInfo &, const DomainInfo &) = default;
};

using DomainInfoList = QVector<DomainInfo>;
using UuidList = QVector<QUuid>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::DomainInfo)
