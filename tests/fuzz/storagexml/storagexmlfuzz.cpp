// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt <pool> and <volume> XML into StoragePoolInfo and StorageVolumeInfo.
#include "fuzzentry.h"

#include "storagexml.h"

namespace VirtDeck::Fuzz {

void runStorageXml(const QByteArray &input)
{
    const QString xml = QString::fromUtf8(input);
    StoragePoolInfo pool;
    StorageXml::readPool(xml, pool);
    StorageVolumeInfo volume;
    StorageXml::readVolume(xml, volume);
    StorageXml::poolName(xml);
}

} // namespace VirtDeck::Fuzz
