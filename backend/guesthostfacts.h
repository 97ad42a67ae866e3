// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace VirtDeck {

// What the new-guest wizard needs to know about the host before it proposes anything:
// read once on the connection's worker (capabilities, domain capabilities, node info).
struct GuestHostFacts
{
    QString domainType = QStringLiteral("qemu"); // "kvm" when the capabilities offer it
    bool kvmAvailable = false;
    QString arch = QStringLiteral("x86_64");
    QString machine = QStringLiteral("q35");
    bool uefiAvailable = false;
    QString uefiProblem;      // why not, for the firmware page
    QStringList uefiLoaders;  // OVMF images libvirt found
    int hostCpus = 1;
    int maxVcpus = 1;         // what the hypervisor accepts for one guest
    quint64 hostMemoryMiB = 0;
    QStringList guestNames;   // every guest of the connection, for clash checks
};

} // namespace VirtDeck
