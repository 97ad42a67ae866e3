// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainhardwareservice.h"

#include "backendlogging.h"
#include "connectionsession.h"
#include "domainhardwarexml.h"
#include "hardwarevalidator.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "snapshotxml.h"
#include "storagexml.h"

#include <libvirt/virterror.h>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Everything below runs on the connection's worker thread.

DomainHandle lookup(virConnectPtr connection, const QUuid &uuid)
{
    const QByteArray raw = uuid.toRfc4122();
    return DomainHandle(virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(raw.constData())));
}

unsigned int affectFlags(ApplyScope scope)
{
    unsigned int flags = 0;
    if (affectsLive(scope))
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (affectsConfig(scope))
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    return flags;
}

QString joined(const FormProblems &problems)
{
    QStringList lines;
    for (const FormProblem &problem : problems)
        lines.append(problem.message);
    return lines.join(u'\n');
}

// One guest's XML (live and stored) and the listing made from it.
struct GuestState
{
    HardwareListing listing;
    QString liveXml;
    QString configXml;
    QString error;
};

QString xmlOf(virDomainPtr domain, unsigned int flags, QString *error)
{
    CString xml(virDomainGetXMLDesc(domain, flags));
    if (!xml && (flags & VIR_DOMAIN_XML_SECURE)) {
        // A read-only connection may not see secure data: the page then only cannot tell
        // whether a graphics password is set.
        virResetLastError();
        xml.reset(virDomainGetXMLDesc(domain, flags & ~unsigned(VIR_DOMAIN_XML_SECURE)));
    }
    if (!xml) {
        *error = lastLibvirtError();
        return {};
    }
    return QString::fromUtf8(xml.get());
}

GuestState readGuest(virConnectPtr connection, virDomainPtr domain)
{
    GuestState guest;
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) != 0) {
        guest.error = lastLibvirtError();
        return guest;
    }
    guest.listing.state = DomainState(quint8(state));
    guest.listing.persistent = virDomainIsPersistent(domain) == 1;
    virNodeInfo node{};
    if (virNodeGetInfo(connection, &node) == 0)
        guest.listing.hostCpus = int(node.cpus);
    // Secure: without it libvirt leaves out graphics passwords, and the page could not say
    // whether one is set. Only that fact leaves this thread (DomainHardwareXml::read).
    guest.liveXml = xmlOf(domain, VIR_DOMAIN_XML_SECURE, &guest.error);
    if (!guest.error.isEmpty())
        return guest;
    guest.configXml = guest.listing.persistent ? xmlOf(domain, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE, &guest.error)
                                               : guest.liveXml;
    if (!guest.error.isEmpty())
        return guest;
    Result<DomainHardware> live = DomainHardwareXml::read(guest.liveXml);
    Result<DomainHardware> config = DomainHardwareXml::read(guest.configXml);
    if (!live.ok() || !config.ok()) {
        guest.error = live.ok() ? config.error : live.error;
        return guest;
    }
    guest.listing.live = live.value;
    guest.listing.config = config.value;
    if (guest.listing.active())
        DomainHardwareXml::markPresence(guest.listing.live, guest.listing.config);
    return guest;
}

QStringList usedTargets(const HardwareListing &listing)
{
    QStringList out;
    for (const DiskDevice &disk : listing.live.disks)
        out.append(disk.target);
    for (const DiskDevice &disk : listing.config.disks) {
        if (!out.contains(disk.target))
            out.append(disk.target);
    }
    return out;
}

QStringList usedMacs(const HardwareListing &listing)
{
    QStringList out;
    for (const NicDevice &nic : listing.live.nics)
        out.append(nic.mac);
    for (const NicDevice &nic : listing.config.nics)
        out.append(nic.mac);
    return out;
}

// Detaches one device from the live guest and/or the definition. element(xml) finds it in
// either document: their XML differs (aliases, addresses), so each side gets its own.
template<typename Element, typename Present>
Result<DetachOutcome> detach(virConnectPtr connection, virDomainPtr domain, ApplyScope scope, const QString &what,
                             Element element, Present presentLive)
{
    using R = Result<DetachOutcome>;
    GuestState guest = readGuest(connection, domain);
    if (!guest.error.isEmpty())
        return R::failure(guest.error);
    const QString scopeProblem = HardwareValidator::scopeProblem(scope, guest.listing.active(), guest.listing.persistent);
    if (!scopeProblem.isEmpty())
        return R::failure(scopeProblem);
    const QString live = affectsLive(scope) ? element(guest.liveXml) : QString();
    const QString config = affectsConfig(scope) && guest.listing.persistent ? element(guest.configXml) : QString();
    if (live.isEmpty() && config.isEmpty())
        return R::failure(DomainHardwareService::tr("%1 is not there any more.").arg(what));
    DetachOutcome outcome = DetachOutcome::Removed;
    if (!config.isEmpty()) {
        if (virDomainDetachDeviceFlags(domain, config.toUtf8().constData(), VIR_DOMAIN_AFFECT_CONFIG) != 0)
            return R::failure(DomainHardwareService::tr("Cannot remove %1 from the definition: %2").arg(what, lastLibvirtError()));
    }
    if (!live.isEmpty()) {
        // libvirt waits a few seconds for the guest to release a PCI device, then returns
        // success even when the guest never answered: look at the live XML to know.
        if (virDomainDetachDeviceFlags(domain, live.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE) != 0) {
            const QString error = lastLibvirtError();
            return R::failure(config.isEmpty()
                                  ? DomainHardwareService::tr("Cannot unplug %1: %2").arg(what, error)
                                  : DomainHardwareService::tr("%1 was removed from the definition, but cannot be "
                                                              "unplugged now: %2").arg(what, error));
        }
        QString error;
        const QString after = xmlOf(domain, 0, &error);
        if (error.isEmpty() && presentLive(after))
            outcome = DetachOutcome::RequestedFromGuest;
    }
    return R{outcome, {}};
}

// The same update for the live guest and/or the definition, each from its own element.
template<typename Element, typename Change>
Result<bool> update(virConnectPtr connection, virDomainPtr domain, ApplyScope scope, const QString &what,
                    Element element, Change change, unsigned int extraFlags)
{
    using R = Result<bool>;
    GuestState guest = readGuest(connection, domain);
    if (!guest.error.isEmpty())
        return R::failure(guest.error);
    const QString scopeProblem = HardwareValidator::scopeProblem(scope, guest.listing.active(), guest.listing.persistent);
    if (!scopeProblem.isEmpty())
        return R::failure(scopeProblem);
    const auto apply = [&](const QString &xml, unsigned int flags) -> QString {
        const QString current = element(xml);
        if (current.isEmpty())
            return DomainHardwareService::tr("%1 is not there any more.").arg(what);
        const Result<QString> changed = change(current);
        if (!changed.ok())
            return changed.error;
        if (virDomainUpdateDeviceFlags(domain, changed.value.toUtf8().constData(), flags | extraFlags) != 0)
            return lastLibvirtError();
        return {};
    };
    if (affectsLive(scope)) {
        const QString error = apply(guest.liveXml, VIR_DOMAIN_AFFECT_LIVE);
        if (!error.isEmpty())
            return R::failure(error);
    }
    if (affectsConfig(scope)) {
        const QString error = apply(guest.configXml, VIR_DOMAIN_AFFECT_CONFIG);
        if (!error.isEmpty())
            return R::failure(affectsLive(scope) ? DomainHardwareService::tr("The running guest has the change, but "
                                                                             "the definition does not: %1").arg(error)
                                                 : error);
    }
    return R{true, {}};
}

// Reads the stored definition (passwords included, so a redefine keeps them), lets edit
// change it, and defines the result.
template<typename Edit>
Result<bool> redefine(virConnectPtr connection, virDomainPtr domain, Edit edit)
{
    using R = Result<bool>;
    if (virDomainIsPersistent(domain) != 1)
        return R::failure(DomainHardwareService::tr("This guest is transient (it has no stored definition) and "
                                                    "cannot be changed for its next boot."));
    QString error;
    const QString xml = xmlOf(domain, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const Result<QString> changed = edit(xml);
    if (!changed.ok())
        return R::failure(changed.error);
    const DomainHandle defined(virDomainDefineXML(connection, changed.value.toUtf8().constData()));
    if (!defined)
        return R::failure(lastLibvirtError());
    return R{true, {}};
}

QString guessFormat(const QString &path)
{
    return path.endsWith(u".qcow2"_s, Qt::CaseInsensitive) || path.endsWith(u".qcow"_s, Qt::CaseInsensitive)
               ? u"qcow2"_s
               : u"raw"_s;
}

} // namespace

DomainHardwareService::DomainHardwareService(ConnectionSession *session)
    : m_session(session)
{
}

template<typename T, typename Fn>
QFuture<Result<T>> DomainHardwareService::onGuest(const QUuid &guest, Fn fn) const
{
    if (!m_session)
        return failedFuture<T>(tr("The connection is gone."));
    return m_session->withConnection<T>([guest, fn](virConnectPtr connection) -> Result<T> {
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return Result<T>::failure(tr("The guest no longer exists: %1").arg(lastLibvirtError()));
        return fn(connection, domain.get());
    });
}

QFuture<Result<HardwareListing>> DomainHardwareService::load(const QUuid &guest) const
{
    return onGuest<HardwareListing>(guest, [](virConnectPtr connection, virDomainPtr domain) -> Result<HardwareListing> {
        GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return Result<HardwareListing>::failure(state.error);
        return {state.listing, {}};
    });
}

QFuture<Result<bool>> DomainHardwareService::setVcpus(const QUuid &guest, const VcpuChange &change) const
{
    return onGuest<bool>(guest, [change](virConnectPtr connection, virDomainPtr domain) -> Result<bool> {
        using R = Result<bool>;
        const GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return R::failure(state.error);
        const HardwareListing &listing = state.listing;
        const FormProblems problems = HardwareValidator::validateVcpus(change, listing);
        if (!problems.isEmpty())
            return R::failure(joined(problems));
        const bool config = affectsConfig(change.scope);
        const int oldMaximum = listing.config.cpu.maximum;
        const auto setConfigCurrent = [&]() {
            return virDomainSetVcpusFlags(domain, unsigned(change.current), VIR_DOMAIN_AFFECT_CONFIG) == 0;
        };
        const auto setMaximum = [&]() {
            return virDomainSetVcpusFlags(domain, unsigned(change.maximum),
                                          unsigned(VIR_DOMAIN_AFFECT_CONFIG) | unsigned(VIR_DOMAIN_VCPU_MAXIMUM)) == 0;
        };
        // A lower maximum first needs a current count that fits under it, a higher one the reverse.
        if (config && change.maximum < oldMaximum) {
            if (!setConfigCurrent() || !setMaximum())
                return R::failure(tr("Cannot change the vCPUs of the definition: %1").arg(lastLibvirtError()));
        } else if (config) {
            if ((change.maximum != oldMaximum && !setMaximum()) || !setConfigCurrent())
                return R::failure(tr("Cannot change the vCPUs of the definition: %1").arg(lastLibvirtError()));
        }
        if (affectsLive(change.scope) && change.current != listing.live.cpu.current) {
            if (virDomainSetVcpusFlags(domain, unsigned(change.current), VIR_DOMAIN_AFFECT_LIVE) != 0)
                return R::failure(config ? tr("The definition was changed, but the running guest cannot get %1 vCPUs "
                                              "now: %2").arg(change.current).arg(lastLibvirtError())
                                         : tr("Cannot set %1 vCPUs now: %2").arg(change.current).arg(lastLibvirtError()));
        }
        return R{true, {}};
    });
}

QFuture<Result<bool>> DomainHardwareService::setMemory(const QUuid &guest, const MemoryChange &change) const
{
    return onGuest<bool>(guest, [change](virConnectPtr connection, virDomainPtr domain) -> Result<bool> {
        using R = Result<bool>;
        const GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return R::failure(state.error);
        const HardwareListing &listing = state.listing;
        const FormProblems problems = HardwareValidator::validateMemory(change, listing);
        if (!problems.isEmpty())
            return R::failure(joined(problems));
        const bool config = affectsConfig(change.scope);
        const quint64 oldMaximum = listing.config.memory.maximumKiB;
        const auto setConfigCurrent = [&]() {
            return virDomainSetMemoryFlags(domain, change.currentKiB, VIR_DOMAIN_AFFECT_CONFIG) == 0;
        };
        const auto setMaximum = [&]() {
            return virDomainSetMemoryFlags(domain, change.maximumKiB, unsigned(VIR_DOMAIN_AFFECT_CONFIG) | unsigned(VIR_DOMAIN_MEM_MAXIMUM)) == 0;
        };
        if (config && change.maximumKiB < oldMaximum) {
            if (!setConfigCurrent() || !setMaximum())
                return R::failure(tr("Cannot change the memory of the definition: %1").arg(lastLibvirtError()));
        } else if (config) {
            if ((change.maximumKiB != oldMaximum && !setMaximum()) || !setConfigCurrent())
                return R::failure(tr("Cannot change the memory of the definition: %1").arg(lastLibvirtError()));
        }
        if (affectsLive(change.scope) && change.currentKiB != listing.live.memory.currentKiB) {
            if (virDomainSetMemoryFlags(domain, change.currentKiB, VIR_DOMAIN_AFFECT_LIVE) != 0)
                return R::failure(config ? tr("The definition was changed, but the running guest's memory cannot "
                                              "change now: %1").arg(lastLibvirtError())
                                         : tr("Cannot change the memory now: %1").arg(lastLibvirtError()));
        }
        return R{true, {}};
    });
}

QFuture<Result<DiskDevice>> DomainHardwareService::attachDisk(const QUuid &guest, const NewDiskRequest &request,
                                                              ApplyScope scope) const
{
    return onGuest<DiskDevice>(guest, [request, scope](virConnectPtr connection, virDomainPtr domain) -> Result<DiskDevice> {
        using R = Result<DiskDevice>;
        const GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return R::failure(state.error);
        const QString scopeProblem = HardwareValidator::scopeProblem(scope, state.listing.active(), state.listing.persistent);
        if (!scopeProblem.isEmpty())
            return R::failure(scopeProblem);
        NewDiskRequest req = request;
        const QStringList targets = usedTargets(state.listing);
        if (req.disk.target.isEmpty())
            req.disk.target = HardwareValidator::nextFreeTarget(req.disk.bus, targets);

        // Form problems first (size 0, target clash…), before any pool is looked at.
        const FormProblems formProblems = HardwareValidator::validateNewDisk(req, targets, ~quint64(0), {});
        if (!formProblems.isEmpty())
            return R::failure(joined(formProblems));

        StoragePoolHandle pool;
        quint64 available = 0;
        QStringList existingVolumes;
        if (req.createVolume) {
            pool.reset(virStoragePoolLookupByName(connection, req.pool.toUtf8().constData()));
            if (!pool)
                return R::failure(tr("Pool \"%1\": %2").arg(req.pool, lastLibvirtError()));
            virStoragePoolInfo info{};
            if (virStoragePoolGetInfo(pool.get(), &info) != 0)
                return R::failure(lastLibvirtError());
            if (info.state != VIR_STORAGE_POOL_RUNNING)
                return R::failure(tr("Pool \"%1\" is not active: start it first.").arg(req.pool));
            available = info.available;
            if (StorageVolHandle(virStorageVolLookupByName(pool.get(), req.volumeName.toUtf8().constData())))
                existingVolumes.append(req.volumeName);
            virResetLastError();
        }
        const FormProblems problems = HardwareValidator::validateNewDisk(req, targets, available, existingVolumes);
        if (!problems.isEmpty())
            return R::failure(joined(problems));

        StorageVolHandle created;
        if (req.createVolume) {
            StorageVolumeForm form;
            form.name = req.volumeName;
            form.format = req.volumeFormat;
            form.capacity = req.capacityBytes;
            created.reset(virStorageVolCreateXML(pool.get(), StorageXml::volumeFromForm(form).toUtf8().constData(), 0));
            if (!created)
                return R::failure(tr("Cannot create volume \"%1\" in pool \"%2\": %3").arg(req.volumeName, req.pool, lastLibvirtError()));
            const CString path(virStorageVolGetPath(created.get()));
            virStorageVolInfo info{};
            virStorageVolGetInfo(created.get(), &info);
            req.disk.type = info.type == VIR_STORAGE_VOL_BLOCK ? u"block"_s : u"file"_s;
            req.disk.source = path ? QString::fromUtf8(path.get()) : QString();
            req.disk.driverType = req.volumeFormat;
        } else if (!req.disk.source.isEmpty()) {
            req.disk.type = req.disk.source.startsWith(u"/dev/"_s) ? u"block"_s : u"file"_s;
            if (req.disk.driverType.isEmpty()) {
                // A volume of a pool knows its format; a plain file is guessed from its name.
                if (const StorageVolHandle volume{virStorageVolLookupByPath(connection, req.disk.source.toUtf8().constData())}) {
                    StorageVolumeInfo info;
                    if (const CString xml{virStorageVolGetXMLDesc(volume.get(), 0)})
                        StorageXml::readVolume(QString::fromUtf8(xml.get()), info);
                    req.disk.driverType = info.format.isEmpty() || info.format == u"iso"_s ? u"raw"_s : info.format;
                } else {
                    req.disk.driverType = req.disk.device == u"cdrom" ? u"raw"_s : guessFormat(req.disk.source);
                }
                virResetLastError();
            }
        }
        const QString xml = DomainHardwareXml::diskXml(req.disk);
        if (virDomainAttachDeviceFlags(domain, xml.toUtf8().constData(), affectFlags(scope)) != 0) {
            QString error = lastLibvirtError();
            if (created) {
                if (virStorageVolDelete(created.get(), 0) == 0)
                    error = tr("%1 (the new volume \"%2\" was deleted again)").arg(error, req.volumeName);
                else
                    error = tr("%1 (the new volume \"%2\" stays in pool \"%3\")").arg(error, req.volumeName, req.pool);
            }
            return R::failure(tr("Cannot attach disk %1: %2").arg(req.disk.target, error));
        }
        qCInfo(lcLibvirt) << "hardware: attached disk" << req.disk.target << req.disk.source;
        return R{req.disk, {}};
    });
}

QFuture<Result<DetachOutcome>> DomainHardwareService::detachDisk(const QUuid &guest, const QString &target, ApplyScope scope) const
{
    return onGuest<DetachOutcome>(guest, [target, scope](virConnectPtr connection, virDomainPtr domain) {
        return detach(
            connection, domain, scope, tr("Disk %1").arg(target),
            [&target](const QString &xml) { return DomainHardwareXml::diskElement(xml, target); },
            [&target](const QString &xml) { return !DomainHardwareXml::diskElement(xml, target).isEmpty(); });
    });
}

QFuture<Result<bool>> DomainHardwareService::changeMedia(const QUuid &guest, const QString &target, const QString &path,
                                                         ApplyScope scope) const
{
    return onGuest<bool>(guest, [target, path, scope](virConnectPtr connection, virDomainPtr domain) {
        // Forced: a guest that locked the tray would otherwise keep the old media.
        return update(
            connection, domain, scope, tr("Drive %1").arg(target),
            [&target](const QString &xml) { return DomainHardwareXml::diskElement(xml, target); },
            [&path](const QString &element) { return DomainHardwareXml::withMedia(element, path); },
            VIR_DOMAIN_DEVICE_MODIFY_FORCE);
    });
}

QFuture<Result<bool>> DomainHardwareService::setDiskOptions(const QUuid &guest, const QString &target, const QString &cache,
                                                            bool readOnly) const
{
    return onGuest<bool>(guest, [target, cache, readOnly](virConnectPtr connection, virDomainPtr domain) {
        return redefine(connection, domain, [&](const QString &xml) {
            return DomainHardwareXml::withDiskOptions(xml, target, cache, readOnly);
        });
    });
}

QFuture<Result<NicDevice>> DomainHardwareService::attachNic(const QUuid &guest, const NicDevice &nic, ApplyScope scope) const
{
    return onGuest<NicDevice>(guest, [nic, scope](virConnectPtr connection, virDomainPtr domain) -> Result<NicDevice> {
        using R = Result<NicDevice>;
        const GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return R::failure(state.error);
        const QString scopeProblem = HardwareValidator::scopeProblem(scope, state.listing.active(), state.listing.persistent);
        if (!scopeProblem.isEmpty())
            return R::failure(scopeProblem);
        const QStringList macs = usedMacs(state.listing);
        NicDevice device = nic;
        device.source = device.source.trimmed();
        device.mac = device.mac.trimmed().toLower();
        const FormProblems problems = HardwareValidator::validateNic(device, macs);
        if (!problems.isEmpty())
            return R::failure(joined(problems));
        if (device.mac.isEmpty())
            device.mac = HardwareValidator::generateMac(macs);
        const QString xml = DomainHardwareXml::nicXml(device);
        if (virDomainAttachDeviceFlags(domain, xml.toUtf8().constData(), affectFlags(scope)) != 0)
            return R::failure(tr("Cannot attach the network card: %1").arg(lastLibvirtError()));
        qCInfo(lcLibvirt) << "hardware: attached NIC" << device.mac << device.type << device.source;
        return R{device, {}};
    });
}

QFuture<Result<DetachOutcome>> DomainHardwareService::detachNic(const QUuid &guest, const QString &mac, ApplyScope scope) const
{
    return onGuest<DetachOutcome>(guest, [mac, scope](virConnectPtr connection, virDomainPtr domain) {
        return detach(
            connection, domain, scope, tr("Network card %1").arg(mac),
            [&mac](const QString &xml) { return DomainHardwareXml::nicElement(xml, mac); },
            [&mac](const QString &xml) { return !DomainHardwareXml::nicElement(xml, mac).isEmpty(); });
    });
}

QFuture<Result<bool>> DomainHardwareService::setLinkState(const QUuid &guest, const QString &mac, bool up, ApplyScope scope) const
{
    return onGuest<bool>(guest, [mac, up, scope](virConnectPtr connection, virDomainPtr domain) {
        return update(
            connection, domain, scope, tr("Network card %1").arg(mac),
            [&mac](const QString &xml) { return DomainHardwareXml::nicElement(xml, mac); },
            [up](const QString &element) { return DomainHardwareXml::withLinkState(element, up); }, 0);
    });
}

QFuture<Result<bool>> DomainHardwareService::setBoot(const QUuid &guest, const BootConfig &boot) const
{
    return onGuest<bool>(guest, [boot](virConnectPtr connection, virDomainPtr domain) {
        return redefine(connection, domain, [&boot](const QString &xml) { return DomainHardwareXml::withBoot(xml, boot); });
    });
}

QFuture<Result<bool>> DomainHardwareService::setGraphics(const QUuid &guest, const GraphicsChange &change) const
{
    const FormProblems problems = HardwareValidator::validateGraphics(change);
    if (!problems.isEmpty())
        return failedFuture<bool>(joined(problems));
    return onGuest<bool>(guest, [change](virConnectPtr connection, virDomainPtr domain) {
        return redefine(connection, domain, [&change](const QString &xml) { return DomainHardwareXml::withGraphics(xml, change); });
    });
}

QFuture<Result<bool>> DomainHardwareService::setVideo(const QUuid &guest, int index, const VideoDevice &video) const
{
    return onGuest<bool>(guest, [index, video](virConnectPtr connection, virDomainPtr domain) {
        return redefine(connection, domain, [&](const QString &xml) { return DomainHardwareXml::withVideo(xml, index, video); });
    });
}

QFuture<Result<GuestInterfaceRows>> DomainHardwareService::interfaces(const QUuid &guest) const
{
    return onGuest<GuestInterfaceRows>(guest, [](virConnectPtr connection, virDomainPtr domain) -> Result<GuestInterfaceRows> {
        using R = Result<GuestInterfaceRows>;
        const GuestState state = readGuest(connection, domain);
        if (!state.error.isEmpty())
            return R::failure(state.error);
        GuestInterfaceRows rows;
        for (const NicDevice &nic : state.listing.live.nics) {
            GuestInterfaceRow row;
            row.mac = nic.mac;
            row.interfaceName = nic.target;
            row.type = nic.type;
            row.source = nic.source;
            row.model = nic.model;
            row.linkUp = nic.linkUp;
            rows.append(row);
        }
        if (!state.listing.active())
            return R{rows, {}};
        const auto addAddresses = [&rows, domain](unsigned int source, const QString &origin) {
            virDomainInterfacePtr *raw = nullptr;
            const int count = virDomainInterfaceAddresses(domain, &raw, source, 0);
            if (count < 0) {
                virResetLastError(); // no agent, or no lease yet: simply nothing known
                return;
            }
            std::vector<DomainInterfaceHandle> interfaces;
            for (int i = 0; i < count; ++i)
                interfaces.emplace_back(raw[i]);
            free(raw);
            for (const DomainInterfaceHandle &iface : interfaces) {
                const QString mac = QString::fromUtf8(iface->hwaddr).toLower();
                for (GuestInterfaceRow &row : rows) {
                    if (row.mac != mac || !row.addresses.isEmpty())
                        continue;
                    for (unsigned int a = 0; a < iface->naddrs; ++a) {
                        const virDomainIPAddress &address = iface->addrs[a];
                        row.addresses.append(u"%1/%2"_s.arg(QString::fromUtf8(address.addr)).arg(address.prefix));
                    }
                    if (!row.addresses.isEmpty())
                        row.addressOrigin = origin;
                }
            }
        };
        addAddresses(VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_LEASE, u"lease"_s);
        // Only ask the agent when the XML says its channel is connected: a missing agent
        // would otherwise cost a timeout on every refresh.
        if (SnapshotXml::agentConnected(state.liveXml))
            addAddresses(VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT, u"agent"_s);
        return R{rows, {}};
    });
}

} // namespace VirtDeck
