// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace VirtDeck {

// One guest NIC and where it is plugged: a host bridge directly (type='bridge') or a
// virtual network (type='network', whose bridge the network's definition names).
struct GuestNicInfo
{
    QString guest;
    QString mac;
    QString type;     // bridge, network, direct, user…
    QString source;   // the bridge or network name, as the domain XML says
    QString target;   // the tap device (<target dev=…>), live guests only
    QString model;
    friend bool operator==(const GuestNicInfo &, const GuestNicInfo &) = default;
};

using GuestNicInfoList = QList<GuestNicInfo>;

// One host bridge with what sits on it.
struct HostBridgeInfo
{
    QString name;
    bool active = false;
    QString mac;
    QString network;          // the virtual network that owns this bridge, if any
    QStringList ports;        // host interfaces enslaved to it (brif), taps included
    GuestNicInfoList guestNics;
    QString origin;           // "libvirt" or "sysfs": where the bridge list came from

    friend bool operator==(const HostBridgeInfo &, const HostBridgeInfo &) = default;
};

using HostBridgeInfoList = QList<HostBridgeInfo>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::HostBridgeInfo)
