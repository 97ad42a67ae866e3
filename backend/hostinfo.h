// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace VirtDeck {

// Static facts about a host, read once per (re)connect.
struct HostInfo
{
    QString uri;
    QString hostname;
    QString hypervisor;        // "QEMU", "TEST", ...
    QString hypervisorVersion; // "7.2.0"
    QString libvirtVersion;    // "9.0.0"
    QString cpuModel;
    int cpus = 0;
    int cpuMhz = 0;
    quint64 memoryKiB = 0;
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::HostInfo)
