// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "formproblem.h"

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// Checks hardware changes before libvirt is asked, so the user reads why (and that a
// restart is needed) before libvirt's own error. Pure functions; field keys in FormProblem:
// mac, source, target, volumeName, capacity, current, maximum, scope, port, password.
class HardwareValidator
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::HardwareValidator)

public:
    static bool isValidMac(const QString &mac);
    static bool isUnicastMac(const QString &mac); // the least significant bit of the first octet is 0
    // "" is fine (one is generated); a clash with existingMacs is a problem.
    static FormProblems validateMac(const QString &mac, const QStringList &existingMacs);
    // 52:54:00:xx:xx:xx (QEMU's prefix), not in existingMacs.
    static QString generateMac(const QStringList &existingMacs);

    // vd for virtio, sd for sata/scsi/usb, hd for ide, fd for fdc.
    static QString targetPrefix(const QString &bus);
    // vda…vdz, vdaa…: the first name of the bus's prefix that is not used.
    static QString nextFreeTarget(const QString &bus, const QStringList &usedTargets);
    static FormProblems validateNewDisk(const NewDiskRequest &request, const QStringList &usedTargets,
                                        quint64 poolAvailableBytes, const QStringList &existingVolumes);
    static FormProblems validateNic(const NicDevice &nic, const QStringList &existingMacs);

    // Which scopes a guest offers: a running persistent guest all three, a shut-off one only
    // the next boot, a running transient one only now.
    static QString scopeProblem(ApplyScope scope, bool active, bool persistent);
    static FormProblems validateVcpus(const VcpuChange &change, const HardwareListing &listing);
    static FormProblems validateMemory(const MemoryChange &change, const HardwareListing &listing);
    // A note for the user when the change takes full effect only after a restart; empty if not.
    static QString vcpuRestartNote(const VcpuChange &change, const HardwareListing &listing);
    static QString memoryRestartNote(const MemoryChange &change, const HardwareListing &listing);
    static FormProblems validateGraphics(const GraphicsChange &change);
};

} // namespace VirtDeck
