// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
struct _virConnect;

namespace VirtDeck {

// Copies a local file into a storage volume (upload) or a volume into a local file
// (download) through a libvirt stream. The copy runs on a thread of its own with a
// connection of its own to the same URI, so a long transfer never holds up the session's
// request queue. progress() and finished() are emitted from that thread: connect them with
// the default (queued) connection to use them in the GUI.
//
// Cancelled or failed, a transfer leaves nothing half-done behind: an upload removes the
// volume it created, a download never replaces the target file (it writes a QSaveFile).
class VolumeTransfer : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Upload, Download };

    struct Request
    {
        Direction direction = Direction::Upload;
        QString uri;
        QString pool;
        QString volume;
        QString localPath;
        // Upload only: create the volume (raw, or qcow2 when the file is a qcow2 image) with the
        // file's size; otherwise the volume must exist and be large enough.
        bool createVolume = true;
        int chunkBytes = 1 << 20;
    };

    explicit VolumeTransfer(const Request &request, QObject *parent = nullptr);
    ~VolumeTransfer() override; // cancels and waits for the thread (it stops within a chunk)

    const Request &request() const { return m_request; }
    void start();
    void cancel(); // any thread
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total, double bytesPerSecond);
    // canceled is true when cancel() stopped it; error is empty on success.
    void finished(bool ok, bool canceled, const QString &error);

private:
    void run();
    QString upload(_virConnect *connection);
    QString download(_virConnect *connection);
    void report(qint64 done, qint64 total, bool force);

    const Request m_request;
    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
    qint64 m_startedMs = 0;
    qint64 m_lastReportMs = -1;
};

} // namespace VirtDeck
