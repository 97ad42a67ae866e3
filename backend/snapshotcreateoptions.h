// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck {

// What "take a snapshot" asks for. External snapshots are always disk-only here: libvirt
// 9.0 cannot revert to external snapshots anyway, and memory files would be one more
// image to manage by hand.
struct SnapshotCreateOptions
{
    QString name;
    QString description;
    bool withMemory = true;   // only for a running or paused guest; ignored when shut off
    bool external = false;    // overlays next to each disk: <image>.<name><suffix>
    bool quiesce = true;      // only when a guest agent answers; falls back without it
    QString fileSuffix = QStringLiteral(".qcow2");
};

} // namespace VirtDeck
