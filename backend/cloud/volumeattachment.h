// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// Where a Cinder volume is attached.
struct VolumeAttachment
{
    QString serverId;
    QString device; // "/dev/vdb"
    QString attachmentId;

    bool operator==(const VolumeAttachment &) const = default;
};

} // namespace VirtDeck::Cloud
