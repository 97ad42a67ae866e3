// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkformvalidator.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <compare>
#include <optional>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Addresses as 128-bit numbers (IPv4 in the low 32 bits) so both families compare alike.
struct Address
{
    quint64 high = 0;
    quint64 low = 0;
    friend auto operator<=>(const Address &, const Address &) = default;
};

Address toNumber(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return Address{0, address.toIPv4Address()};
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    Address out;
    for (int i = 0; i < 8; ++i) {
        out.high = (out.high << 8) | bytes[i];
        out.low = (out.low << 8) | bytes[i + 8];
    }
    return out;
}

// Parses "a.b.c.d/n" strictly: the right family, a prefix in range, no host bits set.
struct Subnet
{
    QHostAddress network;
    int prefix = -1;
    Address first;
    Address last;
};

QHostAddress parseAddress(const QString &text, bool ipv6)
{
    QHostAddress address;
    if (text.trimmed() != text || !address.setAddress(text))
        return {};
    if (address.protocol() != (ipv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol))
        return {};
    // QHostAddress accepts "10.1" and "10" as IPv4: insist on dotted quads.
    if (!ipv6 && text.count(u'.') != 3)
        return {};
    return address;
}

Address lastOf(Address first, int prefix, int bits)
{
    // Set every host bit.
    for (int bit = prefix; bit < bits; ++bit) {
        const int fromRight = bits - 1 - bit;
        if (fromRight >= 64)
            first.high |= quint64(1) << (fromRight - 64);
        else
            first.low |= quint64(1) << fromRight;
    }
    return first;
}

} // namespace

bool NetworkFormValidator::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

bool NetworkFormValidator::isValidBridgeName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,15}$"_s);
    return pattern.match(name).hasMatch() && name != u"."_s && name != u".."_s;
}

void NetworkFormValidator::checkSubnet(FormProblems &problems, bool ipv6, const QString &cidr,
                                       const QString &gateway, bool dhcp, const QString &start,
                                       const QString &end, const QString &cidrField, const QString &gatewayField,
                                       const QString &startField, const QString &endField)
{
    const int bits = ipv6 ? 128 : 32;
    const int maxPrefix = ipv6 ? 126 : 30; // room for a gateway and at least one guest
    const QString example = ipv6 ? u"fd00:200::/64"_s : u"10.200.1.0/24"_s;

    Subnet subnet;
    const qsizetype slash = cidr.indexOf(u'/');
    if (cidr.isEmpty()) {
        problems.append({cidrField, tr("Enter the subnet in CIDR notation, e.g. %1.").arg(example)});
        return;
    }
    if (slash < 0) {
        problems.append({cidrField, tr("\"%1\" has no prefix length: write it as address/prefix, e.g. %2.")
                                        .arg(cidr, example)});
        return;
    }
    const QHostAddress network = parseAddress(cidr.left(slash), ipv6);
    bool prefixOk = false;
    const QString prefixText = cidr.mid(slash + 1);
    const int prefix = prefixText.toInt(&prefixOk);
    if (network.isNull()) {
        problems.append({cidrField, ipv6 ? tr("\"%1\" is not an IPv6 subnet (e.g. %2).").arg(cidr, example)
                                         : tr("\"%1\" is not an IPv4 subnet (e.g. %2).").arg(cidr, example)});
        return;
    }
    if (!prefixOk || prefixText.isEmpty() || !prefixText.at(0).isDigit() || prefix < 1 || prefix > bits) {
        problems.append({cidrField, tr("The prefix length of \"%1\" must be a number from 1 to %2.").arg(cidr).arg(bits)});
        return;
    }
    if (prefix > maxPrefix) {
        problems.append({cidrField, tr("A /%1 subnet has no room for a gateway and guests: use /%2 or shorter.")
                                        .arg(prefix)
                                        .arg(maxPrefix)});
        return;
    }
    subnet.first = toNumber(network);
    subnet.last = lastOf(subnet.first, prefix, bits);
    const QPair<QHostAddress, int> normalised = QHostAddress::parseSubnet(cidr);
    if (normalised.first.isNull() || toNumber(normalised.first) != subnet.first) {
        problems.append({cidrField, tr("\"%1\" has host bits set: the subnet is %2/%3.")
                                        .arg(cidr, normalised.first.toString())
                                        .arg(prefix)});
        return;
    }

    const auto inside = [&](const Address &a) { return a >= subnet.first && a <= subnet.last; };
    // IPv4 has a network and a broadcast address nobody may use; IPv6 only the subnet-router anycast.
    const auto reserved = [&](const Address &a) { return a == subnet.first || (!ipv6 && a == subnet.last); };

    std::optional<Address> gatewayNumber;
    const QHostAddress gatewayAddress = parseAddress(gateway, ipv6);
    if (gateway.isEmpty()) {
        problems.append({gatewayField, tr("Enter the host's address in %1 (the guests' gateway).").arg(cidr)});
    } else if (gatewayAddress.isNull()) {
        problems.append({gatewayField, tr("\"%1\" is not a valid address.").arg(gateway)});
    } else if (!inside(toNumber(gatewayAddress))) {
        problems.append({gatewayField, tr("The gateway %1 is outside the subnet %2.").arg(gateway, cidr)});
    } else if (reserved(toNumber(gatewayAddress))) {
        problems.append({gatewayField, tr("%1 is the subnet's own network or broadcast address; the gateway needs a "
                                          "host address.")
                                           .arg(gateway)});
    } else {
        gatewayNumber = toNumber(gatewayAddress);
    }

    if (!dhcp)
        return;
    std::optional<Address> startNumber;
    std::optional<Address> endNumber;
    const auto checkEnd = [&](const QString &text, const QString &field, std::optional<Address> &out,
                              const QString &emptyMessage) {
        const QHostAddress address = parseAddress(text, ipv6);
        if (text.isEmpty())
            problems.append({field, emptyMessage});
        else if (address.isNull())
            problems.append({field, tr("\"%1\" is not a valid address.").arg(text)});
        else if (!inside(toNumber(address)))
            problems.append({field, tr("%1 is outside the subnet %2.").arg(text, cidr)});
        else if (reserved(toNumber(address)))
            problems.append({field, tr("%1 is the subnet's network or broadcast address.").arg(text)});
        else
            out = toNumber(address);
    };
    checkEnd(start, startField, startNumber, tr("Enter the first address DHCP may hand out."));
    checkEnd(end, endField, endNumber, tr("Enter the last address DHCP may hand out."));
    if (!startNumber || !endNumber)
        return;
    if (*startNumber > *endNumber) {
        problems.append({endField, tr("The DHCP range ends (%1) before it starts (%2).").arg(end, start)});
        return;
    }
    if (gatewayNumber && *gatewayNumber >= *startNumber && *gatewayNumber <= *endNumber)
        problems.append({startField, tr("The DHCP range %1 – %2 covers the gateway %3: start it after the gateway "
                                        "or end it before.")
                                         .arg(start, end, gateway)});
}

FormProblems NetworkFormValidator::validate(const NetworkForm &form, const QStringList &existingNetworks,
                                            const QStringList &hostInterfaces)
{
    FormProblems problems;
    if (form.name.isEmpty())
        problems.append({u"name"_s, tr("Enter a name for the network.")});
    else if (!isValidName(form.name))
        problems.append({u"name"_s, tr("\"%1\" is not a valid network name: use letters, digits, \"-\", \"_\", "
                                       "\".\" and \"+\", starting with a letter or digit, at most 64 characters.")
                                        .arg(form.name)});
    else if (existingNetworks.contains(form.name))
        problems.append({u"name"_s, tr("A network named \"%1\" already exists on this host.").arg(form.name)});

    const bool hostBridge = form.forwardMode == NetworkForwardMode::Bridge;
    if (hostBridge && form.bridge.isEmpty())
        problems.append({u"bridge"_s, tr("Bridged mode needs the name of an existing host bridge, e.g. br0.")});
    else if (!form.bridge.isEmpty() && !isValidBridgeName(form.bridge))
        problems.append({u"bridge"_s, tr("\"%1\" is not a valid bridge name: at most 15 letters, digits, \"-\", "
                                         "\"_\" or \".\".")
                                          .arg(form.bridge)});
    else if (hostBridge && !hostInterfaces.isEmpty() && !hostInterfaces.contains(form.bridge))
        problems.append({u"bridge"_s, tr("The host has no bridge named \"%1\".").arg(form.bridge)});
    else if (!hostBridge && !form.bridge.isEmpty() && hostInterfaces.contains(form.bridge))
        problems.append({u"bridge"_s, tr("The host already has an interface named \"%1\"; libvirt creates the "
                                         "bridge of this network itself.")
                                          .arg(form.bridge)});

    if (!form.forwardDevice.isEmpty() && !isValidBridgeName(form.forwardDevice))
        problems.append({u"forwardDevice"_s, tr("\"%1\" is not a valid interface name.").arg(form.forwardDevice)});

    if (hostBridge) {
        if (form.ipv4 || form.ipv6)
            problems.append({u"ipv4Cidr"_s, tr("A network on a host bridge takes its addresses from the bridge's "
                                               "LAN: turn off IPv4 and IPv6 here.")});
        return problems;
    }
    if ((form.forwardMode == NetworkForwardMode::Nat || form.forwardMode == NetworkForwardMode::Route
         || form.forwardMode == NetworkForwardMode::Open)
        && !form.ipv4 && !form.ipv6)
        problems.append({u"ipv4Cidr"_s, tr("A NAT, routed or open network needs at least one subnet.")});
    if (form.forwardMode == NetworkForwardMode::Nat && !form.ipv4)
        problems.append({u"ipv4Cidr"_s, tr("NAT works on IPv4 only: give the network an IPv4 subnet.")});
    if (form.ipv4)
        checkSubnet(problems, false, form.ipv4Cidr, form.ipv4Gateway, form.dhcp, form.dhcpStart, form.dhcpEnd,
                    u"ipv4Cidr"_s, u"ipv4Gateway"_s, u"dhcpStart"_s, u"dhcpEnd"_s);
    if (form.ipv6)
        checkSubnet(problems, true, form.ipv6Cidr, form.ipv6Gateway, form.dhcp6, form.dhcp6Start, form.dhcp6End,
                    u"ipv6Cidr"_s, u"ipv6Gateway"_s, u"dhcp6Start"_s, u"dhcp6End"_s);
    return problems;
}

} // namespace VirtDeck
