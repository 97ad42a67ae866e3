// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace VirtDeck {

// The "new storage pool" form. dir, netfs and logical have fields of their own; fs, disk
// and iscsi (and anything else) are written as XML by the user, in the xml field.
// Field keys used in FormProblem: name, targetPath, sourceHost, sourcePath, sourceDevices,
// sourceName, xml.
struct StoragePoolForm
{
    QString type = QStringLiteral("dir"); // dir, netfs, logical, or xml for the XML form
    QString name;
    QString targetPath;     // dir, netfs: a directory; logical: /dev/<vg> (optional)
    QString sourceHost;     // netfs: the NFS server
    QString sourcePath;     // netfs: the exported directory
    QString sourceFormat = QStringLiteral("auto"); // netfs: auto, nfs, cifs, glusterfs
    QStringList sourceDevices; // logical: physical volumes for a new volume group
    QString sourceName;     // logical: the volume group's name (defaults to the pool name)
    QString xml;            // the XML form
    bool build = true;      // build before the first start (mkdir, vgcreate…)
    bool start = true;
    bool autostart = false;
};

} // namespace VirtDeck
