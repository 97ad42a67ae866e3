// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace VirtDeck::Cloud {

// The disk format of an image file, from its content (magic bytes) and from its name. Glance
// believes whatever disk_format it is told, and an instance of a qcow2 file uploaded as
// "raw" (a cloud image named *.img, say) does not boot: so a suffix that disagrees with the
// content is flagged before the upload.
class ImageFormat
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::ImageFormat)

public:
    // Bytes of the file's start that fromContent() looks at (the ISO 9660 mark is at 0x8001).
    static constexpr qint64 HeaderBytes = 0x8006;

    // "qcow2", "vmdk", "vdi", "iso" or "raw" (nothing recognised).
    static QString fromContent(const QByteArray &head);
    static Result<QString> fromFile(const QString &path);
    // The format the file name claims, or empty when the suffix says nothing.
    static QString fromSuffix(const QString &fileName);
    // Empty when name and content agree (or the name says nothing); else a warning to show.
    static QString mismatch(const QString &fileName, const QString &contentFormat);
    // The disk formats Glance accepts, the common ones first.
    static QStringList diskFormats();
};

} // namespace VirtDeck::Cloud
