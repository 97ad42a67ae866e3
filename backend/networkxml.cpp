// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkxml.h"

#include <QHostAddress>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <bit>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

NetworkForwardMode NetworkXml::modeFromName(const QString &mode)
{
    if (mode.isEmpty())
        return NetworkForwardMode::Isolated;
    if (mode == u"nat"_s)
        return NetworkForwardMode::Nat;
    if (mode == u"route"_s)
        return NetworkForwardMode::Route;
    if (mode == u"open"_s)
        return NetworkForwardMode::Open;
    if (mode == u"bridge"_s)
        return NetworkForwardMode::Bridge;
    return NetworkForwardMode::Other;
}

QString NetworkXml::modeName(NetworkForwardMode mode)
{
    switch (mode) {
    case NetworkForwardMode::Nat:
        return u"nat"_s;
    case NetworkForwardMode::Route:
        return u"route"_s;
    case NetworkForwardMode::Open:
        return u"open"_s;
    case NetworkForwardMode::Bridge:
        return u"bridge"_s;
    case NetworkForwardMode::Isolated:
    case NetworkForwardMode::Other:
        break;
    }
    return {};
}

QString NetworkXml::fromForm(const NetworkForm &form)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"network"_s);
    xml.writeTextElement(u"name"_s, form.name);
    const QString mode = modeName(form.forwardMode);
    if (!mode.isEmpty()) {
        xml.writeEmptyElement(u"forward"_s);
        xml.writeAttribute(u"mode"_s, mode);
        if (!form.forwardDevice.isEmpty() && form.forwardMode != NetworkForwardMode::Bridge)
            xml.writeAttribute(u"dev"_s, form.forwardDevice);
    }
    if (!form.bridge.isEmpty()) {
        xml.writeEmptyElement(u"bridge"_s);
        xml.writeAttribute(u"name"_s, form.bridge);
        if (form.forwardMode != NetworkForwardMode::Bridge) {
            xml.writeAttribute(u"stp"_s, u"on"_s);
            xml.writeAttribute(u"delay"_s, u"0"_s);
        }
    }
    const auto writeIp = [&xml](bool ipv6, const QString &cidr, const QString &gateway, bool dhcp,
                                const QString &start, const QString &end) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(cidr);
        xml.writeStartElement(u"ip"_s);
        if (ipv6)
            xml.writeAttribute(u"family"_s, u"ipv6"_s);
        xml.writeAttribute(u"address"_s, gateway);
        xml.writeAttribute(u"prefix"_s, QString::number(subnet.second));
        if (dhcp) {
            xml.writeStartElement(u"dhcp"_s);
            xml.writeEmptyElement(u"range"_s);
            xml.writeAttribute(u"start"_s, start);
            xml.writeAttribute(u"end"_s, end);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    if (form.forwardMode != NetworkForwardMode::Bridge) {
        if (form.ipv4)
            writeIp(false, form.ipv4Cidr, form.ipv4Gateway, form.dhcp, form.dhcpStart, form.dhcpEnd);
        if (form.ipv6)
            writeIp(true, form.ipv6Cidr, form.ipv6Gateway, form.dhcp6, form.dhcp6Start, form.dhcp6End);
    }
    xml.writeEndElement();
    return out;
}

bool NetworkXml::read(const QString &text, NetworkInfo &info)
{
    QXmlStreamReader xml(text);
    info.forwardMode = NetworkForwardMode::Isolated;
    info.forwardModeName.clear();
    info.forwardDevice.clear();
    info.bridge.clear();
    info.ips.clear();
    if (!xml.readNextStartElement() || xml.name() != u"network"_s)
        return false;
    while (xml.readNextStartElement()) {
        const auto attributes = xml.attributes();
        if (xml.name() == u"forward"_s) {
            info.forwardModeName = attributes.value(u"mode"_s).toString();
            if (info.forwardModeName.isEmpty())
                info.forwardModeName = u"nat"_s; // libvirt's default when <forward/> has no mode
            info.forwardMode = modeFromName(info.forwardModeName);
            info.forwardDevice = attributes.value(u"dev"_s).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == u"bridge"_s) {
            info.bridge = attributes.value(u"name"_s).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == u"ip"_s) {
            NetworkIpConfig ip;
            ip.ipv6 = attributes.value(u"family"_s) == u"ipv6"_s;
            ip.address = attributes.value(u"address"_s).toString();
            if (attributes.hasAttribute(u"prefix"_s)) {
                ip.prefix = attributes.value(u"prefix"_s).toInt();
            } else if (attributes.hasAttribute(u"netmask"_s)) {
                const quint32 mask = QHostAddress(attributes.value(u"netmask"_s).toString()).toIPv4Address();
                ip.prefix = std::popcount(mask);
            } else {
                ip.prefix = ip.ipv6 ? 64 : 24;
            }
            if (QHostAddress(ip.address).protocol() == QAbstractSocket::IPv6Protocol)
                ip.ipv6 = true;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"dhcp"_s) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"range"_s)
                            ip.dhcpRanges.append({xml.attributes().value(u"start"_s).toString(),
                                                  xml.attributes().value(u"end"_s).toString()});
                        xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            info.ips.append(ip);
        } else {
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError();
}

} // namespace VirtDeck
