// SPDX-License-Identifier: GPL-2.0-or-later
#include "storageservice.h"

#include "connectionsession.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "storagexml.h"

#include <QPromise>

#include <algorithm>
#include <optional>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

StoragePoolState poolState(int state)
{
    switch (state) {
    case VIR_STORAGE_POOL_BUILDING:
        return StoragePoolState::Building;
    case VIR_STORAGE_POOL_RUNNING:
        return StoragePoolState::Running;
    case VIR_STORAGE_POOL_DEGRADED:
        return StoragePoolState::Degraded;
    case VIR_STORAGE_POOL_INACCESSIBLE:
        return StoragePoolState::Inaccessible;
    default:
        return StoragePoolState::Inactive;
    }
}

std::optional<StoragePoolInfo> readPool(virStoragePoolPtr pool)
{
    StoragePoolInfo info;
    info.name = QString::fromUtf8(virStoragePoolGetName(pool));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    virStoragePoolInfo raw{};
    if (virStoragePoolGetInfo(pool, &raw) < 0)
        return std::nullopt;
    info.state = poolState(raw.state);
    if (info.isActive()) {
        info.capacity = raw.capacity;
        info.allocation = raw.allocation;
        info.available = raw.available;
    }
    info.persistent = virStoragePoolIsPersistent(pool) == 1;
    int autostart = 0;
    if (virStoragePoolGetAutostart(pool, &autostart) == 0)
        info.autostart = autostart != 0;
    const CString xml(virStoragePoolGetXMLDesc(pool, 0));
    if (!xml)
        return std::nullopt;
    StorageXml::readPool(QString::fromUtf8(xml.get()), info);
    return info;
}

std::optional<StorageVolumeInfo> readVolume(virStorageVolPtr volume)
{
    StorageVolumeInfo info;
    info.name = QString::fromUtf8(virStorageVolGetName(volume));
    info.key = QString::fromUtf8(virStorageVolGetKey(volume));
    const CString path(virStorageVolGetPath(volume));
    if (path)
        info.path = QString::fromUtf8(path.get());
    virStorageVolInfo raw{};
    if (virStorageVolGetInfo(volume, &raw) < 0)
        return std::nullopt;
    info.capacity = raw.capacity;
    info.allocation = raw.allocation;
    const CString xml(virStorageVolGetXMLDesc(volume, 0));
    if (!xml)
        return std::nullopt;
    StorageXml::readVolume(QString::fromUtf8(xml.get()), info);
    return info;
}

} // namespace

StorageService::StorageService(ConnectionSession *session)
    : m_session(session)
{
}

template<typename T, typename Fn>
QFuture<Result<T>> StorageService::onPool(const QString &pool, Fn fn) const
{
    if (!m_session)
        return failedFuture<T>(tr("The connection is gone."));
    return m_session->withConnection<T>([pool, fn](virConnectPtr connection) -> Result<T> {
        const StoragePoolHandle handle(virStoragePoolLookupByName(connection, pool.toUtf8().constData()));
        if (!handle)
            return Result<T>::failure(tr("Pool \"%1\": %2").arg(pool, lastLibvirtError()));
        return fn(handle.get());
    });
}

template<typename T, typename Fn>
QFuture<Result<T>> StorageService::onVolume(const QString &pool, const QString &volume, Fn fn) const
{
    return onPool<T>(pool, [pool, volume, fn](virStoragePoolPtr handle) -> Result<T> {
        const StorageVolHandle vol(virStorageVolLookupByName(handle, volume.toUtf8().constData()));
        if (!vol)
            return Result<T>::failure(tr("Volume \"%1\" in pool \"%2\": %3").arg(volume, pool, lastLibvirtError()));
        return fn(handle, vol.get());
    });
}

QFuture<Result<StoragePoolInfoList>> StorageService::listPools() const
{
    if (!m_session)
        return failedFuture<StoragePoolInfoList>(tr("The connection is gone."));
    return m_session->withConnection<StoragePoolInfoList>([](virConnectPtr connection) -> Result<StoragePoolInfoList> {
        virStoragePoolPtr *raw = nullptr;
        const int count = virConnectListAllStoragePools(connection, &raw, 0);
        if (count < 0)
            return Result<StoragePoolInfoList>::failure(tr("Cannot list storage pools: %1").arg(lastLibvirtError()));
        StoragePoolInfoList out;
        out.reserve(count);
        for (const StoragePoolHandle &pool : adoptHandleArray<StoragePoolHandle>(raw, count)) {
            if (std::optional<StoragePoolInfo> info = readPool(pool.get()))
                out.append(*info);
        }
        std::sort(out.begin(), out.end(),
                  [](const StoragePoolInfo &a, const StoragePoolInfo &b) { return a.name < b.name; });
        return {out, {}};
    });
}

QFuture<Result<StoragePoolInfo>> StorageService::createPool(const StoragePoolForm &form) const
{
    if (!m_session)
        return failedFuture<StoragePoolInfo>(tr("The connection is gone."));
    const QString xml = StorageXml::poolFromForm(form);
    return m_session->withConnection<StoragePoolInfo>([xml, form](virConnectPtr connection) -> Result<StoragePoolInfo> {
        const StoragePoolHandle pool(virStoragePoolDefineXML(connection, xml.toUtf8().constData(), 0));
        if (!pool)
            return Result<StoragePoolInfo>::failure(tr("Cannot define the pool: %1").arg(lastLibvirtError()));
        const QString name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        if (form.build && virStoragePoolBuild(pool.get(), 0) < 0)
            return Result<StoragePoolInfo>::failure(
                tr("Pool \"%1\" was defined but could not be built: %2").arg(name, lastLibvirtError()));
        if (form.start && virStoragePoolCreate(pool.get(), 0) < 0)
            return Result<StoragePoolInfo>::failure(
                tr("Pool \"%1\" was defined but did not start: %2").arg(name, lastLibvirtError()));
        if (form.autostart && virStoragePoolSetAutostart(pool.get(), 1) < 0)
            return Result<StoragePoolInfo>::failure(
                tr("Pool \"%1\" was defined but autostart could not be set: %2").arg(name, lastLibvirtError()));
        std::optional<StoragePoolInfo> info = readPool(pool.get());
        if (!info)
            return Result<StoragePoolInfo>::failure(lastLibvirtError());
        return {*info, {}};
    });
}

#define VIRTDECK_POOL_CALL(method, call, message)                                                          \
    QFuture<Result<bool>> StorageService::method(const QString &pool) const                                \
    {                                                                                                      \
        return onPool<bool>(pool, [pool](virStoragePoolPtr handle) -> Result<bool> {                       \
            if (call < 0)                                                                                  \
                return Result<bool>::failure(tr(message).arg(pool, lastLibvirtError()));                     \
            return {true, {}};                                                                             \
        });                                                                                                \
    }

VIRTDECK_POOL_CALL(buildPool, virStoragePoolBuild(handle, 0), QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot build pool \"%1\": %2"))
VIRTDECK_POOL_CALL(startPool, virStoragePoolCreate(handle, 0), QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot start pool \"%1\": %2"))
VIRTDECK_POOL_CALL(stopPool, virStoragePoolDestroy(handle), QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot stop pool \"%1\": %2"))
VIRTDECK_POOL_CALL(refreshPool, virStoragePoolRefresh(handle, 0), QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot refresh pool \"%1\": %2"))
VIRTDECK_POOL_CALL(deletePool, virStoragePoolDelete(handle, VIR_STORAGE_POOL_DELETE_NORMAL),
                   QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot delete the storage of pool \"%1\": %2"))
VIRTDECK_POOL_CALL(undefinePool, virStoragePoolUndefine(handle), QT_TRANSLATE_NOOP("VirtDeck::StorageService", "Cannot undefine pool \"%1\": %2"))

#undef VIRTDECK_POOL_CALL

QFuture<Result<bool>> StorageService::setPoolAutostart(const QString &pool, bool autostart) const
{
    return onPool<bool>(pool, [pool, autostart](virStoragePoolPtr handle) -> Result<bool> {
        if (virStoragePoolSetAutostart(handle, autostart ? 1 : 0) < 0)
            return Result<bool>::failure(tr("Cannot change autostart of pool \"%1\": %2").arg(pool, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<QString>> StorageService::poolXml(const QString &pool) const
{
    return onPool<QString>(pool, [pool](virStoragePoolPtr handle) -> Result<QString> {
        const CString xml(virStoragePoolGetXMLDesc(handle, 0));
        if (!xml)
            return Result<QString>::failure(tr("Cannot read pool \"%1\": %2").arg(pool, lastLibvirtError()));
        return {QString::fromUtf8(xml.get()), {}};
    });
}

QFuture<Result<StorageVolumeInfoList>> StorageService::listVolumes(const QString &pool) const
{
    return onPool<StorageVolumeInfoList>(pool, [pool](virStoragePoolPtr handle) -> Result<StorageVolumeInfoList> {
        if (virStoragePoolIsActive(handle) != 1)
            return {{}, {}}; // an inactive pool has no volumes to show
        virStorageVolPtr *raw = nullptr;
        const int count = virStoragePoolListAllVolumes(handle, &raw, 0);
        if (count < 0)
            return Result<StorageVolumeInfoList>::failure(
                tr("Cannot list the volumes of pool \"%1\": %2").arg(pool, lastLibvirtError()));
        StorageVolumeInfoList out;
        out.reserve(count);
        for (const StorageVolHandle &volume : adoptHandleArray<StorageVolHandle>(raw, count)) {
            if (std::optional<StorageVolumeInfo> info = readVolume(volume.get()))
                out.append(*info);
        }
        std::sort(out.begin(), out.end(),
                  [](const StorageVolumeInfo &a, const StorageVolumeInfo &b) { return a.name < b.name; });
        return {out, {}};
    });
}

QFuture<Result<StorageVolumeInfo>> StorageService::createVolume(const QString &pool, const StorageVolumeForm &form) const
{
    const QString xml = StorageXml::volumeFromForm(form);
    const QString name = form.name;
    return onPool<StorageVolumeInfo>(pool, [xml, name, pool](virStoragePoolPtr handle) -> Result<StorageVolumeInfo> {
        const StorageVolHandle volume(virStorageVolCreateXML(handle, xml.toUtf8().constData(), 0));
        if (!volume)
            return Result<StorageVolumeInfo>::failure(
                tr("Cannot create volume \"%1\" in pool \"%2\": %3").arg(name, pool, lastLibvirtError()));
        std::optional<StorageVolumeInfo> info = readVolume(volume.get());
        if (!info)
            return Result<StorageVolumeInfo>::failure(lastLibvirtError());
        return {*info, {}};
    });
}

QFuture<Result<StorageVolumeInfo>> StorageService::cloneVolume(const QString &pool, const QString &source,
                                                               const QString &newName) const
{
    return onVolume<StorageVolumeInfo>(pool, source, [pool, source, newName](virStoragePoolPtr handle,
                                                                             virStorageVolPtr volume)
                                                                             -> Result<StorageVolumeInfo> {
        const std::optional<StorageVolumeInfo> sourceInfo = readVolume(volume);
        if (!sourceInfo)
            return Result<StorageVolumeInfo>::failure(tr("Cannot read \"%1\": %2").arg(source, lastLibvirtError()));
        const QString xml = StorageXml::cloneVolume(newName, sourceInfo->format, sourceInfo->capacity);
        const StorageVolHandle copy(virStorageVolCreateXMLFrom(handle, xml.toUtf8().constData(), volume, 0));
        if (!copy)
            return Result<StorageVolumeInfo>::failure(
                tr("Cannot clone \"%1\" to \"%2\": %3").arg(source, newName, lastLibvirtError()));
        std::optional<StorageVolumeInfo> info = readVolume(copy.get());
        if (!info)
            return Result<StorageVolumeInfo>::failure(lastLibvirtError());
        return {*info, {}};
    });
}

QFuture<Result<bool>> StorageService::resizeVolume(const QString &pool, const QString &volume, quint64 capacity,
                                                   bool allowShrink) const
{
    return onVolume<bool>(pool, volume, [volume, capacity, allowShrink](virStoragePoolPtr, virStorageVolPtr handle)
                                            -> Result<bool> {
        if (virStorageVolResize(handle, capacity, allowShrink ? VIR_STORAGE_VOL_RESIZE_SHRINK : 0) < 0)
            return Result<bool>::failure(tr("Cannot resize \"%1\": %2").arg(volume, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<bool>> StorageService::wipeVolume(const QString &pool, const QString &volume) const
{
    return onVolume<bool>(pool, volume, [volume](virStoragePoolPtr, virStorageVolPtr handle) -> Result<bool> {
        if (virStorageVolWipe(handle, 0) < 0)
            return Result<bool>::failure(tr("Cannot wipe \"%1\": %2").arg(volume, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<bool>> StorageService::deleteVolume(const QString &pool, const QString &volume) const
{
    return onVolume<bool>(pool, volume, [volume](virStoragePoolPtr, virStorageVolPtr handle) -> Result<bool> {
        if (virStorageVolDelete(handle, 0) < 0)
            return Result<bool>::failure(tr("Cannot delete \"%1\": %2").arg(volume, lastLibvirtError()));
        return {true, {}};
    });
}

QFuture<Result<QString>> StorageService::volumeXml(const QString &pool, const QString &volume) const
{
    return onVolume<QString>(pool, volume, [volume](virStoragePoolPtr, virStorageVolPtr handle) -> Result<QString> {
        const CString xml(virStorageVolGetXMLDesc(handle, 0));
        if (!xml)
            return Result<QString>::failure(tr("Cannot read volume \"%1\": %2").arg(volume, lastLibvirtError()));
        return {QString::fromUtf8(xml.get()), {}};
    });
}

} // namespace VirtDeck
