// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace VirtDeck {

// Domain XML for the Hardware page, both ways. Reading is QXmlStreamReader into
// DomainHardware; device XML for attach/detach/update is written with QXmlStreamWriter; edits
// of a whole definition (boot, graphics, video) go through QDom so everything the page does
// not know about is kept as it was.
class DomainHardwareXml
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::DomainHardwareXml)

public:
    static Result<DomainHardware> read(const QString &domainXml);

    // Marks which disks and NICs exist only live or only in the definition; the live list
    // gains the config-only devices (inLive false) so the page can show them.
    static void markPresence(DomainHardware &live, const DomainHardware &config);

    static QString diskXml(const DiskDevice &disk);
    static QString nicXml(const NicDevice &nic);

    // The device element as it stands in a domain XML (a disk by target, a NIC by MAC);
    // empty when it is not there.
    static QString diskElement(const QString &domainXml, const QString &target);
    static QString nicElement(const QString &domainXml, const QString &mac);

    // A disk element with new media (empty path: ejected).
    static Result<QString> withMedia(const QString &diskElementXml, const QString &path);
    static Result<QString> withLinkState(const QString &nicElementXml, bool up);
    // Whole definitions with one change, ready for virDomainDefineXML.
    static Result<QString> withBoot(const QString &domainXml, const BootConfig &boot);
    static Result<QString> withGraphics(const QString &domainXml, const GraphicsChange &change);
    // The XML shown to users has no graphics passwords (libvirt leaves them out without
    // VIR_DOMAIN_XML_SECURE), so a definition edited there would lose them: each <graphics>
    // without a passwd gets the one of the same type and position in the stored (secure)
    // definition. Without stored passwords the edited text is returned unchanged.
    static Result<QString> withPasswordsKept(const QString &editedXml, const QString &secureXml);
    static Result<QString> withVideo(const QString &domainXml, int index, const VideoDevice &video);
    static Result<QString> withDiskOptions(const QString &domainXml, const QString &target, const QString &cache,
                                           bool readOnly);

    static quint64 toKiB(quint64 value, const QString &unit);
};

} // namespace VirtDeck
