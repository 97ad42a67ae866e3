// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QMetaType>
#include <QString>
#include <QUuid>

namespace VirtDeck {

// The QEMU guest agent's channel as the domain XML shows it.
enum class AgentChannel : quint8 {
    Absent,       // no org.qemu.guest_agent.0 channel: the guest cannot have an agent
    Disconnected, // the channel exists but no agent has opened it (or the guest is off)
    Connected,    // QEMU saw the agent open the channel
};

// What the guest window's Overview shows beyond the guest list's DomainInfo.
struct GuestDetails
{
    QUuid uuid;
    QString name;
    DomainState state = DomainState::NoState;
    bool persistent = true;
    bool autostart = false;
    QString title;
    QString description;
    QString osId; // libosinfo's id URI from <metadata>, e.g. http://debian.org/debian/11
    AgentChannel agent = AgentChannel::Absent;

    friend bool operator==(const GuestDetails &, const GuestDetails &) = default;
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::GuestDetails)
