// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostbridgeservice.h"

#include "connectionsession.h"
#include "guestnicreader.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "libvirturi.h"
#include "sysfsbridgereader.h"

#include <libvirt/virterror.h>

#include <QHash>
#include <QPromise>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {


// <interface type='bridge' name='br0'><mac address=…/><bridge><interface name='eth0'/>…
bool readBridgeXml(const QString &text, HostBridgeInfo &bridge)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"interface"_s)
        return false;
    if (xml.attributes().value(u"type"_s) != u"bridge"_s)
        return false;
    bridge.name = xml.attributes().value(u"name"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"mac"_s) {
            bridge.mac = xml.attributes().value(u"address"_s).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == u"bridge"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"interface"_s)
                    bridge.ports.append(xml.attributes().value(u"name"_s).toString());
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return !bridge.name.isEmpty();
}

// qemu:///system, lxc:///… without a host part: the daemon runs on this machine.
bool isLocalHypervisor(const QString &uri)
{
    const QUrl url(uri);
    return url.host().isEmpty() && !url.scheme().startsWith(u"test"_s);
}

} // namespace

HostBridgeService::HostBridgeService(ConnectionSession *session)
    : m_session(session)
{
}

QFuture<Result<HostBridgeInfoList>> HostBridgeService::list() const
{
    if (!m_session) {
        QPromise<Result<HostBridgeInfoList>> promise;
        promise.start();
        promise.addResult(Result<HostBridgeInfoList>::failure(tr("The connection is gone.")));
        promise.finish();
        return promise.future();
    }
    const bool local = isLocalHypervisor(m_session->uri());
    const QString sysfsRoot = m_sysfsRoot;
    return m_session->withConnection<HostBridgeInfoList>([local, sysfsRoot](virConnectPtr connection)
                                                             -> Result<HostBridgeInfoList> {
        HostBridgeInfoList bridges;
        virInterfacePtr *rawInterfaces = nullptr;
        const int interfaceCount = virConnectListAllInterfaces(connection, &rawInterfaces, 0);
        for (const InterfaceHandle &iface : adoptHandleArray<InterfaceHandle>(rawInterfaces, interfaceCount)) {
            const CString xml(virInterfaceGetXMLDesc(iface.get(), 0));
            HostBridgeInfo bridge;
            if (xml && readBridgeXml(QString::fromUtf8(xml.get()), bridge)) {
                bridge.active = virInterfaceIsActive(iface.get()) == 1;
                if (bridge.mac.isEmpty())
                    bridge.mac = QString::fromUtf8(virInterfaceGetMACString(iface.get()));
                bridge.origin = u"libvirt"_s;
                bridges.append(bridge);
            }
        }
        if (interfaceCount < 0)
            virResetLastError(); // no interface driver: not an error for this view
        if (bridges.isEmpty() && local)
            bridges = SysfsBridgeReader::read(sysfsRoot);

        QHash<QString, int> rowOfBridge;
        for (int i = 0; i < bridges.size(); ++i)
            rowOfBridge.insert(bridges.at(i).name, i);

        // Virtual networks: which bridge each owns (for network NICs), and their bridges
        // even when the host list above does not show them (test driver, remote hosts).
        QHash<QString, QString> bridgeOfNetwork;
        virNetworkPtr *rawNetworks = nullptr;
        const int networkCount = virConnectListAllNetworks(connection, &rawNetworks, 0);
        for (const NetworkHandle &network : adoptHandleArray<NetworkHandle>(rawNetworks, networkCount)) {
            const QString name = QString::fromUtf8(virNetworkGetName(network.get()));
            const CString bridgeName(virNetworkGetBridgeName(network.get()));
            if (!bridgeName) {
                virResetLastError(); // networks in bridge mode without a bridge of their own
                continue;
            }
            const QString bridge = QString::fromUtf8(bridgeName.get());
            const bool networkActive = virNetworkIsActive(network.get()) == 1;
            bridgeOfNetwork.insert(name, bridge);
            auto it = rowOfBridge.constFind(bridge);
            if (it == rowOfBridge.cend()) {
                HostBridgeInfo info;
                info.name = bridge;
                info.origin = u"network"_s;
                rowOfBridge.insert(bridge, int(bridges.size()));
                bridges.append(info);
                it = rowOfBridge.constFind(bridge);
            }
            bridges[*it].network = name;
            // libvirt's udev backend calls a bridge without carrier (no guest yet) inactive;
            // the network that owns it knows it is up.
            bridges[*it].active = bridges[*it].active || networkActive;
        }

        virDomainPtr *rawDomains = nullptr;
        const int domainCount = virConnectListAllDomains(connection, &rawDomains, 0);
        if (domainCount < 0)
            return Result<HostBridgeInfoList>::failure(tr("Cannot list guests: %1").arg(lastLibvirtError()));
        for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(rawDomains, domainCount)) {
            const CString xml(virDomainGetXMLDesc(domain.get(), 0));
            if (!xml)
                continue;
            const QString text = QString::fromUtf8(xml.get());
            const QString guest = QString::fromUtf8(virDomainGetName(domain.get()));
            for (const GuestNicInfo &nic : GuestNicReader::read(guest, text)) {
                QString bridge;
                if (nic.type == u"bridge"_s)
                    bridge = nic.source;
                else if (nic.type == u"network"_s) {
                    bridge = GuestNicReader::liveBridge(text, nic.mac);
                    if (bridge.isEmpty())
                        bridge = bridgeOfNetwork.value(nic.source);
                }
                const auto it = rowOfBridge.constFind(bridge);
                if (bridge.isEmpty() || it == rowOfBridge.cend())
                    continue;
                bridges[*it].guestNics.append(nic);
            }
        }
        std::sort(bridges.begin(), bridges.end(),
                  [](const HostBridgeInfo &a, const HostBridgeInfo &b) { return a.name < b.name; });
        return {bridges, {}};
    });
}

} // namespace VirtDeck
