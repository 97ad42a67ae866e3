// SPDX-License-Identifier: GPL-2.0-or-later
#include "subnetvalidator.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

int versionOf(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? 6 : 4;
}

// The last address of the network (IPv4: the broadcast address).
QHostAddress lastAddress(const QPair<QHostAddress, int> &network)
{
    if (network.first.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 hostBits = network.second >= 32 ? 0 : (quint32(0xffffffffu) >> network.second);
        return QHostAddress(network.first.toIPv4Address() | hostBits);
    }
    Q_IPV6ADDR bytes = network.first.toIPv6Address();
    for (int bit = network.second; bit < 128; ++bit)
        bytes[bit / 8] |= quint8(0x80u >> (bit % 8));
    return QHostAddress(bytes);
}

// Parses a plain address (no scope, no prefix); null on failure.
QHostAddress address(const QString &text)
{
    QHostAddress parsed;
    if (text.contains(u'/') || text.contains(u'%') || !parsed.setAddress(text.trimmed()))
        return {};
    return parsed;
}

} // namespace

int SubnetValidator::compare(const QHostAddress &a, const QHostAddress &b)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 x = a.toIPv4Address();
        const quint32 y = b.toIPv4Address();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const Q_IPV6ADDR x = a.toIPv6Address();
    const Q_IPV6ADDR y = b.toIPv6Address();
    const int result = std::memcmp(x.c, y.c, 16);
    return result < 0 ? -1 : (result > 0 ? 1 : 0);
}

QString SubnetValidator::checkCidr(const QString &cidr, int *ipVersion)
{
    const QString text = cidr.trimmed();
    if (text.isEmpty())
        return tr("Enter the subnet's network address in CIDR notation, for example 10.0.0.0/24.");
    if (!text.contains(u'/'))
        return tr("\"%1\" has no prefix length; write it as address/length, for example 10.0.0.0/24.").arg(text);
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(text);
    if (network.first.isNull() || network.second < 0)
        return tr("\"%1\" is not a network address in CIDR notation (for example 10.0.0.0/24 or fd00:1::/64).").arg(text);
    const int version = versionOf(network.first);
    const int length = text.section(u'/', 1).toInt();
    // parseSubnet clears host bits silently; Neutron refuses "10.0.0.5/24".
    const QHostAddress given = address(text.section(u'/', 0, 0));
    if (!given.isNull() && compare(given, network.first) != 0)
        return tr("\"%1\" has host bits set; the network is %2/%3.").arg(text, network.first.toString()).arg(length);
    const int maxLength = version == 4 ? 30 : 126;
    if (network.second > maxLength)
        return tr("A /%1 network has no room for a gateway and instances; use /%2 or shorter.").arg(network.second).arg(maxLength);
    if (network.second < (version == 4 ? 8 : 48))
        return tr("A /%1 network is larger than any project needs; use /%2 or longer.").arg(network.second).arg(version == 4 ? 8 : 48);
    if (ipVersion)
        *ipVersion = version;
    return {};
}

Result<QList<AllocationPool>> SubnetValidator::parseAllocationPools(const QString &text)
{
    using R = Result<QList<AllocationPool>>;
    QList<AllocationPool> pools;
    static const QRegularExpression separators(u"[\\n;]"_s);
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // IPv6 addresses contain ':' so only "-" and "," separate start and end.
        QStringList parts = line.split(u'-');
        if (parts.size() != 2)
            parts = line.split(u',');
        if (parts.size() != 2 || parts.at(0).trimmed().isEmpty() || parts.at(1).trimmed().isEmpty())
            return R::failure(tr("\"%1\" is not a range; write first-last, for example 10.0.0.10-10.0.0.99.").arg(line));
        pools.append({parts.at(0).trimmed(), parts.at(1).trimmed()});
    }
    return {pools, {}};
}

QString SubnetValidator::allocationPoolsText(const QList<AllocationPool> &pools)
{
    QStringList lines;
    for (const AllocationPool &pool : pools)
        lines.append(pool.start + u'-' + pool.end);
    return lines.join(u'\n');
}

QStringList SubnetValidator::parseDnsServers(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

FormProblems SubnetValidator::validate(const CloudSubnet &subnet)
{
    FormProblems problems;
    int version = 0;
    if (const QString problem = checkCidr(subnet.cidr, &version); !problem.isEmpty()) {
        // Without a network nothing else can be checked against it.
        problems.append({u"cidr"_s, problem});
        return problems;
    }
    if (subnet.ipVersion != version)
        problems.append({u"cidr"_s, tr("The CIDR is an IPv%1 network but the subnet is IPv%2.").arg(version).arg(subnet.ipVersion)});
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(subnet.cidr.trimmed());
    const QHostAddress last = lastAddress(network);
    const auto inside = [&network](const QHostAddress &a) { return a.isInSubnet(network); };

    QHostAddress gateway;
    if (!subnet.noGateway && !subnet.gatewayIp.trimmed().isEmpty()) {
        gateway = address(subnet.gatewayIp);
        if (gateway.isNull()) {
            problems.append({u"gateway"_s, tr("\"%1\" is not an IP address.").arg(subnet.gatewayIp.trimmed())});
        } else if (versionOf(gateway) != version) {
            problems.append({u"gateway"_s, tr("The gateway %1 is an IPv%2 address in an IPv%3 subnet.")
                                                .arg(gateway.toString()).arg(versionOf(gateway)).arg(version)});
            gateway = {};
        } else if (!inside(gateway)) {
            problems.append({u"gateway"_s, tr("The gateway %1 is outside %2.").arg(gateway.toString(), subnet.cidr.trimmed())});
            gateway = {};
        } else if (compare(gateway, network.first) == 0) {
            problems.append({u"gateway"_s, tr("The gateway cannot be the network address %1.").arg(gateway.toString())});
        } else if (version == 4 && compare(gateway, last) == 0) {
            problems.append({u"gateway"_s, tr("The gateway cannot be the broadcast address %1.").arg(gateway.toString())});
        }
    }

    QStringList seen;
    for (const QString &server : subnet.dnsNameservers) {
        const QHostAddress dns = address(server);
        if (dns.isNull())
            problems.append({u"dns"_s, tr("The DNS server \"%1\" is not an IP address.").arg(server)});
        else if (versionOf(dns) != version)
            problems.append({u"dns"_s, tr("The DNS server %1 is an IPv%2 address in an IPv%3 subnet.")
                                            .arg(server).arg(versionOf(dns)).arg(version)});
        else if (seen.contains(dns.toString()))
            problems.append({u"dns"_s, tr("The DNS server %1 is listed twice.").arg(server)});
        else
            seen.append(dns.toString());
    }

    struct Range
    {
        QHostAddress start;
        QHostAddress end;
    };
    QList<Range> ranges;
    for (const AllocationPool &pool : subnet.allocationPools) {
        const QString label = pool.start + u'-' + pool.end;
        const QHostAddress start = address(pool.start);
        const QHostAddress end = address(pool.end);
        if (start.isNull() || end.isNull()) {
            problems.append({u"pools"_s, tr("The pool %1 does not consist of two IP addresses.").arg(label)});
            continue;
        }
        if (versionOf(start) != version || versionOf(end) != version) {
            problems.append({u"pools"_s, tr("The pool %1 is not IPv%2 like the subnet.").arg(label).arg(version)});
            continue;
        }
        if (!inside(start) || !inside(end)) {
            problems.append({u"pools"_s, tr("The pool %1 is not inside %2.").arg(label, subnet.cidr.trimmed())});
            continue;
        }
        if (compare(start, end) > 0) {
            problems.append({u"pools"_s, tr("The pool %1 ends before it starts.").arg(label)});
            continue;
        }
        if (compare(start, network.first) == 0 || (version == 4 && compare(end, last) == 0)) {
            problems.append({u"pools"_s, tr("The pool %1 includes the network or broadcast address.").arg(label)});
            continue;
        }
        if (!gateway.isNull() && compare(start, gateway) <= 0 && compare(gateway, end) <= 0) {
            problems.append({u"pools"_s, tr("The pool %1 contains the gateway %2.").arg(label, gateway.toString())});
            continue;
        }
        ranges.append({start, end});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return compare(a.start, b.start) < 0; });
    for (int i = 1; i < ranges.size(); ++i) {
        if (compare(ranges.at(i).start, ranges.at(i - 1).end) <= 0)
            problems.append({u"pools"_s, tr("The pools %1-%2 and %3-%4 overlap.")
                                             .arg(ranges.at(i - 1).start.toString(), ranges.at(i - 1).end.toString(),
                                                  ranges.at(i).start.toString(), ranges.at(i).end.toString())});
    }
    // Neutron's default gateway (the first address) must not fall in a pool either.
    if (!subnet.noGateway && subnet.gatewayIp.trimmed().isEmpty() && !ranges.isEmpty()) {
        Q_IPV6ADDR bytes = network.first.toIPv6Address();
        QHostAddress first = version == 4 ? QHostAddress(network.first.toIPv4Address() + 1) : QHostAddress();
        if (version == 6) {
            for (int i = 15; i >= 0; --i) {
                if (++bytes[i] != 0)
                    break;
            }
            first = QHostAddress(bytes);
        }
        for (const Range &range : std::as_const(ranges)) {
            if (compare(range.start, first) <= 0 && compare(first, range.end) <= 0)
                problems.append({u"pools"_s, tr("A pool contains %1, the gateway Neutron chooses when none is given.").arg(first.toString())});
        }
    }
    return problems;
}

} // namespace VirtDeck::Cloud
