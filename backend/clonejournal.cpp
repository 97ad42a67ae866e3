// SPDX-License-Identifier: GPL-2.0-or-later
#include "clonejournal.h"

#include "backendlogging.h"
#include "libvirterror.h"
#include "libvirthandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <libvirt/virterror.h>

#include <signal.h>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QMutex &journalMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QUuid> &inFlight()
{
    static QSet<QUuid> set;
    return set;
}

QJsonObject toJson(const CloneJournal::Entry &entry)
{
    QJsonArray volumes;
    for (const CloneJournal::Volume &volume : entry.volumes)
        volumes.append(QJsonObject{{u"pool"_s, volume.pool}, {u"name"_s, volume.name}});
    return QJsonObject{{u"uri"_s, entry.uri},
                       {u"name"_s, entry.name},
                       {u"uuid"_s, entry.uuid.toString(QUuid::WithoutBraces)},
                       {u"pid"_s, entry.pid},
                       {u"volumes"_s, volumes},
                       {u"files"_s, QJsonArray::fromStringList(entry.files)}};
}

CloneJournal::Entry fromJson(const QJsonObject &object)
{
    CloneJournal::Entry entry;
    entry.uri = object.value(u"uri"_s).toString();
    entry.name = object.value(u"name"_s).toString();
    entry.uuid = QUuid::fromString(object.value(u"uuid"_s).toString());
    entry.pid = object.value(u"pid"_s).toInteger();
    for (const QJsonValue &value : object.value(u"volumes"_s).toArray())
        entry.volumes.append({value[u"pool"_s].toString(), value[u"name"_s].toString()});
    for (const QJsonValue &value : object.value(u"files"_s).toArray())
        entry.files.append(value.toString());
    return entry;
}

// Callers hold journalMutex().
QVector<CloneJournal::Entry> readLocked()
{
    QFile file(CloneJournal::path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<CloneJournal::Entry> entries;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array())
        entries.append(fromJson(value.toObject()));
    return entries;
}

bool writeLocked(const QVector<CloneJournal::Entry> &entries)
{
    const QString path = CloneJournal::path();
    if (entries.isEmpty())
        return !QFileInfo::exists(path) || QFile::remove(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonArray array;
    for (const CloneJournal::Entry &entry : entries)
        array.append(toJson(entry));
    // QSaveFile: a crash while writing leaves the previous journal, never half of one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

QString canonicalUri(virConnectPtr connection)
{
    CString uri{virConnectGetURI(connection)};
    return uri ? QString::fromUtf8(uri.get()) : QString();
}

// Removes what one entry left; true when nothing of it remains.
bool clean(virConnectPtr connection, const CloneJournal::Entry &entry)
{
    bool clean = true;
    const QByteArray rawUuid = entry.uuid.toRfc4122();
    if (DomainHandle domain{virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(rawUuid.constData()))}) {
        if (virDomainIsActive(domain.get()) == 1)
            virDomainDestroy(domain.get());
        if (virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                                     | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) != 0
            && virDomainUndefine(domain.get()) != 0) {
            qCWarning(lcLibvirt, "clone journal: cannot undefine half-made %s: %s", qPrintable(entry.name),
                      qPrintable(lastLibvirtError()));
            clean = false;
        }
    }
    for (const CloneJournal::Volume &volume : entry.volumes) {
        const QByteArray poolName = volume.pool.toUtf8();
        const StoragePoolHandle pool(virStoragePoolLookupByName(connection, poolName.constData()));
        if (!pool)
            continue; // the pool is gone, and its volumes with it
        // A volume libvirtd was making when it died is a file the pool has not listed yet.
        virStoragePoolRefresh(pool.get(), 0);
        const QByteArray volumeName = volume.name.toUtf8();
        if (StorageVolHandle made{virStorageVolLookupByName(pool.get(), volumeName.constData())}) {
            if (virStorageVolDelete(made.get(), 0) != 0) {
                qCWarning(lcLibvirt, "clone journal: cannot delete volume %s: %s", qPrintable(volume.name),
                          qPrintable(lastLibvirtError()));
                clean = false;
            }
        }
    }
    const bool local = QUrl(entry.uri).host().isEmpty();
    for (const QString &file : entry.files)
        if (local && QFileInfo::exists(file) && !QFile::remove(file))
            clean = false;
    virResetLastError();
    return clean && virConnectIsAlive(connection) == 1;
}

} // namespace

QString CloneJournal::path()
{
    // One place for every VirtDeck program (the app, virtdeck-cli): each one's connections
    // clean up what another one left.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/virtdeck/clone-journal.json"_s;
}

bool CloneJournal::record(const Entry &entry)
{
    QMutexLocker lock(&journalMutex());
    QVector<Entry> entries = readLocked();
    auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.uuid == entry.uuid; });
    if (it != entries.end())
        *it = entry;
    else
        entries.append(entry);
    return writeLocked(entries);
}

void CloneJournal::forget(const QUuid &uuid)
{
    QMutexLocker lock(&journalMutex());
    QVector<Entry> entries = readLocked();
    const auto removed = entries.removeIf([&](const Entry &e) { return e.uuid == uuid; });
    if (removed > 0)
        writeLocked(entries);
}

QVector<CloneJournal::Entry> CloneJournal::entries()
{
    QMutexLocker lock(&journalMutex());
    return readLocked();
}

void CloneJournal::setInFlight(const QUuid &uuid, bool flying)
{
    QMutexLocker lock(&journalMutex());
    if (flying)
        inFlight().insert(uuid);
    else
        inFlight().remove(uuid);
}

QStringList CloneJournal::recover(virConnectPtr connection)
{
    const QString uri = canonicalUri(connection);
    const qint64 self = QCoreApplication::applicationPid();
    QVector<Entry> mine;
    {
        QMutexLocker lock(&journalMutex());
        for (const Entry &entry : readLocked()) {
            if (entry.uri != uri || inFlight().contains(entry.uuid))
                continue;
            if (entry.pid != self && processAlive(entry.pid))
                continue; // another VirtDeck is making it right now
            mine.append(entry);
        }
    }
    QStringList removed;
    for (const Entry &entry : std::as_const(mine)) {
        if (!clean(connection, entry))
            continue; // tried again at the next connection
        forget(entry.uuid);
        removed.append(entry.name);
        qCInfo(lcLibvirt, "clone journal: removed what was made of %s before the connection was lost",
               qPrintable(entry.name));
    }
    return removed;
}

} // namespace VirtDeck
