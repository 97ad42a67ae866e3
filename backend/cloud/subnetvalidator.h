// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsubnet.h"
#include "formproblem.h"
#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace VirtDeck::Cloud {

// Checks a subnet before Neutron sees it: a canonical CIDR, the gateway inside it (not its
// network or broadcast address), DNS servers, and allocation pools inside the CIDR, in
// order, not overlapping each other and not containing the gateway; every address of the
// same IP version as the CIDR. Pure functions: every problem is reported, with its field
// ("cidr", "gateway", "dns", "pools").
class SubnetValidator
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::SubnetValidator)

public:
    static FormProblems validate(const CloudSubnet &subnet);
    // Empty when cidr is a usable network ("10.0.0.0/24", "fd00:1::/64"); the IP version
    // (4 or 6) goes to *ipVersion.
    static QString checkCidr(const QString &cidr, int *ipVersion = nullptr);

    // "10.0.0.10-10.0.0.99" or "10.0.0.10,10.0.0.99", one pool per line (or ";").
    static Result<QList<AllocationPool>> parseAllocationPools(const QString &text);
    static QString allocationPoolsText(const QList<AllocationPool> &pools);
    // Addresses separated by commas, spaces or lines.
    static QStringList parseDnsServers(const QString &text);

    // -1, 0, 1 like strcmp, for two addresses of the same protocol.
    static int compare(const QHostAddress &a, const QHostAddress &b);
};

} // namespace VirtDeck::Cloud
