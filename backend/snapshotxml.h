// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"
#include "snapshotcreateoptions.h"
#include "snapshotinfo.h"

#include <QCoreApplication>
#include <QString>

namespace VirtDeck {

// Reads and writes libvirt <domainsnapshot> documents (QXmlStreamReader/Writer only, no
// string pasting, so names and descriptions with markup characters stay data).
class SnapshotXml
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::SnapshotXml)

public:
    struct Parsed
    {
        SnapshotInfo info;
        QString error;
    };
    // The fields of one snapshot; info.current is left false (libvirt says it separately).
    static Parsed parse(const QString &snapshotXml);

    // The document for virDomainSnapshotCreateXML. For an external snapshot every writable
    // file-backed disk gets an overlay next to its image (see overlayPath), every other disk
    // (CD-ROMs, read-only, network disks) is left out of the snapshot.
    static QString createDocument(const SnapshotCreateOptions &options, const DomainDiskList &disks);

    // The disks an external snapshot covers, and where their overlays go.
    static bool coveredByExternal(const DomainDisk &disk);
    static QString overlayPath(const QString &imagePath, const QString &snapshotName, const QString &suffix);

    // The same snapshot document with another description (for a redefine). Everything else
    // is copied unchanged.
    static Parsed withDescription(const QString &snapshotXml, const QString &description);

    // True when the live domain XML shows the QEMU guest agent channel as connected.
    static bool agentConnected(const QString &domainXml);
};

} // namespace VirtDeck
