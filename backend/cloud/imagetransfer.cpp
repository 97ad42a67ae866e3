// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagetransfer.h"

#include "clouderror.h"
#include "cloudlogging.h"
#include "cloudsession.h"
#include "whenfinished.h"
#include "writefailure.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrl>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

ImageTransfer::ImageTransfer(CloudSession *session, Direction direction, const QString &imageId, const QString &localPath,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_direction(direction)
    , m_imageId(imageId)
    , m_localPath(localPath)
{
}

ImageTransfer::~ImageTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_target)
        m_target->cancelWriting();
    delete m_target;
    dropSource();
}

void ImageTransfer::dropSource()
{
    // Once the reply owns the file it goes with the reply, never before it.
    if (m_source && !m_source->parent())
        delete m_source;
    m_source = nullptr;
}

void ImageTransfer::start()
{
    if (m_running)
        return;
    m_running = true;
    m_canceled = false;
    m_elapsed.start();
    if (!m_session) {
        fail(tr("Not signed in."));
        return;
    }
    if (m_direction == Direction::Upload) {
        m_source = new QFile(m_localPath);
        if (!m_source->open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read %1: %2").arg(m_localPath, m_source->errorString()));
            return;
        }
    } else {
        m_target = new QSaveFile(m_localPath);
        // Written beside the target and renamed at the end: a failed download replaces nothing.
        if (!m_target->open(QIODevice::WriteOnly)) {
            fail(tr("Cannot write %1: %2").arg(m_localPath, WriteFailure::describe(*m_target, m_localPath)));
            return;
        }
    }
    const QString path = u"v2/images/%1/file"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_imageId)));
    whenFinished(m_session->authorizedRequest(u"image"_s, path), this, [this](const Result<QNetworkRequest> &request) {
        if (m_canceled)
            return;
        if (!request.ok() || !m_session) {
            fail(request.ok() ? tr("Not signed in.") : request.error);
            return;
        }
        QNetworkRequest networkRequest = request.value;
        QNetworkAccessManager *network = m_session->networkAccessManager();
        if (m_direction == Direction::Upload) {
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
            networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, m_source->size());
            m_reply = network->put(networkRequest, m_source);
            // Qt reads the upload device from queued requests of its HTTP thread, which can
            // still arrive after abort() and finished(): deleting the file before the reply
            // itself is gone made a cancelled upload crash. The reply owns it from now on.
            m_source->setParent(m_reply);
            connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 done, qint64 total) {
                if (total > 0)
                    Q_EMIT progress(done, total);
            });
        } else {
            networkRequest.setRawHeader("Accept", "application/octet-stream");
            m_reply = network->get(networkRequest);
            connect(m_reply, &QNetworkReply::readyRead, this, &ImageTransfer::writeAvailable);
            connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 done, qint64 total) {
                Q_EMIT progress(done, total);
            });
        }
        connect(m_reply, &QNetworkReply::finished, this, &ImageTransfer::complete);
    });
}

void ImageTransfer::writeAvailable()
{
    if (!m_reply || !m_target)
        return;
    // Only a successful reply is image data; an error page is read in complete().
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (m_target->write(chunk) != chunk.size()) {
        const QString error = tr("Cannot write %1: %2").arg(m_localPath, WriteFailure::describe(*m_target, m_localPath));
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        fail(error);
    }
}

void ImageTransfer::complete()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcCloud) << (m_direction == Direction::Upload ? "PUT" : "GET") << reply->url().toString() << status
                     << m_elapsed.elapsed() << "ms";
    if (m_canceled) {
        fail(tr("Cancelled."), true);
        return;
    }
    if (status == 0) {
        fail(tr("Image (Glance) cannot be reached at %1: %2").arg(reply->url().toString(QUrl::RemovePath), reply->errorString()));
        return;
    }
    if (status >= 300) {
        fail(CloudError::describe(status, reply->readAll(), u"image"_s));
        return;
    }
    if (m_direction == Direction::Download) {
        writeAvailable();
        if (!m_running)
            return; // the last write failed
        if (!m_target->commit()) {
            fail(tr("Cannot write %1: %2").arg(m_localPath, WriteFailure::describe(*m_target, m_localPath)));
            return;
        }
        delete m_target;
        m_target = nullptr;
    }
    m_running = false;
    m_reply = nullptr;
    Q_EMIT finished(true, false, {});
}

void ImageTransfer::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows, and complete() reports the cancellation
        return;
    }
    fail(tr("Cancelled."), true);
}

void ImageTransfer::fail(const QString &error, bool canceled)
{
    if (!m_running)
        return;
    m_running = false;
    m_reply = nullptr;
    if (m_target) {
        m_target->cancelWriting();
        delete m_target; // removes the partial temporary file
        m_target = nullptr;
    }
    dropSource();
    Q_EMIT finished(false, canceled, error);
}

} // namespace VirtDeck::Cloud
