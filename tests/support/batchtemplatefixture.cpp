// SPDX-License-Identifier: GPL-2.0-or-later
#include "batchtemplatefixture.h"

#include "libvirterror.h"
#include "libvirthandles.h"

#include <QDir>
#include <QProcess>

#include <libvirt/virterror.h>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

namespace {
ConnectHandle openSystem()
{
    return ConnectHandle(virConnectOpen("qemu:///system"));
}
} // namespace

BatchTemplateFixture::BatchTemplateFixture(const QString &prefix)
    : m_prefix(prefix)
{
}

bool BatchTemplateFixture::create(int diskMiB, int dataMiB, QString *error)
{
    remove(); // leftovers of an interrupted run
    ConnectHandle connection = openSystem();
    if (!connection) {
        *error = u"qemu:///system does not answer (%1). Start the daemon as root with `bash scripts/libvirtd-start.sh`."_s
                     .arg(lastLibvirtError());
        return false;
    }
    const QByteArray poolXml = u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s
                                   .arg(poolName(), poolPath()).toUtf8();
    StoragePoolHandle pool(virStoragePoolDefineXML(connection.get(), poolXml.constData(), 0));
    if (!pool || virStoragePoolBuild(pool.get(), 0) != 0 || virStoragePoolCreate(pool.get(), 0) != 0) {
        *error = u"cannot make pool %1: %2"_s.arg(poolName(), lastLibvirtError());
        return false;
    }
    const QByteArray volumeXml = u"<volume><name>%1.qcow2</name><capacity unit='MiB'>%2</capacity>"
                                 "<target><format type='qcow2'/></target></volume>"_s.arg(templateName()).arg(diskMiB).toUtf8();
    StorageVolHandle volume(virStorageVolCreateXML(pool.get(), volumeXml.constData(), 0));
    if (!volume) {
        *error = u"cannot make the template disk: %1"_s.arg(lastLibvirtError());
        return false;
    }
    if (dataMiB > 0) {
        QProcess io;
        io.start(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x5a 0 %1M"_s.arg(dataMiB), templateDisk()});
        if (!io.waitForFinished(120000) || io.exitCode() != 0) {
            *error = u"qemu-io failed (install qemu-utils): %1"_s.arg(QString::fromLocal8Bit(io.readAllStandardError()));
            return false;
        }
        virStoragePoolRefresh(pool.get(), 0);
    }
    const QByteArray domainXml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>128</memory><vcpu>1</vcpu>"
                                 "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                                 "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%2'/>"
                                 "<target dev='vda' bus='virtio'/></disk>"
                                 "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/><target dev='hdc' bus='ide'/><readonly/></disk>"
                                 "</devices></domain>"_s.arg(templateName(), templateDisk()).toUtf8();
    DomainHandle domain(virDomainDefineXML(connection.get(), domainXml.constData()));
    if (!domain) {
        *error = u"cannot define the template: %1"_s.arg(lastLibvirtError());
        return false;
    }
    unsigned char raw[VIR_UUID_BUFLEN];
    virDomainGetUUID(domain.get(), raw);
    m_templateUuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
    return true;
}

QStringList BatchTemplateFixture::remove()
{
    QStringList problems;
    ConnectHandle connection = openSystem();
    if (!connection)
        return {u"qemu:///system does not answer"_s};
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(connection.get(), &raw, 0);
    for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count)) {
        if (!QString::fromUtf8(virDomainGetName(domain.get())).startsWith(m_prefix))
            continue;
        if (virDomainIsActive(domain.get()) == 1)
            virDomainDestroy(domain.get());
        if (virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM
                                                     | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) != 0)
            problems.append(lastLibvirtError());
    }
    const QByteArray name = poolName().toUtf8();
    if (StoragePoolHandle pool{virStoragePoolLookupByName(connection.get(), name.constData())}) {
        if (virStoragePoolIsActive(pool.get()) == 1) {
            virStoragePoolRefresh(pool.get(), 0);
            virStorageVolPtr *volumes = nullptr;
            const int n = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
            for (const StorageVolHandle &volume : adoptHandleArray<StorageVolHandle>(volumes, n))
                if (virStorageVolDelete(volume.get(), 0) != 0)
                    problems.append(lastLibvirtError());
            virStoragePoolDestroy(pool.get());
        }
        virStoragePoolDelete(pool.get(), 0);
        virStoragePoolUndefine(pool.get());
    }
    virResetLastError();
    if (QDir(poolPath()).exists() && !QDir(poolPath()).removeRecursively())
        problems.append(u"cannot remove %1"_s.arg(poolPath()));
    return problems;
}

QStringList BatchTemplateFixture::poolFiles() const
{
    return QDir(poolPath()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

bool BatchTemplateFixture::defineBareGuest(const QString &name, QString *error)
{
    ConnectHandle connection = openSystem();
    const QByteArray xml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                           "<os><type arch='x86_64' machine='pc'>hvm</type></os></domain>"_s.arg(name).toUtf8();
    if (!connection || !DomainHandle(virDomainDefineXML(connection.get(), xml.constData()))) {
        *error = lastLibvirtError();
        return false;
    }
    return true;
}

QStringList BatchTemplateFixture::guestsNamed(const QString &prefix)
{
    QStringList names;
    ConnectHandle connection = openSystem();
    if (!connection)
        return names;
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(connection.get(), &raw, 0);
    for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count)) {
        const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
        if (name.startsWith(prefix))
            names.append(name);
    }
    names.sort();
    return names;
}

} // namespace VirtDeck::Test
