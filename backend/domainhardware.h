// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace VirtDeck {

// When a hardware change takes effect: on the running guest now (VIR_DOMAIN_AFFECT_LIVE),
// in the stored definition for the next boot (VIR_DOMAIN_AFFECT_CONFIG), or both.
enum class ApplyScope { Now, NextBoot, Both };

inline bool affectsLive(ApplyScope scope) { return scope != ApplyScope::NextBoot; }
inline bool affectsConfig(ApplyScope scope) { return scope != ApplyScope::Now; }

struct CpuConfig
{
    int current = 1;
    int maximum = 1;
    QString mode; // <cpu mode=…>: host-passthrough, host-model, custom; empty when absent
    QString model;
    friend bool operator==(const CpuConfig &, const CpuConfig &) = default;
};

struct MemoryConfig
{
    quint64 currentKiB = 0; // <currentMemory>: the balloon target
    quint64 maximumKiB = 0; // <memory>
    friend bool operator==(const MemoryConfig &, const MemoryConfig &) = default;
};

struct BootConfig
{
    QStringList order;        // <os><boot dev=…/> in order: hd, cdrom, network, fd
    bool menu = false;        // <bootmenu enable='yes'/>
    int menuTimeoutMs = 0;    // <bootmenu timeout=…>; 0: libvirt's default
    bool perDeviceOrder = false; // some device has <boot order=N>: the <os> list cannot be used
    QString firmware;         // "UEFI" or "BIOS" as read from <os firmware=…> or <loader>
    QString loaderPath;       // <loader> text, empty with the default BIOS
    QString machine;          // <type machine=…>
    QString arch;
    friend bool operator==(const BootConfig &, const BootConfig &) = default;
};

struct DiskDevice
{
    QString type = QStringLiteral("file"); // file, block, volume, network
    QString device = QStringLiteral("disk"); // disk, cdrom, floppy, lun
    QString driverType;  // raw, qcow2; empty when unknown
    QString cache;       // none, writeback, writethrough, directsync, unsafe; empty: default
    QString source;      // path (file/block), "pool/volume" for type volume, empty for an empty drive
    QString sourcePool;  // type volume
    QString sourceVolume;
    QString target;      // vda, sdb…
    QString bus;         // virtio, sata, scsi, ide, usb
    bool readOnly = false;
    bool shareable = false;
    int bootOrder = 0;   // <boot order=N>, 0 when absent
    QString alias;
    bool inLive = true;   // present in the running guest (always true for a shut-off one)
    bool inConfig = true; // present in the stored definition
    friend bool operator==(const DiskDevice &, const DiskDevice &) = default;
};

struct NicDevice
{
    QString type = QStringLiteral("network"); // network, bridge, direct, user
    QString source;      // network name, bridge (br0), or host device for direct
    QString model = QStringLiteral("virtio"); // virtio, e1000, rtl8139
    QString mac;         // empty in a request: generate one
    QString target;      // tap device of a running guest
    bool linkUp = true;  // <link state=…>
    int bootOrder = 0;
    QString alias;
    bool inLive = true;
    bool inConfig = true;
    friend bool operator==(const NicDevice &, const NicDevice &) = default;
};

struct GraphicsDevice
{
    QString type = QStringLiteral("vnc"); // vnc, spice, sdl…
    QString listen;     // address; empty: libvirt's default
    bool autoport = true;
    int port = -1;      // -1: automatic / not yet known
    bool hasPassword = false; // the password itself is never read into the application
    friend bool operator==(const GraphicsDevice &, const GraphicsDevice &) = default;
};

// A graphics change: the password is kept unless the user sets or clears it.
enum class PasswordChange { Keep, Set, Clear };
struct GraphicsChange
{
    int index = 0; // which <graphics> element
    GraphicsDevice graphics;
    PasswordChange password = PasswordChange::Keep;
    QString newPassword;
};

struct VideoDevice
{
    QString model = QStringLiteral("virtio"); // vga, cirrus, qxl, virtio, bochs, ramfb, none
    int vramKiB = 0;
    int heads = 0;
    bool primary = false;
    friend bool operator==(const VideoDevice &, const VideoDevice &) = default;
};

struct SerialDevice
{
    QString kind = QStringLiteral("serial"); // serial or console
    QString type;        // pty, file, tcp, unix…
    QString targetType;  // isa-serial, serial, virtio…
    int port = 0;
    QString path;        // the pty or file, when known
    friend bool operator==(const SerialDevice &, const SerialDevice &) = default;
};

struct ControllerDevice
{
    QString type;  // pci, usb, sata, scsi, virtio-serial, ide
    int index = 0;
    QString model;
    QString address; // "pci 0000:00:01.2", as read
    friend bool operator==(const ControllerDevice &, const ControllerDevice &) = default;
};

// One guest's hardware as read from its domain XML.
struct DomainHardware
{
    QString name;
    CpuConfig cpu;
    MemoryConfig memory;
    BootConfig boot;
    QList<DiskDevice> disks;
    QList<NicDevice> nics;
    QList<GraphicsDevice> graphics;
    QList<VideoDevice> videos;
    QList<SerialDevice> serials; // <serial> then <console>
    QList<ControllerDevice> controllers;
    friend bool operator==(const DomainHardware &, const DomainHardware &) = default;
};

// What the Hardware page shows: the running guest's hardware (live) and what it boots with
// next time (config), with the facts that decide which changes can apply when.
struct HardwareListing
{
    DomainHardware live;   // equals config for a shut-off guest
    DomainHardware config; // the stored definition (inactive XML)
    DomainState state = DomainState::ShutOff;
    bool persistent = true;
    int hostCpus = 0;
    bool active() const { return isActive(state); }
};

// A new disk for attachDisk: either an existing path (file, block device, ISO) or a new
// volume created first in a pool.
struct NewDiskRequest
{
    DiskDevice disk;          // target, bus, device, readOnly, cache, source for existing
    bool createVolume = false;
    QString pool;
    QString volumeName;
    QString volumeFormat = QStringLiteral("qcow2"); // raw or qcow2
    quint64 capacityBytes = 0;
};

// A vCPU change: the current count with scope; a different maximum is always a change of the
// definition (VIR_DOMAIN_VCPU_MAXIMUM | VIR_DOMAIN_AFFECT_CONFIG) and needs a restart.
struct VcpuChange
{
    int current = 1;
    int maximum = 1;
    ApplyScope scope = ApplyScope::NextBoot;
};

// A memory change: the current size (the balloon when live) with scope; a different maximum
// is a change of the definition only (VIR_DOMAIN_MEM_MAXIMUM) and needs a restart.
struct MemoryChange
{
    quint64 currentKiB = 0;
    quint64 maximumKiB = 0;
    ApplyScope scope = ApplyScope::NextBoot;
};

// What a detach did: gone at once, or asked of the guest, which must release the device
// (ACPI / PCIe hot-unplug needs a guest OS that acknowledges it).
enum class DetachOutcome { Removed, RequestedFromGuest };

// One row of the Network interfaces table (virsh domiflist plus domifaddr).
struct GuestInterfaceRow
{
    QString mac;
    QString interfaceName; // tap device on the host, or the guest's name for agent data
    QString type;
    QString source;
    QString model;
    bool linkUp = true;
    QStringList addresses; // "192.168.122.5/24"
    QString addressOrigin; // "lease", "agent" or empty
    friend bool operator==(const GuestInterfaceRow &, const GuestInterfaceRow &) = default;
};

using GuestInterfaceRows = QList<GuestInterfaceRow>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::HardwareListing)
Q_DECLARE_METATYPE(VirtDeck::DiskDevice)
Q_DECLARE_METATYPE(VirtDeck::NicDevice)
