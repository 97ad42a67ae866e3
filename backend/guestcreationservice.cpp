// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcreationservice.h"

#include "connectionsession.h"
#include "domainxmlbuilder.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "storagexml.h"

#include <QXmlStreamReader>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestCreationService::GuestCreationService(ConnectionSession *session)
    : m_session(session)
{
}

void GuestCreationService::readCapabilities(const QString &xml, GuestHostFacts &facts)
{
    // <guest><os_type>hvm</os_type><arch name='x86_64'>…<domain type='kvm'/></arch></guest>
    QXmlStreamReader reader(xml);
    QString osType;
    QString arch;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == u"os_type"_s) {
            osType = reader.readElementText();
        } else if (name == u"arch"_s && !reader.attributes().value(u"name"_s).isEmpty()) {
            arch = reader.attributes().value(u"name"_s).toString();
        } else if (name == u"domain"_s && osType == u"hvm"_s && arch == facts.arch
                   && reader.attributes().value(u"type"_s) == u"kvm"_s) {
            facts.kvmAvailable = true;
        }
    }
    facts.domainType = facts.kvmAvailable ? u"kvm"_s : u"qemu"_s;
}

void GuestCreationService::readDomainCapabilities(const QString &xml, GuestHostFacts &facts)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    QString enumName;
    bool efiFirmware = false;
    facts.uefiLoaders.clear();
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            const QString parent = path.value(path.size() - 1);
            if (name == u"vcpu"_s && path.size() == 1) {
                bool ok = false;
                const int max = reader.attributes().value(u"max"_s).toInt(&ok);
                if (ok && max > 0)
                    facts.maxVcpus = max;
            } else if (name == u"enum"_s) {
                enumName = reader.attributes().value(u"name"_s).toString();
            } else if (name == u"value"_s && path.size() >= 2 && path.at(1) == u"os"_s) {
                const QString value = reader.readElementText();
                if (parent == u"loader"_s)
                    facts.uefiLoaders.append(value);
                else if (parent == u"enum"_s && enumName == u"firmware"_s && value == u"efi"_s && path.size() == 3)
                    efiFirmware = true;
                continue; // readElementText consumed the end element
            }
            path.append(name);
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    const bool ovmf = std::any_of(facts.uefiLoaders.cbegin(), facts.uefiLoaders.cend(),
                                  [](const QString &loader) { return loader.contains(u"OVMF"_s, Qt::CaseInsensitive)
                                                                     || loader.contains(u"edk2"_s, Qt::CaseInsensitive); });
    facts.uefiAvailable = efiFirmware || ovmf;
    if (!facts.uefiAvailable)
        facts.uefiProblem = tr("libvirt finds no UEFI firmware on this host: install the ovmf package.");
    else
        facts.uefiProblem.clear();
}

QFuture<Result<GuestHostFacts>> GuestCreationService::hostFacts() const
{
    if (!m_session)
        return failedFuture<GuestHostFacts>(tr("The connection is gone."));
    return m_session->withConnection<GuestHostFacts>([](virConnectPtr connection) -> Result<GuestHostFacts> {
        GuestHostFacts facts;
        const CString caps(virConnectGetCapabilities(connection));
        if (!caps)
            return Result<GuestHostFacts>::failure(tr("Cannot read the host's capabilities: %1").arg(lastLibvirtError()));
        readCapabilities(QString::fromUtf8(caps.get()), facts);

        virNodeInfo node{};
        if (virNodeGetInfo(connection, &node) == 0) {
            facts.hostCpus = int(node.cpus);
            facts.hostMemoryMiB = node.memory / 1024;
        }
        facts.maxVcpus = facts.hostCpus;
        const int hypervisorMax = virConnectGetMaxVcpus(connection, facts.domainType.toUtf8().constData());
        if (hypervisorMax > 0)
            facts.maxVcpus = hypervisorMax;

        const CString domainCaps(virConnectGetDomainCapabilities(connection, nullptr, facts.arch.toUtf8().constData(),
                                                                 facts.machine.toUtf8().constData(),
                                                                 facts.domainType.toUtf8().constData(), 0));
        if (domainCaps) {
            readDomainCapabilities(QString::fromUtf8(domainCaps.get()), facts);
        } else {
            facts.uefiAvailable = false;
            facts.uefiProblem = tr("Cannot ask libvirt for UEFI firmware: %1").arg(lastLibvirtError());
        }

        virDomainPtr *raw = nullptr;
        const int count = virConnectListAllDomains(connection, &raw, 0);
        if (count < 0)
            return Result<GuestHostFacts>::failure(tr("Cannot list the guests: %1").arg(lastLibvirtError()));
        for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count))
            facts.guestNames.append(QString::fromUtf8(virDomainGetName(domain.get())));
        return {facts, {}};
    });
}

QFuture<Result<CreatedGuest>> GuestCreationService::create(const NewGuestForm &form, Then then) const
{
    if (!m_session)
        return failedFuture<CreatedGuest>(tr("The connection is gone."));
    const QString xml = DomainXmlBuilder::build(form);
    const QString volumeXml = form.createsVolume() ? StorageXml::volumeFromForm(DomainXmlBuilder::volumeForm(form)) : QString();
    return m_session->withConnection<CreatedGuest>([form, xml, volumeXml, then](virConnectPtr connection) -> Result<CreatedGuest> {
        CreatedGuest created;
        created.name = form.name;
        StorageVolHandle volume;
        if (!volumeXml.isEmpty()) {
            const StoragePoolHandle pool(virStoragePoolLookupByName(connection, form.pool.toUtf8().constData()));
            if (!pool)
                return Result<CreatedGuest>::failure(tr("Pool \"%1\": %2").arg(form.pool, lastLibvirtError()));
            volume.reset(virStorageVolCreateXML(pool.get(), volumeXml.toUtf8().constData(), 0));
            if (!volume)
                return Result<CreatedGuest>::failure(
                    tr("Cannot create volume \"%1\" in pool \"%2\": %3").arg(form.volumeName, form.pool, lastLibvirtError()));
            created.createdVolume = form.volumeName;
        }
        const DomainHandle domain(virDomainDefineXMLFlags(connection, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain) {
            const QString error = lastLibvirtError();
            // Nothing of a refused guest stays behind.
            if (volume && virStorageVolDelete(volume.get(), 0) < 0)
                return Result<CreatedGuest>::failure(tr("libvirt refused the guest: %1\nThe new volume \"%2\" could not be removed: %3")
                                                         .arg(error, form.volumeName, lastLibvirtError()));
            return Result<CreatedGuest>::failure(tr("libvirt refused the guest: %1").arg(error));
        }
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            created.uuid = QUuid::fromString(QLatin1StringView(uuid));
        if (then == Then::Start) {
            if (virDomainCreate(domain.get()) < 0)
                created.startError = lastLibvirtError();
            else
                created.started = true;
        }
        return {created, {}};
    });
}

} // namespace VirtDeck
