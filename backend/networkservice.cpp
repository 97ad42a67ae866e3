// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkservice.h"

#include "connectionsession.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "networkxml.h"

#include <QPromise>

#include <algorithm>
#include <memory>
#include <optional>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<NetworkInfo> readNetwork(virNetworkPtr network)
{
    NetworkInfo info;
    info.name = QString::fromUtf8(virNetworkGetName(network));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virNetworkGetUUIDString(network, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    info.active = virNetworkIsActive(network) == 1;
    info.persistent = virNetworkIsPersistent(network) == 1;
    int autostart = 0;
    if (virNetworkGetAutostart(network, &autostart) == 0)
        info.autostart = autostart != 0;
    const CString xml(virNetworkGetXMLDesc(network, 0));
    if (!xml)
        return std::nullopt;
    NetworkXml::read(QString::fromUtf8(xml.get()), info);
    return info;
}


} // namespace

NetworkService::NetworkService(ConnectionSession *session)
    : m_session(session)
{
}

template<typename T, typename Fn>
QFuture<Result<T>> NetworkService::onNetwork(const QString &name, Fn fn) const
{
    if (!m_session)
        return failedFuture<T>(tr("The connection is gone."));
    return m_session->withConnection<T>([name, fn](virConnectPtr connection) -> Result<T> {
        const NetworkHandle network(virNetworkLookupByName(connection, name.toUtf8().constData()));
        if (!network)
            return Result<T>::failure(tr("Network \"%1\": %2").arg(name, lastLibvirtError()));
        return fn(network.get());
    });
}

QFuture<Result<NetworkInfoList>> NetworkService::list() const
{
    if (!m_session)
        return failedFuture<NetworkInfoList>(tr("The connection is gone."));
    return m_session->withConnection<NetworkInfoList>([](virConnectPtr connection) -> Result<NetworkInfoList> {
        virNetworkPtr *raw = nullptr;
        const int count = virConnectListAllNetworks(connection, &raw, 0);
        if (count < 0)
            return Result<NetworkInfoList>::failure(tr("Cannot list networks: %1").arg(lastLibvirtError()));
        const auto networks = adoptHandleArray<NetworkHandle>(raw, count);
        NetworkInfoList out;
        out.reserve(count);
        for (const NetworkHandle &network : networks) {
            // A network removed between the list and the XML read is simply left out.
            if (std::optional<NetworkInfo> info = readNetwork(network.get()))
                out.append(*info);
        }
        std::sort(out.begin(), out.end(), [](const NetworkInfo &a, const NetworkInfo &b) { return a.name < b.name; });
        return {out, {}};
    });
}

QFuture<Result<NetworkInfo>> NetworkService::create(const NetworkForm &form) const
{
    if (!m_session)
        return failedFuture<NetworkInfo>(tr("The connection is gone."));
    const QString xml = NetworkXml::fromForm(form);
    const bool startNow = form.startNow;
    const bool autostart = form.autostart;
    const QString name = form.name;
    return m_session->withConnection<NetworkInfo>([xml, startNow, autostart, name](virConnectPtr connection)
                                                      -> Result<NetworkInfo> {
        const NetworkHandle network(virNetworkDefineXML(connection, xml.toUtf8().constData()));
        if (!network)
            return Result<NetworkInfo>::failure(tr("Cannot define network \"%1\": %2").arg(name, lastLibvirtError()));
        if (autostart && virNetworkSetAutostart(network.get(), 1) < 0)
            return Result<NetworkInfo>::failure(
                tr("Network \"%1\" was defined but autostart could not be set: %2").arg(name, lastLibvirtError()));
        if (startNow && virNetworkCreate(network.get()) < 0)
            return Result<NetworkInfo>::failure(
                tr("Network \"%1\" was defined but did not start: %2").arg(name, lastLibvirtError()));
        std::optional<NetworkInfo> info = readNetwork(network.get());
        if (!info)
            return Result<NetworkInfo>::failure(lastLibvirtError());
        return {*info, {}};
    });
}

QFuture<Result<NetworkInfo>> NetworkService::defineXml(const QString &xml) const
{
    if (!m_session)
        return failedFuture<NetworkInfo>(tr("The connection is gone."));
    return m_session->withConnection<NetworkInfo>([xml](virConnectPtr connection) -> Result<NetworkInfo> {
        const NetworkHandle network(virNetworkDefineXML(connection, xml.toUtf8().constData()));
        if (!network)
            return Result<NetworkInfo>::failure(tr("Cannot define the network: %1").arg(lastLibvirtError()));
        std::optional<NetworkInfo> info = readNetwork(network.get());
        if (!info)
            return Result<NetworkInfo>::failure(lastLibvirtError());
        return {*info, {}};
    });
}

QFuture<Result<bool>> NetworkService::start(const QString &name) const
{
    return onNetwork<bool>(name, [name](virNetworkPtr network) -> Result<bool> {
        if (virNetworkCreate(network) < 0)
            return Result<bool>::failure(tr("Cannot start network \"%1\": %2").arg(name, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<bool>> NetworkService::stop(const QString &name) const
{
    return onNetwork<bool>(name, [name](virNetworkPtr network) -> Result<bool> {
        if (virNetworkDestroy(network) < 0)
            return Result<bool>::failure(tr("Cannot stop network \"%1\": %2").arg(name, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<bool>> NetworkService::remove(const QString &name) const
{
    return onNetwork<bool>(name, [name](virNetworkPtr network) -> Result<bool> {
        if (virNetworkIsActive(network) == 1 && virNetworkDestroy(network) < 0)
            return Result<bool>::failure(tr("Cannot stop network \"%1\": %2").arg(name, lastLibvirtError()));
        // A transient network is gone once stopped.
        if (virNetworkIsPersistent(network) == 1 && virNetworkUndefine(network) < 0)
            return Result<bool>::failure(tr("Cannot delete network \"%1\": %2").arg(name, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<bool>> NetworkService::setAutostart(const QString &name, bool autostart) const
{
    return onNetwork<bool>(name, [name, autostart](virNetworkPtr network) -> Result<bool> {
        if (virNetworkSetAutostart(network, autostart ? 1 : 0) < 0)
            return Result<bool>::failure(
                tr("Cannot change autostart of network \"%1\": %2").arg(name, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<QString>> NetworkService::xml(const QString &name, bool inactive) const
{
    return onNetwork<QString>(name, [name, inactive](virNetworkPtr network) -> Result<QString> {
        const CString xml(virNetworkGetXMLDesc(network, inactive ? VIR_NETWORK_XML_INACTIVE : 0));
        if (!xml)
            return Result<QString>::failure(tr("Cannot read network \"%1\": %2").arg(name, lastLibvirtError()));
        return {QString::fromUtf8(xml.get()), {}};
    });
}

QFuture<Result<NetworkDhcpLeaseList>> NetworkService::dhcpLeases(const QString &name) const
{
    return onNetwork<NetworkDhcpLeaseList>(name, [name](virNetworkPtr network) -> Result<NetworkDhcpLeaseList> {
        virNetworkDHCPLeasePtr *leases = nullptr;
        const int count = virNetworkGetDHCPLeases(network, nullptr, &leases, 0);
        if (count < 0)
            return Result<NetworkDhcpLeaseList>::failure(
                tr("Cannot read the DHCP leases of \"%1\": %2").arg(name, lastLibvirtError()));
        NetworkDhcpLeaseList out;
        for (const DhcpLeaseHandle &lease : adoptHandleArray<DhcpLeaseHandle>(leases, count)) {
            out.append(NetworkDhcpLease{QString::fromUtf8(lease->ipaddr), int(lease->prefix),
                                        QString::fromUtf8(lease->mac), QString::fromUtf8(lease->hostname),
                                        QString::fromUtf8(lease->clientid), qint64(lease->expirytime)});
        }
        return {out, {}};
    });
}

} // namespace VirtDeck
