// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudimage.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Glance v2: images (list, create, visibility, delete). The image data itself is streamed by
// ImageTransfer.
class ImageClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::ImageClient)

public:
    explicit ImageClient(CloudSession *session);

    // Every image the project sees (its own, public, shared it accepted, community).
    QFuture<Result<QList<CloudImage>>> images() const;
    QFuture<Result<CloudImage>> image(const QString &id) const;
    // A new "queued" image record, ready for its data.
    QFuture<Result<CloudImage>> createImage(const QString &name, const QString &diskFormat,
                                            const QString &visibility, const QString &containerFormat = QStringLiteral("bare")) const;
    QFuture<Result<CloudImage>> setVisibility(const QString &id, const QString &visibility) const;
    QFuture<Result<bool>> deleteImage(const QString &id) const;

    static Result<QList<CloudImage>> parseImages(const QByteArray &body);
    static Result<CloudImage> parseImage(const QByteArray &body);
    // Empty when Glance accepts the values; else what is wrong.
    static QString validateNew(const QString &name, const QString &diskFormat, const QString &visibility);
    static QStringList visibilities();

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
