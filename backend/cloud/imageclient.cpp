// SPDX-License-Identifier: GPL-2.0-or-later
#include "imageclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "imageformat.h"
#include "whenfinished.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString glance = u"image"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

Result<CloudImage> imageFrom(const QJsonObject &object)
{
    using R = Result<CloudImage>;
    CloudImage result;
    const auto id = CloudJson::string(object, u"id"_s, glance);
    if (!id.ok())
        return R::failure(id.error);
    result.id = id.value;
    const auto status = CloudJson::string(object, u"status"_s, glance);
    if (!status.ok())
        return R::failure(status.error);
    result.status = status.value;
    // Glance allows images without a name (null), and a queued image has no formats or size.
    result.name = object.value(u"name"_s).toString();
    result.visibility = object.value(u"visibility"_s).toString();
    result.diskFormat = object.value(u"disk_format"_s).toString();
    result.containerFormat = object.value(u"container_format"_s).toString();
    const QJsonValue size = object.value(u"size"_s);
    if (size.isDouble())
        result.size = size.toInteger();
    else if (!size.isNull() && !size.isUndefined())
        return R::failure(CloudError::malformed(glance, ImageClient::tr("\"size\" is not a number")));
    result.minDiskGb = object.value(u"min_disk"_s).toInteger();
    result.minRamMb = object.value(u"min_ram"_s).toInteger();
    result.owner = object.value(u"owner"_s).toString();
    result.checksum = object.value(u"checksum"_s).toString();
    result.isProtected = object.value(u"protected"_s).toBool();
    result.created = QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODate);
    return {result, {}};
}

struct ImagePage
{
    QList<CloudImage> images;
    QString next; // path of the next page, empty on the last
};

Result<ImagePage> parsePage(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, glance);
    if (!root.ok())
        return Result<ImagePage>::failure(root.error);
    const auto images = CloudJson::objectList<CloudImage>(root.value, u"images"_s, glance, imageFrom);
    if (!images.ok())
        return Result<ImagePage>::failure(images.error);
    ImagePage page{images.value, root.value.value(u"next"_s).toString()};
    while (page.next.startsWith(u'/'))
        page.next.remove(0, 1);
    return {page, {}};
}

void fetchPages(QPointer<CloudSession> session, const QString &path, std::shared_ptr<QList<CloudImage>> collected,
                std::shared_ptr<QPromise<Result<QList<CloudImage>>>> promise, int pagesLeft)
{
    const QFuture<Result<ImagePage>> page = parsed<ImagePage>(session->send({glance, "GET", path, {}}),
                                                              [](const CloudReply &reply) { return parsePage(reply.body); });
    whenFinished(page, session.data(), [session, collected, promise, pagesLeft](const Result<ImagePage> &result) {
        if (!result.ok()) {
            promise->addResult(Result<QList<CloudImage>>::failure(result.error));
            promise->finish();
            return;
        }
        collected->append(result.value.images);
        // A bounded walk: a server that always answers with a "next" cannot keep us forever.
        if (result.value.next.isEmpty() || pagesLeft <= 1 || !session) {
            promise->addResult(Result<QList<CloudImage>>{*collected, {}});
            promise->finish();
            return;
        }
        fetchPages(session, result.value.next, collected, promise, pagesLeft - 1);
    });
}

} // namespace

ImageClient::ImageClient(CloudSession *session)
    : m_session(session)
{
}

QStringList ImageClient::visibilities()
{
    return {u"private"_s, u"shared"_s, u"community"_s, u"public"_s};
}

Result<QList<CloudImage>> ImageClient::parseImages(const QByteArray &body)
{
    const Result<ImagePage> page = parsePage(body);
    if (!page.ok())
        return Result<QList<CloudImage>>::failure(page.error);
    return {page.value.images, {}};
}

Result<CloudImage> ImageClient::parseImage(const QByteArray &body)
{
    // Glance v2 sends the image itself, not wrapped in {"image": …}.
    const auto root = CloudJson::parseObject(body, glance);
    if (!root.ok())
        return Result<CloudImage>::failure(root.error);
    return imageFrom(root.value);
}

QString ImageClient::validateNew(const QString &name, const QString &diskFormat, const QString &visibility)
{
    if (name.trimmed().isEmpty())
        return tr("The image needs a name.");
    if (name.size() > 255)
        return tr("The image name is longer than 255 characters.");
    if (!ImageFormat::diskFormats().contains(diskFormat))
        return tr("Glance does not know the disk format \"%1\".").arg(diskFormat);
    if (!visibilities().contains(visibility))
        return tr("The visibility must be one of %1.").arg(visibilities().join(u", "_s));
    return {};
}

QFuture<Result<QList<CloudImage>>> ImageClient::images() const
{
    if (!m_session)
        return failedFuture<QList<CloudImage>>(tr("Not signed in."));
    auto promise = std::make_shared<QPromise<Result<QList<CloudImage>>>>();
    promise->start();
    QFuture<Result<QList<CloudImage>>> future = promise->future();
    fetchPages(m_session, u"v2/images?limit=200"_s, std::make_shared<QList<CloudImage>>(), promise, 100);
    return future;
}

QFuture<Result<CloudImage>> ImageClient::image(const QString &id) const
{
    if (!m_session)
        return failedFuture<CloudImage>(tr("Not signed in."));
    return parsed<CloudImage>(m_session->send({u"image"_s, "GET", u"v2/images/%1"_s.arg(encoded(id)), {}}),
                              [](const CloudReply &reply) { return parseImage(reply.body); });
}

QFuture<Result<CloudImage>> ImageClient::createImage(const QString &name, const QString &diskFormat, const QString &visibility,
                                                     const QString &containerFormat) const
{
    if (!m_session)
        return failedFuture<CloudImage>(tr("Not signed in."));
    if (const QString problem = validateNew(name, diskFormat, visibility); !problem.isEmpty())
        return failedFuture<CloudImage>(problem);
    const QJsonObject body{{u"name"_s, name.trimmed()},
                           {u"disk_format"_s, diskFormat},
                           {u"container_format"_s, containerFormat},
                           {u"visibility"_s, visibility}};
    return parsed<CloudImage>(m_session->send({u"image"_s, "POST", u"v2/images"_s, QJsonDocument(body)}),
                              [](const CloudReply &reply) { return parseImage(reply.body); });
}

QFuture<Result<CloudImage>> ImageClient::setVisibility(const QString &id, const QString &visibility) const
{
    if (!m_session)
        return failedFuture<CloudImage>(tr("Not signed in."));
    if (!visibilities().contains(visibility))
        return failedFuture<CloudImage>(tr("The visibility must be one of %1.").arg(visibilities().join(u", "_s)));
    const QJsonArray patch{QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/visibility"_s}, {u"value"_s, visibility}}};
    CloudRequest request{u"image"_s, "PATCH", u"v2/images/%1"_s.arg(encoded(id)), {}};
    request.rawBody = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    request.contentType = "application/openstack-images-v2.1-json-patch";
    return parsed<CloudImage>(m_session->send(request), [](const CloudReply &reply) { return parseImage(reply.body); });
}

QFuture<Result<bool>> ImageClient::deleteImage(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({u"image"_s, "DELETE", u"v2/images/%1"_s.arg(encoded(id)), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
