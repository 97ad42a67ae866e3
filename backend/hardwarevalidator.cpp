// SPDX-License-Identifier: GPL-2.0-or-later
#include "hardwarevalidator.h"

#include "storageformvalidator.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString targetName(const QString &prefix, int index)
{
    // a..z, aa..az, ba.. as the kernel and libvirt count.
    QString suffix;
    int n = index;
    do {
        suffix.prepend(QChar(u'a' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return prefix + suffix;
}

QString bytesText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

} // namespace

bool HardwareValidator::isValidMac(const QString &mac)
{
    static const QRegularExpression pattern(u"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"_s);
    return pattern.match(mac).hasMatch();
}

bool HardwareValidator::isUnicastMac(const QString &mac)
{
    bool ok = false;
    const int first = mac.left(2).toInt(&ok, 16);
    return ok && (first & 1) == 0;
}

FormProblems HardwareValidator::validateMac(const QString &mac, const QStringList &existingMacs)
{
    const QString trimmed = mac.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!isValidMac(trimmed))
        return {{u"mac"_s, tr("\"%1\" is not a MAC address: write six pairs of hex digits separated by colons, "
                              "like 52:54:00:12:34:56.").arg(trimmed)}};
    if (!isUnicastMac(trimmed))
        return {{u"mac"_s, tr("%1 is a multicast address (the first byte is odd): a network card needs a unicast "
                              "address.").arg(trimmed)}};
    if (trimmed == u"00:00:00:00:00:00"_s)
        return {{u"mac"_s, tr("00:00:00:00:00:00 is not a usable MAC address.")}};
    for (const QString &existing : existingMacs) {
        if (existing.compare(trimmed, Qt::CaseInsensitive) == 0)
            return {{u"mac"_s, tr("This guest already has a network card with MAC address %1.").arg(trimmed.toLower())}};
    }
    return {};
}

QString HardwareValidator::generateMac(const QStringList &existingMacs)
{
    for (;;) {
        const quint32 random = QRandomGenerator::global()->generate();
        const QString mac = u"52:54:00:%1:%2:%3"_s.arg((random >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg((random >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                .arg(random & 0xff, 2, 16, QLatin1Char('0'));
        if (!existingMacs.contains(mac, Qt::CaseInsensitive))
            return mac;
    }
}

QString HardwareValidator::targetPrefix(const QString &bus)
{
    if (bus == u"virtio")
        return u"vd"_s;
    if (bus == u"ide")
        return u"hd"_s;
    if (bus == u"fdc")
        return u"fd"_s;
    return u"sd"_s; // sata, scsi, usb
}

QString HardwareValidator::nextFreeTarget(const QString &bus, const QStringList &usedTargets)
{
    const QString prefix = targetPrefix(bus);
    for (int i = 0;; ++i) {
        const QString name = targetName(prefix, i);
        if (!usedTargets.contains(name))
            return name;
    }
}

FormProblems HardwareValidator::validateNewDisk(const NewDiskRequest &request, const QStringList &usedTargets,
                                                quint64 poolAvailableBytes, const QStringList &existingVolumes)
{
    FormProblems problems;
    const DiskDevice &disk = request.disk;
    const QString prefix = targetPrefix(disk.bus);
    static const QRegularExpression targetPattern(u"^[a-z]{2}[a-z]+$"_s);
    if (disk.target.isEmpty())
        problems.append({u"target"_s, tr("Choose a target device name, like %1.").arg(nextFreeTarget(disk.bus, usedTargets))});
    else if (!targetPattern.match(disk.target).hasMatch() || !disk.target.startsWith(prefix))
        problems.append({u"target"_s, tr("\"%1\" does not name a %2 disk: use %3a, %3b… (next free: %4).")
                                          .arg(disk.target, disk.bus, prefix, nextFreeTarget(disk.bus, usedTargets))});
    else if (usedTargets.contains(disk.target))
        problems.append({u"target"_s, tr("The guest already has a disk %1; the next free one is %2.")
                                          .arg(disk.target, nextFreeTarget(disk.bus, usedTargets))});
    if (disk.device == u"cdrom" && disk.bus == u"virtio")
        problems.append({u"target"_s, tr("A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or IDE.")});

    if (request.createVolume) {
        if (disk.device != u"disk")
            problems.append({u"volumeName"_s, tr("A new volume can only be attached as a disk.")});
        if (request.pool.isEmpty())
            problems.append({u"volumeName"_s, tr("Choose the storage pool for the new volume.")});
        if (!StorageFormValidator::isValidVolumeName(request.volumeName))
            problems.append({u"volumeName"_s, tr("\"%1\" is not a valid volume name.").arg(request.volumeName)});
        else if (existingVolumes.contains(request.volumeName))
            problems.append({u"volumeName"_s, tr("The pool already has a volume named \"%1\".").arg(request.volumeName)});
        if (request.volumeFormat != u"raw" && request.volumeFormat != u"qcow2")
            problems.append({u"capacity"_s, tr("The new volume must be raw or qcow2.")});
        if (request.capacityBytes == 0)
            problems.append({u"capacity"_s, tr("The size must be more than zero.")});
        else if (request.capacityBytes > poolAvailableBytes)
            problems.append({u"capacity"_s, tr("%1 is more than the %2 free in pool %3.")
                                                .arg(bytesText(request.capacityBytes), bytesText(poolAvailableBytes), request.pool)});
    } else if (disk.source.isEmpty() && disk.device != u"cdrom" && disk.device != u"floppy") {
        problems.append({u"source"_s, tr("Choose the file, volume or device the disk uses.")});
    }
    return problems;
}

FormProblems HardwareValidator::validateNic(const NicDevice &nic, const QStringList &existingMacs)
{
    FormProblems problems;
    if (nic.source.trimmed().isEmpty()) {
        problems.append({u"source"_s, nic.type == u"bridge" ? tr("Name the host bridge, like br0.")
                                                            : tr("Choose the virtual network.")});
    } else if (nic.type == u"bridge") {
        static const QRegularExpression bridgePattern(u"^[A-Za-z0-9_.:-]{1,15}$"_s);
        if (!bridgePattern.match(nic.source).hasMatch())
            problems.append({u"source"_s, tr("\"%1\" is not a host interface name (up to 15 letters, digits, '-', '_', '.').")
                                              .arg(nic.source)});
    }
    problems.append(validateMac(nic.mac, existingMacs));
    return problems;
}

QString HardwareValidator::scopeProblem(ApplyScope scope, bool active, bool persistent)
{
    if (!active && affectsLive(scope))
        return tr("The guest is not running: the change can only apply at its next boot.");
    if (!persistent && affectsConfig(scope))
        return tr("This guest is transient (it has no stored definition): the change can only apply now.");
    return {};
}

FormProblems HardwareValidator::validateVcpus(const VcpuChange &change, const HardwareListing &listing)
{
    FormProblems problems;
    const QString scope = scopeProblem(change.scope, listing.active(), listing.persistent);
    if (!scope.isEmpty())
        problems.append({u"scope"_s, scope});
    if (change.current < 1)
        problems.append({u"current"_s, tr("A guest needs at least one vCPU.")});
    if (change.maximum < 1)
        problems.append({u"maximum"_s, tr("The maximum must be at least one vCPU.")});
    if (listing.hostCpus > 0 && change.maximum > listing.hostCpus)
        problems.append({u"maximum"_s, tr("The host has %n CPU(s); the maximum cannot be higher.", nullptr, listing.hostCpus)});
    if (change.maximum != listing.config.cpu.maximum && !affectsConfig(change.scope))
        problems.append({u"maximum"_s, tr("The maximum is part of the definition: it changes for the next boot only. "
                                          "Choose \"next boot\" or \"both\".")});
    if (affectsLive(change.scope) && listing.active() && change.current > listing.live.cpu.maximum)
        problems.append({u"current"_s, tr("The running guest can have at most %1 vCPUs until it restarts: its maximum "
                                          "is fixed while it runs. Raise the maximum for the next boot, then restart "
                                          "the guest.").arg(listing.live.cpu.maximum)});
    else if (change.current > change.maximum)
        problems.append({u"current"_s, tr("%1 vCPUs is more than the maximum of %2.").arg(change.current).arg(change.maximum)});
    return problems;
}

FormProblems HardwareValidator::validateMemory(const MemoryChange &change, const HardwareListing &listing)
{
    FormProblems problems;
    const QString scope = scopeProblem(change.scope, listing.active(), listing.persistent);
    if (!scope.isEmpty())
        problems.append({u"scope"_s, scope});
    if (change.currentKiB == 0)
        problems.append({u"current"_s, tr("The memory must be more than zero.")});
    if (change.maximumKiB == 0)
        problems.append({u"maximum"_s, tr("The maximum memory must be more than zero.")});
    if (change.maximumKiB != listing.config.memory.maximumKiB && !affectsConfig(change.scope))
        problems.append({u"maximum"_s, tr("The maximum memory is part of the definition: it changes for the next "
                                          "boot only. Choose \"next boot\" or \"both\".")});
    const quint64 liveMax = listing.live.memory.maximumKiB;
    if (affectsLive(change.scope) && listing.active() && change.currentKiB > liveMax)
        problems.append({u"current"_s, tr("The running guest can use at most %1 until it restarts: its maximum memory "
                                          "is fixed while it runs. Raise the maximum for the next boot, then restart "
                                          "the guest.").arg(bytesText(liveMax * 1024))});
    else if (change.currentKiB > change.maximumKiB && change.maximumKiB > 0)
        problems.append({u"current"_s, tr("%1 is more than the maximum of %2.")
                                           .arg(bytesText(change.currentKiB * 1024), bytesText(change.maximumKiB * 1024))});
    return problems;
}

QString HardwareValidator::vcpuRestartNote(const VcpuChange &change, const HardwareListing &listing)
{
    if (listing.active() && change.maximum != listing.live.cpu.maximum && affectsConfig(change.scope))
        return tr("The new maximum of %1 vCPUs takes effect when the guest restarts.").arg(change.maximum);
    if (listing.active() && change.scope == ApplyScope::NextBoot && change.current != listing.live.cpu.current)
        return tr("The running guest keeps %1 vCPUs until it restarts.").arg(listing.live.cpu.current);
    return {};
}

QString HardwareValidator::memoryRestartNote(const MemoryChange &change, const HardwareListing &listing)
{
    if (listing.active() && change.maximumKiB != listing.live.memory.maximumKiB && affectsConfig(change.scope))
        return tr("The new maximum of %1 takes effect when the guest restarts.").arg(bytesText(change.maximumKiB * 1024));
    if (listing.active() && change.scope == ApplyScope::NextBoot && change.currentKiB != listing.live.memory.currentKiB)
        return tr("The running guest keeps its current memory until it restarts.");
    return {};
}

FormProblems HardwareValidator::validateGraphics(const GraphicsChange &change)
{
    FormProblems problems;
    const GraphicsDevice &g = change.graphics;
    if (g.type != u"vnc" && g.type != u"spice")
        problems.append({u"type"_s, tr("Only VNC and SPICE can be edited here.")});
    if (!g.autoport && (g.port < 5900 || g.port > 65535))
        problems.append({u"port"_s, tr("A fixed port must be between 5900 and 65535.")});
    if (change.password == PasswordChange::Set) {
        if (change.newPassword.isEmpty())
            problems.append({u"password"_s, tr("Type the new password, or choose to keep or clear it.")});
        else if (g.type == u"vnc" && change.newPassword.size() > 8)
            problems.append({u"password"_s, tr("VNC uses only the first 8 characters of a password; use at most 8.")});
    }
    return problems;
}

} // namespace VirtDeck
