// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumetransfer.h"

#include "libvirterror.h"
#include "libvirteventloop.h"
#include "libvirthandles.h"
#include "storagevolumeform.h"
#include "storagexml.h"
#include "writefailure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <vector>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 ReportIntervalMs = 100;

int refuseInteractiveAuth(virConnectCredentialPtr, unsigned int, void *)
{
    return -1;
}

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

VolumeTransfer::VolumeTransfer(const Request &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

VolumeTransfer::~VolumeTransfer()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void VolumeTransfer::start()
{
    if (m_thread)
        return;
    LibvirtEventLoop::ensureRunning();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"volume-transfer"_s);
    m_thread->start();
}

void VolumeTransfer::cancel()
{
    m_cancel = true;
}

bool VolumeTransfer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void VolumeTransfer::report(qint64 done, qint64 total, bool force)
{
    const qint64 now = nowMs();
    // The first chunk is always reported, then at most every ReportIntervalMs.
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < ReportIntervalMs)
        return;
    m_lastReportMs = now;
    const double seconds = double(now - m_startedMs) / 1000.0;
    Q_EMIT progress(done, total, seconds > 0 ? double(done) / seconds : 0.0);
}

void VolumeTransfer::run()
{
    m_startedMs = nowMs();
    int credentialTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE};
    virConnectAuth auth{credentialTypes, int(std::size(credentialTypes)), refuseInteractiveAuth, nullptr};
    const ConnectHandle connection(virConnectOpenAuth(m_request.uri.toUtf8().constData(), &auth, 0));
    QString error;
    if (!connection)
        error = tr("Cannot open a connection for the transfer: %1").arg(lastLibvirtError());
    else if (m_request.direction == Direction::Upload)
        error = upload(connection.get());
    else
        error = download(connection.get());
    const bool canceled = m_cancel && !error.isEmpty();
    Q_EMIT finished(error.isEmpty(), canceled, canceled ? tr("Cancelled.") : error);
}

QString VolumeTransfer::upload(virConnectPtr connection)
{
    QFile file(m_request.localPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(m_request.localPath, file.errorString());
    const qint64 total = file.size();
    if (total <= 0)
        return tr("%1 is empty: there is nothing to upload.").arg(m_request.localPath);

    const StoragePoolHandle pool(virStoragePoolLookupByName(connection, m_request.pool.toUtf8().constData()));
    if (!pool)
        return tr("Pool \"%1\": %2").arg(m_request.pool, lastLibvirtError());

    StorageVolHandle volume;
    bool created = false;
    if (m_request.createVolume) {
        const StorageVolHandle existing(virStorageVolLookupByName(pool.get(), m_request.volume.toUtf8().constData()));
        if (existing)
            return tr("A volume named \"%1\" already exists in pool \"%2\".").arg(m_request.volume, m_request.pool);
        // A qcow2 image stays a qcow2 volume, so guests read it as one.
        const bool qcow2 = file.peek(4) == QByteArray("QFI\xfb", 4);
        StorageVolumeForm form;
        form.name = m_request.volume;
        form.format = qcow2 ? u"qcow2"_s : u"raw"_s;
        form.capacity = quint64(total);
        if (qcow2) {
            // The volume's size is the image's virtual size (big-endian at offset 24).
            const QByteArray header = file.peek(32);
            quint64 virtualSize = 0;
            for (int i = 24; i < 32 && i < header.size(); ++i)
                virtualSize = (virtualSize << 8) | quint8(header.at(i));
            form.capacity = std::max(virtualSize, quint64(total));
        }
        const QString xml = StorageXml::volumeFromForm(form);
        volume.reset(virStorageVolCreateXML(pool.get(), xml.toUtf8().constData(), 0));
        if (!volume)
            return tr("Cannot create volume \"%1\": %2").arg(m_request.volume, lastLibvirtError());
        created = true;
    } else {
        volume.reset(virStorageVolLookupByName(pool.get(), m_request.volume.toUtf8().constData()));
        if (!volume)
            return tr("Volume \"%1\": %2").arg(m_request.volume, lastLibvirtError());
    }
    // Whatever goes wrong from here, a volume this transfer created must not stay half-written.
    const auto removeCreated = [&] {
        if (created)
            virStorageVolDelete(volume.get(), 0);
    };

    const StreamHandle stream(virStreamNew(connection, 0));
    if (!stream) {
        const QString message = lastLibvirtError();
        removeCreated();
        return message;
    }
    if (virStorageVolUpload(volume.get(), stream.get(), 0, quint64(total), 0) < 0) {
        const QString message = tr("Cannot upload into \"%1\": %2").arg(m_request.volume, lastLibvirtError());
        removeCreated();
        return message;
    }
    std::vector<char> buffer(size_t(std::max(4096, m_request.chunkBytes)));
    qint64 done = 0;
    while (done < total) {
        if (m_cancel) {
            virStreamAbort(stream.get());
            removeCreated();
            return tr("Cancelled.");
        }
        const qint64 got = file.read(buffer.data(), qint64(buffer.size()));
        if (got <= 0) {
            const QString message = tr("Reading %1 failed: %2").arg(m_request.localPath, file.errorString());
            virStreamAbort(stream.get());
            removeCreated();
            return message;
        }
        qint64 sent = 0;
        while (sent < got) {
            const int n = virStreamSend(stream.get(), buffer.data() + sent, size_t(got - sent));
            if (n < 0) {
                const QString message = tr("Upload failed: %1").arg(lastLibvirtError());
                virStreamAbort(stream.get());
                removeCreated();
                return message;
            }
            sent += n;
        }
        done += got;
        report(done, total, false);
    }
    if (virStreamFinish(stream.get()) < 0) {
        const QString message = tr("Upload failed at the end: %1").arg(lastLibvirtError());
        removeCreated();
        return message;
    }
    report(done, total, true);
    return {};
}

QString VolumeTransfer::download(virConnectPtr connection)
{
    const StoragePoolHandle pool(virStoragePoolLookupByName(connection, m_request.pool.toUtf8().constData()));
    if (!pool)
        return tr("Pool \"%1\": %2").arg(m_request.pool, lastLibvirtError());
    const StorageVolHandle volume(virStorageVolLookupByName(pool.get(), m_request.volume.toUtf8().constData()));
    if (!volume)
        return tr("Volume \"%1\": %2").arg(m_request.volume, lastLibvirtError());
    // The stream carries the volume's bytes as stored: its physical size, not its capacity.
    virStorageVolInfo info{};
    qint64 total = 0;
    if (virStorageVolGetInfoFlags(volume.get(), &info, VIR_STORAGE_VOL_GET_PHYSICAL) == 0)
        total = qint64(info.allocation);
    else if (virStorageVolGetInfo(volume.get(), &info) == 0)
        total = qint64(info.capacity);

    QSaveFile file(m_request.localPath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(m_request.localPath, file.errorString());
    const StreamHandle stream(virStreamNew(connection, 0));
    if (!stream)
        return lastLibvirtError();
    if (virStorageVolDownload(volume.get(), stream.get(), 0, 0, 0) < 0) {
        file.cancelWriting();
        return tr("Cannot download \"%1\": %2").arg(m_request.volume, lastLibvirtError());
    }
    std::vector<char> buffer(size_t(std::max(4096, m_request.chunkBytes)));
    qint64 done = 0;
    for (;;) {
        if (m_cancel) {
            virStreamAbort(stream.get());
            file.cancelWriting();
            return tr("Cancelled.");
        }
        const int n = virStreamRecv(stream.get(), buffer.data(), buffer.size());
        if (n == 0)
            break;
        if (n < 0) {
            const QString message = tr("Download failed: %1").arg(lastLibvirtError());
            virStreamAbort(stream.get());
            file.cancelWriting();
            return message;
        }
        if (file.write(buffer.data(), n) != n) {
            const QString message = tr("Writing %1 failed: %2").arg(m_request.localPath, WriteFailure::describe(file, m_request.localPath));
            virStreamAbort(stream.get());
            file.cancelWriting();
            return message;
        }
        done += n;
        report(done, std::max(total, done), false);
    }
    if (virStreamFinish(stream.get()) < 0) {
        file.cancelWriting();
        return tr("Download failed at the end: %1").arg(lastLibvirtError());
    }
    if (!file.commit()) // the last buffered bytes may not fit either
        return tr("Cannot write %1: %2").arg(m_request.localPath, WriteFailure::describe(file, m_request.localPath));
    report(done, done, true);
    return {};
}

} // namespace VirtDeck
