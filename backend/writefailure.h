// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace VirtDeck {

// Why a write to a local file failed, in words the user can act on. Qt's buffered file
// devices often say only "Unknown error" when the disk is full (the failing write happens in
// a later flush), so a full disk is recognised from errno and from the free space left.
class WriteFailure
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::WriteFailure)

public:
    // Call right after the failed write, before anything else can change errno.
    static QString describe(const QFileDevice &file, const QString &path);
};

} // namespace VirtDeck
