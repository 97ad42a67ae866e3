// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace VirtDeck {

// One operating system of libosinfo's database, with what the new-guest wizard needs from
// it: how to name it and the resources and devices it wants. Sizes are 0 when unknown.
struct OsInfoEntry
{
    QString id;        // the full URI, e.g. http://debian.org/debian/11 (empty for "generic")
    QString shortId;   // the first short id, e.g. debian11
    QStringList shortIds;
    QString name;      // "Debian 11"
    QString vendor;
    QString family;    // linux, winnt, freebsd…
    QString distro;    // debian, fedora, win…
    QString version;
    QString codename;
    QDate releaseDate;
    QDate eolDate;
    quint64 minimumMemory = 0;     // bytes
    quint64 recommendedMemory = 0; // bytes
    quint64 minimumStorage = 0;    // bytes
    quint64 recommendedStorage = 0;
    int recommendedVcpus = 0;
    bool virtioBlock = false; // the OS has a driver for virtio disks out of the box
    bool virtioNet = false;
    bool uefiCapable = false; // libosinfo lists an efi firmware for it
    QString kernelUrlArgument; // e.g. "inst.repo" for URL installs

    bool isGeneric() const { return shortId == QStringLiteral("generic"); }
    friend bool operator==(const OsInfoEntry &, const OsInfoEntry &) = default;
};

using OsInfoEntryList = QList<OsInfoEntry>;

} // namespace VirtDeck
