// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace VirtDeck {

// Where the new guest boots its installer (or its system) from.
enum class InstallSource {
    Iso,        // a local ISO file or a host CD-ROM device, attached as a CD-ROM
    Url,        // a network install tree: the location is recorded; direct kernel boot
    Pxe,        // network boot
    ImportDisk, // an existing disk image that already holds a system
    Template,   // a clone (linked or full) of a guest marked as a VirtDeck template
};

enum class GuestDiskChoice { NewVolume, ExistingVolume, ExistingPath, None };
enum class GuestNicKind { VirtualNetwork, Bridge, None };
enum class GuestFirmware { Bios, Uefi };

// One disk besides the main one (the further disks of a template clone).
struct GuestDiskSpec
{
    QString pool;   // pool + volume: a <disk type='volume'>
    QString volume;
    QString path;   // otherwise a file (or a block device under /dev)
    QString format = QStringLiteral("qcow2");
    friend bool operator==(const GuestDiskSpec &, const GuestDiskSpec &) = default;
};

// Everything the new-guest wizard collected: input of the domain XML builder and of
// GuestCreationService. Sizes in bytes except memory.
struct NewGuestForm
{
    QString name;
    QString domainType = QStringLiteral("qemu"); // "kvm" when the host offers it
    QString arch = QStringLiteral("x86_64");
    QString machine = QStringLiteral("q35");

    InstallSource source = InstallSource::Iso;
    QString isoPath;      // Iso: file, or block device such as /dev/sr0
    QString installUrl;   // Url: the install tree
    QString kernelPath;   // Url: kernel and initrd of the tree, on the host
    QString initrdPath;
    QString kernelArgs;   // Url: extra kernel command line
    QString templateName; // Template: the template guest
    QUuid templateUuid;
    bool linkedClone = true; // Template: qcow2 overlays on its disks; false: full copies

    QString osId;        // libosinfo's full id; empty for "generic"
    QString osShortId;
    QString osUrlArgument; // libosinfo's kernel-url-argument ("inst.repo"…), may be empty

    int vcpus = 1;
    quint64 memoryMiB = 1024;

    GuestDiskChoice disk = GuestDiskChoice::NewVolume;
    QString pool;          // NewVolume, ExistingVolume
    QString volumeName;    // NewVolume: the name to create; ExistingVolume: the volume
    quint64 diskCapacity = 0;
    QString diskFormat = QStringLiteral("qcow2"); // of the new volume, or of the existing disk
    QString diskPath;      // ExistingPath (and ExistingVolume once its path is known)
    QList<GuestDiskSpec> extraDisks;

    GuestNicKind nic = GuestNicKind::VirtualNetwork;
    QString nicSource;     // network name or host bridge name

    GuestFirmware firmware = GuestFirmware::Bios;
    bool virtio = true;    // virtio disk, NIC, video, balloon; else SATA, e1000e, VGA

    bool createsVolume() const { return disk == GuestDiskChoice::NewVolume && source != InstallSource::Template; }
};

} // namespace VirtDeck
