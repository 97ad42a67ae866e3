// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storagepoolform.h"
#include "storagepoolinfo.h"
#include "storagevolumeform.h"
#include "storagevolumeinfo.h"

#include <QString>

namespace VirtDeck {

// Pool and volume XML both ways: written with QXmlStreamWriter from validated forms, read
// with QXmlStreamReader for the parts of the info structs only the XML holds.
class StorageXml
{
public:
    static QString poolFromForm(const StoragePoolForm &form); // the form's own XML for type "xml"
    static QString volumeFromForm(const StorageVolumeForm &form);
    // A volume like an existing one under a new name (virStorageVolCreateXMLFrom).
    static QString cloneVolume(const QString &name, const QString &format, quint64 capacity);
    static bool readPool(const QString &xml, StoragePoolInfo &info);
    static bool readVolume(const QString &xml, StorageVolumeInfo &info);
    static QString poolName(const QString &xml); // <name> of a pool definition, empty if none
};

} // namespace VirtDeck
