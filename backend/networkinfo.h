// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

namespace VirtDeck {

// How a virtual network reaches the outside (<forward mode=…>); Isolated has no <forward>.
enum class NetworkForwardMode { Isolated, Nat, Route, Open, Bridge, Other };

struct NetworkDhcpRange
{
    QString start;
    QString end;
    friend bool operator==(const NetworkDhcpRange &, const NetworkDhcpRange &) = default;
};

// One <ip> element of a network: address of the host side (the gateway) and prefix.
struct NetworkIpConfig
{
    bool ipv6 = false;
    QString address;
    int prefix = 0;
    QList<NetworkDhcpRange> dhcpRanges;

    // The subnet, e.g. 10.200.1.0/24 for address 10.200.1.1 and prefix 24.
    QString cidr() const
    {
        const QHostAddress host(address);
        if (host.isNull())
            return {};
        if (!ipv6) {
            const quint32 mask = prefix <= 0 ? 0 : (prefix >= 32 ? ~0u : ~0u << (32 - prefix));
            return QHostAddress(host.toIPv4Address() & mask).toString() + u'/' + QString::number(prefix);
        }
        Q_IPV6ADDR bytes = host.toIPv6Address();
        for (int bit = prefix; bit < 128; ++bit)
            bytes[bit / 8] &= quint8(~(0x80u >> (bit % 8)));
        return QHostAddress(bytes).toString() + u'/' + QString::number(prefix);
    }
    friend bool operator==(const NetworkIpConfig &, const NetworkIpConfig &) = default;
};

// One virtual network as listed on the connection's worker.
struct NetworkInfo
{
    QString name;
    QString uuid;
    bool active = false;
    bool persistent = true;
    bool autostart = false;
    NetworkForwardMode forwardMode = NetworkForwardMode::Isolated;
    QString forwardModeName; // as libvirt spells it ("nat", "route"…), empty when isolated
    QString forwardDevice;   // <forward dev=…>
    QString bridge;          // <bridge name=…>
    QList<NetworkIpConfig> ips;

    friend bool operator==(const NetworkInfo &, const NetworkInfo &) = default;
};

using NetworkInfoList = QList<NetworkInfo>;

struct NetworkDhcpLease
{
    QString ipAddress;
    int prefix = 0;
    QString mac;
    QString hostname;
    QString clientId;
    qint64 expiryTime = 0; // seconds since the epoch
    friend bool operator==(const NetworkDhcpLease &, const NetworkDhcpLease &) = default;
};

using NetworkDhcpLeaseList = QList<NetworkDhcpLease>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::NetworkInfo)
