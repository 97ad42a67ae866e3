// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A Neutron security group rule (also the input of "add rule").
struct SecurityGroupRule
{
    QString id;
    QString securityGroupId;
    QString direction = QStringLiteral("ingress"); // ingress, egress
    QString etherType = QStringLiteral("IPv4");    // IPv4, IPv6
    QString protocol;        // empty = any; "tcp", "udp", "icmp", "ipv6-icmp" or a number 0-255
    int portRangeMin = -1;   // -1 = not set; for ICMP: the type
    int portRangeMax = -1;   // -1 = not set; for ICMP: the code
    QString remoteIpPrefix;  // CIDR
    QString remoteGroupId;
    QString description;
};

} // namespace VirtDeck::Cloud
