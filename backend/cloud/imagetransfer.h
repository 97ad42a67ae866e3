// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QFile;
class QNetworkReply;
class QSaveFile;

namespace VirtDeck::Cloud {

class CloudSession;

// Streams one image's data between a local file and Glance: upload (PUT /v2/images/{id}/file
// straight from the QFile, never the whole file in memory) or download (GET into a QSaveFile).
// Runs on the session's thread, driven by QNetworkAccessManager: no thread of its own.
// Cancelled or failed, a download leaves no file behind and never replaces an existing one;
// an upload leaves the image "queued" (the caller, who created it, decides to delete it).
class ImageTransfer : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Upload, Download };

    ImageTransfer(CloudSession *session, Direction direction, const QString &imageId, const QString &localPath,
                  QObject *parent = nullptr);
    ~ImageTransfer() override;

    Direction direction() const { return m_direction; }
    QString imageId() const { return m_imageId; }
    QString localPath() const { return m_localPath; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // canceled is true when cancel() stopped it; error is empty on success.
    void finished(bool ok, bool canceled, const QString &error);

private:
    void send();
    void writeAvailable();
    void complete();
    void fail(const QString &error, bool canceled = false);
    void dropSource();

    QPointer<CloudSession> m_session;
    const Direction m_direction;
    const QString m_imageId;
    const QString m_localPath;
    // Owned by the upload's reply once it is sent (see start()); the QPointer notices.
    QPointer<QFile> m_source;
    QSaveFile *m_target = nullptr;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace VirtDeck::Cloud
