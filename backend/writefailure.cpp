// SPDX-License-Identifier: GPL-2.0-or-later
#include "writefailure.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <cerrno>

namespace VirtDeck {

QString WriteFailure::describe(const QFileDevice &file, const QString &path)
{
    const int error = errno;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    // Less than this free after a failed write: the disk filled up.
    constexpr qint64 nearlyFull = 256 * 1024;
    if (error == ENOSPC || error == EDQUOT || (storage.isValid() && storage.bytesAvailable() < nearlyFull))
        return tr("No space left on device: the disk holding %1 is full (%2 free). The partial file was removed.")
            .arg(path, QLocale().formattedDataSize(qMax<qint64>(0, storage.bytesAvailable())));
    return file.errorString();
}

} // namespace VirtDeck
