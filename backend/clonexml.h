// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUuid>

namespace VirtDeck {

// The domain XML of a clone, written from its source's inactive XML by a streaming copy
// (QXmlStreamReader to QXmlStreamWriter): everything is kept except what must differ.
class CloneXml
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::CloneXml)

public:
    // The namespace of VirtDeck's template marker in <metadata>.
    static constexpr auto TemplateNamespace = "https://virtdeck.example/xmlns/template/1";

    struct DiskChange
    {
        QString sourcePath; // the clone's own volume
        QString format;     // its format (qcow2 for a linked overlay); empty keeps <driver type>
    };

    struct Changes
    {
        QString name;
        QHash<int, DiskChange> disks; // by position of the <disk> in <devices>, from 0
        int vcpus = 0;                // 0 keeps the source's
        quint64 memoryKiB = 0;        // 0 keeps the source's
        QString network;              // empty keeps the source's interfaces as they are
        QString nvramPath;            // empty: the path is dropped, libvirt makes a fresh store
        QUuid uuid;                   // null: dropped, libvirt makes one
    };

    struct Rewritten
    {
        QString xml;
        QString error;
    };

    // Drops <uuid> (or sets the given one), every <mac> (libvirt generates new ones) and the template marker; sets
    // the name, the cloned disks' sources, the overrides and the NVRAM path.
    static Rewritten rewrite(const QString &sourceXml, const Changes &changes);

    // The <os><nvram> path, empty when there is none.
    static QString nvramPath(const QString &domainXml);
    // True when <metadata> holds the template marker.
    static bool isTemplate(const QString &domainXml);
    // The template marker element for virDomainSetMetadata (without its namespace, which
    // libvirt adds from the key and URI).
    static QString templateMarker();
};

} // namespace VirtDeck
