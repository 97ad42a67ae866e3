// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt domain XML (and the host capabilities documents) into the backend's value types,
// then through the rewriters that take a domain document apart and put it back together.
#include "fuzzentry.h"

#include "clonexml.h"
#include "domainhardwarexml.h"
#include "domainxmlreader.h"
#include "guestcreationservice.h"
#include "guestdetailsreader.h"
#include "guestnicreader.h"
#include "snapshotxml.h"

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runDomainXml(const QByteArray &input)
{
    const QString xml = QString::fromUtf8(input);
    const DomainXmlReader::Disks disks = DomainXmlReader::disks(xml);
    DomainXmlReader::hasNvram(xml);
    DomainXmlReader::vncGraphics(xml);
    GuestDetails details;
    GuestDetailsReader::read(xml, &details);
    GuestDetailsReader::identity(xml);
    const GuestNicInfoList nics = GuestNicReader::read(u"fuzz"_s, xml);
    for (const GuestNicInfo &nic : nics)
        GuestNicReader::liveBridge(xml, nic.mac);
    SnapshotXml::agentConnected(xml);
    SnapshotCreateOptions external;
    external.name = u"fuzz"_s;
    external.external = true;
    SnapshotXml::createDocument(external, disks.disks);

    const Result<DomainHardware> hardware = DomainHardwareXml::read(xml);
    if (hardware.ok()) {
        for (const DiskDevice &disk : hardware.value.disks) {
            const QString element = DomainHardwareXml::diskElement(xml, disk.target);
            DomainHardwareXml::withMedia(element, u"/tmp/fuzz.iso"_s);
            DomainHardwareXml::diskXml(disk);
        }
        for (const NicDevice &nic : hardware.value.nics) {
            const QString element = DomainHardwareXml::nicElement(xml, nic.mac);
            DomainHardwareXml::withLinkState(element, false);
            DomainHardwareXml::nicXml(nic);
        }
        DomainHardwareXml::withBoot(xml, hardware.value.boot);
    }

    CloneXml::Changes changes;
    changes.name = u"fuzz-clone"_s;
    changes.vcpus = 2;
    changes.memoryKiB = 1024 * 1024;
    changes.network = u"default"_s;
    changes.disks.insert(0, {u"/tmp/fuzz-clone.qcow2"_s, u"qcow2"_s});
    CloneXml::rewrite(xml, changes);
    CloneXml::nvramPath(xml);
    CloneXml::isTemplate(xml);

    GuestHostFacts facts;
    GuestCreationService::readCapabilities(xml, facts);
    GuestCreationService::readDomainCapabilities(xml, facts);
}

} // namespace VirtDeck::Fuzz
