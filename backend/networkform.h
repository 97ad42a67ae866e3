// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "networkinfo.h"

#include <QString>

namespace VirtDeck {

// What the "new virtual network" form holds, before validation and before any XML exists.
// Field keys used in FormProblem: name, bridge, forwardDevice, ipv4Cidr, ipv4Gateway,
// dhcpStart, dhcpEnd, ipv6Cidr, ipv6Gateway, dhcp6Start, dhcp6End.
struct NetworkForm
{
    QString name;
    NetworkForwardMode forwardMode = NetworkForwardMode::Nat;
    QString forwardDevice; // optional host interface for nat/route
    QString bridge;        // optional for nat/route/isolated/open (libvirt picks virbrN); required for Bridge

    bool ipv4 = true;
    QString ipv4Cidr;      // e.g. 10.200.1.0/24
    QString ipv4Gateway;   // the host's address in it, e.g. 10.200.1.1
    bool dhcp = true;
    QString dhcpStart;
    QString dhcpEnd;

    bool ipv6 = false;
    QString ipv6Cidr;
    QString ipv6Gateway;
    bool dhcp6 = false;
    QString dhcp6Start;
    QString dhcp6End;

    bool autostart = false;
    bool startNow = true;
};

} // namespace VirtDeck
