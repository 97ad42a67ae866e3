// SPDX-License-Identifier: GPL-2.0-or-later
#include "osinfoloader.h"

#include <QMutex>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

// libosinfo's headers lack extern "C"; glib must stay outside it (its C++ templates).
#include <glib-object.h>
extern "C" {
#include <osinfo/osinfo.h>
}

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
struct GObjectDeleter {
    void operator()(T *p) const { g_object_unref(p); }
};
template<typename T>
using GObjectHandle = std::unique_ptr<T, GObjectDeleter<T>>;

QString str(const gchar *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

// Resources for x86_64, else for every architecture ("all").
OsinfoResources *resourcesFor(OsinfoResourcesList *list)
{
    OsinfoResources *fallback = nullptr;
    if (!list)
        return nullptr;
    const int count = osinfo_list_get_length(OSINFO_LIST(list));
    for (int i = 0; i < count; ++i) {
        auto *resources = OSINFO_RESOURCES(osinfo_list_get_nth(OSINFO_LIST(list), i));
        const QString arch = str(osinfo_resources_get_architecture(resources));
        if (arch == u"x86_64"_s)
            return resources;
        if (arch == QLatin1StringView(OSINFO_ARCHITECTURE_ALL))
            fallback = resources;
    }
    return fallback;
}

quint64 positive(gint64 value)
{
    return value > 0 ? quint64(value) : 0;
}

OsInfoEntry readOs(OsinfoOs *os)
{
    OsInfoEntry entry;
    auto *product = OSINFO_PRODUCT(os);
    entry.id = str(osinfo_entity_get_id(OSINFO_ENTITY(os)));
    GList *ids = osinfo_product_get_short_id_list(product);
    for (GList *it = ids; it; it = it->next)
        entry.shortIds.append(str(static_cast<const gchar *>(it->data)));
    g_list_free(ids);
    entry.shortId = entry.shortIds.value(0);
    entry.name = str(osinfo_product_get_name(product));
    entry.vendor = str(osinfo_product_get_vendor(product));
    entry.version = str(osinfo_product_get_version(product));
    entry.codename = str(osinfo_product_get_codename(product));
    entry.family = str(osinfo_os_get_family(os));
    entry.distro = str(osinfo_os_get_distro(os));
    entry.releaseDate = QDate::fromString(str(osinfo_product_get_release_date_string(product)), Qt::ISODate);
    entry.eolDate = QDate::fromString(str(osinfo_product_get_eol_date_string(product)), Qt::ISODate);
    entry.kernelUrlArgument = str(osinfo_os_get_kernel_url_argument(os));

    GObjectHandle<OsinfoResourcesList> minimum(osinfo_os_get_minimum_resources(os));
    if (OsinfoResources *r = resourcesFor(minimum.get())) {
        entry.minimumMemory = positive(osinfo_resources_get_ram(r));
        entry.minimumStorage = positive(osinfo_resources_get_storage(r));
    }
    GObjectHandle<OsinfoResourcesList> recommended(osinfo_os_get_recommended_resources(os));
    if (OsinfoResources *r = resourcesFor(recommended.get())) {
        entry.recommendedMemory = positive(osinfo_resources_get_ram(r));
        entry.recommendedStorage = positive(osinfo_resources_get_storage(r));
        entry.recommendedVcpus = std::max(0, osinfo_resources_get_n_cpus(r));
    }

    // Devices include those inherited through derives-from (osinfo_os_get_all_devices).
    GObjectHandle<OsinfoDeviceList> devices(osinfo_os_get_all_devices(os, nullptr));
    const int deviceCount = osinfo_list_get_length(OSINFO_LIST(devices.get()));
    for (int i = 0; i < deviceCount; ++i) {
        auto *device = OSINFO_DEVICE(osinfo_list_get_nth(OSINFO_LIST(devices.get()), i));
        const QString name = str(osinfo_device_get_name(device));
        if (name.startsWith(u"virtio"_s) && name.endsWith(u"-block"_s))
            entry.virtioBlock = true;
        else if (name.startsWith(u"virtio"_s) && name.endsWith(u"-net"_s))
            entry.virtioNet = true;
    }
    GObjectHandle<OsinfoFirmwareList> firmwares(osinfo_os_get_complete_firmware_list(os, nullptr));
    const int firmwareCount = firmwares ? osinfo_list_get_length(OSINFO_LIST(firmwares.get())) : 0;
    for (int i = 0; i < firmwareCount; ++i) {
        auto *firmware = OSINFO_FIRMWARE(osinfo_list_get_nth(OSINFO_LIST(firmwares.get()), i));
        if (str(osinfo_firmware_get_firmware_type(firmware)) == u"efi"_s && osinfo_firmware_is_supported(firmware))
            entry.uefiCapable = true;
    }
    return entry;
}

} // namespace

Result<OsInfoCatalogPtr> OsInfoLoader::loadNow()
{
    GObjectHandle<OsinfoLoader> loader(osinfo_loader_new());
    GError *error = nullptr;
    osinfo_loader_process_default_path(loader.get(), &error);
    if (error) {
        const QString message = str(error->message);
        g_error_free(error);
        return Result<OsInfoCatalogPtr>::failure(
            tr("Cannot read the libosinfo database (package osinfo-db): %1").arg(message));
    }
    OsinfoDb *db = osinfo_loader_get_db(loader.get()); // owned by the loader
    GObjectHandle<OsinfoOsList> list(osinfo_db_get_os_list(db));
    const int count = osinfo_list_get_length(OSINFO_LIST(list.get()));
    if (count == 0)
        return Result<OsInfoCatalogPtr>::failure(
            tr("The libosinfo database is empty: install the osinfo-db package."));
    OsInfoEntryList entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i)
        entries.append(readOs(OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list.get()), i))));
    return {std::make_shared<const OsInfoCatalog>(std::move(entries)), {}};
}

QFuture<Result<OsInfoCatalogPtr>> OsInfoLoader::catalog()
{
    static QMutex mutex;
    static QFuture<Result<OsInfoCatalogPtr>> shared;
    static bool started = false;
    const QMutexLocker lock(&mutex);
    if (started)
        return shared;
    started = true;
    auto promise = std::make_shared<QPromise<Result<OsInfoCatalogPtr>>>();
    shared = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise] {
        promise->addResult(loadNow());
        promise->finish();
    });
    return shared;
}

} // namespace VirtDeck
