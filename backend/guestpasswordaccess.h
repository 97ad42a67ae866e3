// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "guestdetails.h"

#include <QMetaType>
#include <QString>

namespace VirtDeck {

// What the password dialog needs to know before it offers a way to set a guest's password:
// the agent (running guest) or virt-customize (shut-off guest on this machine).
struct GuestPasswordAccess
{
    QString guestName;
    DomainState state = DomainState::NoState;
    AgentChannel agent = AgentChannel::Absent;
    bool agentResponds = false; // a harmless agent command (guest-get-time) answered
    QString agentError;         // libvirt's message when it did not
    bool localHost = false;     // the connection's disks are on this machine (virt-customize can reach them)
    QString uri;
};

} // namespace VirtDeck
