// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace VirtDeck {

// Linked: qcow2 overlays whose backing files are the source's disks (fast, small, the
// source must stay). Full: independent copies of every disk.
enum class CloneMode { Linked, Full };

// One clone to make of a shut-off guest. Overrides left at 0 / empty keep the source's.
struct CloneSpec
{
    QString name;
    CloneMode mode = CloneMode::Linked;
    int vcpus = 0;
    quint64 memoryMiB = 0;
    QString network; // every interface is attached to this virtual network
    bool start = false;
};

struct CloneResult
{
    QString name;
    QUuid uuid;
    bool ok = false;
    bool started = false;
    bool cancelled = false; // not made (or made and removed again): the batch was cancelled first
    QString error;
    QStringList volumes; // paths of the disks made for the clone
    bool connectionLost = false; // the connection died: made, if at all, only in part
};

using CloneResults = QVector<CloneResult>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::CloneResult)
