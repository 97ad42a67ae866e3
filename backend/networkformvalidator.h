// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "networkform.h"

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// Checks a NetworkForm before libvirt is asked anything: names, the subnets' CIDR, the
// gateway inside its subnet, and each DHCP range inside its subnet, in order and not
// covering the gateway. Every problem is reported, not just the first.
class NetworkFormValidator
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFormValidator)

public:
    static FormProblems validate(const NetworkForm &form, const QStringList &existingNetworks,
                                 const QStringList &hostInterfaces = {});

    // Names libvirt and the kernel both accept for a network / a bridge device.
    static bool isValidName(const QString &name);
    static bool isValidBridgeName(const QString &name);

private:
    static void checkSubnet(FormProblems &problems, bool ipv6, const QString &cidr, const QString &gateway,
                            bool dhcp, const QString &start, const QString &end, const QString &cidrField,
                            const QString &gatewayField, const QString &startField, const QString &endField);
};

} // namespace VirtDeck
