// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitygrouprulevalidator.h"

#include <QHostAddress>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isIcmp(const QString &protocol)
{
    return protocol == u"icmp"_s || protocol == u"ipv6-icmp"_s || protocol == u"icmpv6"_s || protocol == u"1"_s
        || protocol == u"58"_s;
}

bool hasPorts(const QString &protocol)
{
    return protocol == u"tcp"_s || protocol == u"udp"_s || protocol == u"sctp"_s || protocol == u"6"_s
        || protocol == u"17"_s || protocol == u"132"_s;
}

} // namespace

QString SecurityGroupRuleValidator::validate(const SecurityGroupRule &rule)
{
    if (rule.direction != u"ingress"_s && rule.direction != u"egress"_s)
        return tr("Direction must be ingress or egress.");
    if (rule.etherType != u"IPv4"_s && rule.etherType != u"IPv6"_s)
        return tr("Ether type must be IPv4 or IPv6.");
    const QString protocol = rule.protocol.toLower();
    if (!protocol.isEmpty() && !isIcmp(protocol) && !hasPorts(protocol)) {
        bool isNumber = false;
        const int number = protocol.toInt(&isNumber);
        if (!isNumber || number < 0 || number > 255)
            return tr("Protocol \"%1\" is not tcp, udp, icmp, any, or a number from 0 to 255.").arg(rule.protocol);
    }
    if (hasPorts(protocol)) {
        if ((rule.portRangeMin == -1) != (rule.portRangeMax == -1))
            return tr("Give both ends of the port range, or neither for all ports.");
        if (rule.portRangeMin != -1) {
            if (rule.portRangeMin < 1 || rule.portRangeMin > 65535 || rule.portRangeMax < 1 || rule.portRangeMax > 65535)
                return tr("Ports run from 1 to 65535.");
            if (rule.portRangeMin > rule.portRangeMax)
                return tr("The first port (%1) is above the last one (%2).").arg(rule.portRangeMin).arg(rule.portRangeMax);
        }
    } else if (isIcmp(protocol)) {
        if (rule.portRangeMin < -1 || rule.portRangeMin > 255)
            return tr("The ICMP type runs from 0 to 255.");
        if (rule.portRangeMax < -1 || rule.portRangeMax > 255)
            return tr("The ICMP code runs from 0 to 255.");
        if (rule.portRangeMax != -1 && rule.portRangeMin == -1)
            return tr("An ICMP code needs an ICMP type.");
    } else if (rule.portRangeMin != -1 || rule.portRangeMax != -1) {
        return tr("Ports can only be given for TCP, UDP and SCTP.");
    }
    if (!rule.remoteIpPrefix.isEmpty() && !rule.remoteGroupId.isEmpty())
        return tr("Give a remote CIDR or a remote group, not both.");
    if (!rule.remoteIpPrefix.isEmpty()) {
        const auto [address, length] = QHostAddress::parseSubnet(rule.remoteIpPrefix);
        if (address.isNull() || length < 0)
            return tr("\"%1\" is not a CIDR such as 192.0.2.0/24 or 2001:db8::/32.").arg(rule.remoteIpPrefix);
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        if (v6 != (rule.etherType == u"IPv6"_s))
            return tr("The remote CIDR %1 does not match the ether type %2.").arg(rule.remoteIpPrefix, rule.etherType);
    }
    return {};
}

SecurityGroupRule SecurityGroupRuleValidator::preset(Preset preset, const QString &etherType)
{
    SecurityGroupRule rule;
    rule.etherType = etherType;
    rule.remoteIpPrefix = etherType == u"IPv6"_s ? u"::/0"_s : u"0.0.0.0/0"_s;
    const auto tcp = [&rule](int port) {
        rule.protocol = u"tcp"_s;
        rule.portRangeMin = port;
        rule.portRangeMax = port;
    };
    switch (preset) {
    case Preset::Ssh:
        tcp(22);
        break;
    case Preset::Http:
        tcp(80);
        break;
    case Preset::Https:
        tcp(443);
        break;
    case Preset::Rdp:
        tcp(3389);
        break;
    case Preset::Icmp:
        rule.protocol = etherType == u"IPv6"_s ? u"ipv6-icmp"_s : u"icmp"_s;
        break;
    }
    return rule;
}

QJsonObject SecurityGroupRuleValidator::requestBody(const SecurityGroupRule &rule)
{
    QJsonObject object{{u"security_group_id"_s, rule.securityGroupId},
                       {u"direction"_s, rule.direction},
                       {u"ethertype"_s, rule.etherType}};
    if (!rule.protocol.isEmpty())
        object.insert(u"protocol"_s, rule.protocol.toLower());
    if (rule.portRangeMin != -1)
        object.insert(u"port_range_min"_s, rule.portRangeMin);
    if (rule.portRangeMax != -1)
        object.insert(u"port_range_max"_s, rule.portRangeMax);
    if (!rule.remoteIpPrefix.isEmpty())
        object.insert(u"remote_ip_prefix"_s, rule.remoteIpPrefix);
    if (!rule.remoteGroupId.isEmpty())
        object.insert(u"remote_group_id"_s, rule.remoteGroupId);
    if (!rule.description.isEmpty())
        object.insert(u"description"_s, rule.description);
    return {{u"security_group_rule"_s, object}};
}

} // namespace VirtDeck::Cloud
