// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloneservice.h"

#include "clonejournal.h"
#include "clonexml.h"
#include "connectionsession.h"
#include "domainxmlreader.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "namepattern.h"
#include "storagexml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

#include <libvirt/virterror.h>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Everything below runs on the connection's worker thread.

DomainHandle lookup(virConnectPtr connection, const QUuid &uuid)
{
    const QByteArray raw = uuid.toRfc4122();
    return DomainHandle(virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(raw.constData())));
}

QUuid uuidOf(virDomainPtr domain)
{
    unsigned char raw[VIR_UUID_BUFLEN];
    if (virDomainGetUUID(domain, raw) != 0)
        return {};
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
}

QSet<QString> allGuestNames(virConnectPtr connection, QString *error)
{
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(connection, &raw, 0);
    if (count < 0) {
        *error = lastLibvirtError();
        return {};
    }
    QSet<QString> names;
    for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count))
        names.insert(QString::fromUtf8(virDomainGetName(domain.get())));
    return names;
}

QString extensionFor(const QString &format)
{
    if (format == u"qcow2"_s)
        return u"qcow2"_s;
    if (format.isEmpty() || format == u"raw"_s)
        return u"img"_s;
    return format;
}

// What a half-made clone has so far; removed again unless commit() is called. Every step
// is written to the CloneJournal before it is taken: when the connection dies in the
// middle, this cleanup cannot reach the host, the journal entry stays and the next
// connection removes the debris (CloneJournal::recover).
class Debris
{
public:
    Debris(virConnectPtr connection, const QString &name)
        : m_connection(connection)
    {
        CString uri{virConnectGetURI(connection)};
        m_entry.uri = uri ? QString::fromUtf8(uri.get()) : QString();
        m_entry.name = name;
        m_entry.uuid = QUuid::createUuid();
        m_entry.pid = QCoreApplication::applicationPid();
        CloneJournal::setInFlight(m_entry.uuid, true);
    }
    Debris(const Debris &) = delete;
    Debris &operator=(const Debris &) = delete;
    ~Debris()
    {
        CloneJournal::setInFlight(m_entry.uuid, false);
        if (m_committed) {
            forget();
            return;
        }
        bool clean = true;
        if (m_domain) {
            if (virDomainIsActive(m_domain.get()) == 1)
                virDomainDestroy(m_domain.get());
            if (virDomainUndefineFlags(m_domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE) != 0
                && virDomainUndefine(m_domain.get()) != 0)
                clean = false;
        }
        for (const StorageVolHandle &volume : m_volumes)
            clean = virStorageVolDelete(volume.get(), 0) == 0 && clean;
        for (const QString &file : std::as_const(m_files))
            QFile::remove(file);
        // A volume whose creation failed may still exist when the connection died during it.
        if (clean && virConnectIsAlive(m_connection) == 1 && !m_uncertain)
            forget();
        virResetLastError(); // the caller reports the error that made this necessary
    }
    // The clone's UUID, chosen here so that a half-defined guest can be found again.
    QUuid uuid() const { return m_entry.uuid; }
    // Before the volume is created.
    void willCreateVolume(const QString &pool, const QString &name)
    {
        m_entry.volumes.append({pool, name});
        record();
    }
    // After a creation failed: taken off the journal unless the connection died meanwhile
    // (then the host may have made it after all).
    void volumeNotCreated()
    {
        if (virConnectIsAlive(m_connection) != 1) {
            m_uncertain = true;
            return;
        }
        m_entry.volumes.removeLast();
        record();
    }
    void addVolume(StorageVolHandle volume) { m_volumes.push_back(std::move(volume)); }
    void addFile(const QString &path)
    {
        m_files.append(path);
        m_entry.files.append(path);
        record();
    }
    // Before the definition: the journal then knows the UUID to look for.
    void willDefine() { record(); }
    void setDomain(DomainHandle domain) { m_domain = std::move(domain); }
    virDomainPtr domain() const { return m_domain.get(); }
    void commit() { m_committed = true; }

private:
    void record()
    {
        m_recorded = true;
        CloneJournal::record(m_entry);
    }
    void forget()
    {
        if (m_recorded)
            CloneJournal::forget(m_entry.uuid);
    }

    virConnectPtr m_connection;
    CloneJournal::Entry m_entry;
    std::vector<StorageVolHandle> m_volumes;
    QStringList m_files;
    DomainHandle m_domain;
    bool m_committed = false;
    bool m_recorded = false;
    bool m_uncertain = false;
};

} // namespace

// What every clone of one source needs from libvirt, read once (a batch shares it between
// its clones, which saves seven round trips per guest).
struct CloneService::Plan
{
    struct Disk
    {
        int index = 0; // position of the <disk> in <devices>
        QString target;
        QString sourcePath;
        QString sourceFormat;
        quint64 capacity = 0;
        StoragePoolHandle pool;
        StorageVolHandle volume;
    };
    DomainHandle source;
    QString sourceName;
    QString sourceXml;
    std::vector<Disk> disks;
    QString nvram;
    bool local = false; // the connection's host is this one: NVRAM files can be copied
};

namespace {

std::shared_ptr<CloneService::Plan> planOn(virConnectPtr connection, const QUuid &sourceUuid, QString *error)
{
    auto plan = std::make_shared<CloneService::Plan>();
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::shared_ptr<CloneService::Plan>();
    };
    plan->source = lookup(connection, sourceUuid);
    if (!plan->source)
        return fail(CloneService::tr("The source guest no longer exists: %1").arg(lastLibvirtError()));
    plan->sourceName = QString::fromUtf8(virDomainGetName(plan->source.get()));
    // SECURE: the clone keeps the source's console password, as a copy should.
    CString rawXml{virDomainGetXMLDesc(plan->source.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE)};
    if (!rawXml)
        return fail(lastLibvirtError());
    plan->sourceXml = QString::fromUtf8(rawXml.get());
    const DomainXmlReader::Disks disks = DomainXmlReader::disks(plan->sourceXml);
    if (!disks.error.isEmpty())
        return fail(disks.error);
    for (int index = 0; index < disks.disks.size(); ++index) {
        const DomainDisk &disk = disks.disks.at(index);
        const bool shared = disk.device == u"cdrom"_s || disk.device == u"floppy"_s || disk.readOnly || disk.shareable
                         || disk.sourcePath.isEmpty();
        if (shared)
            continue;
        CloneService::Plan::Disk planned;
        planned.index = index;
        planned.target = disk.target;
        planned.sourcePath = disk.sourcePath;
        const QByteArray rawPath = disk.sourcePath.toUtf8();
        planned.volume.reset(virStorageVolLookupByPath(connection, rawPath.constData()));
        if (!planned.volume)
            return fail(CloneService::tr("Disk %1 (%2) is not a volume of a storage pool; only pool volumes can be "
                                         "cloned. Refresh or add the pool that holds it.").arg(disk.target, disk.sourcePath));
        planned.pool.reset(virStoragePoolLookupByVolume(planned.volume.get()));
        if (!planned.pool)
            return fail(lastLibvirtError());
        CString volumeXml{virStorageVolGetXMLDesc(planned.volume.get(), 0)};
        StorageVolumeInfo sourceInfo;
        if (!volumeXml || !StorageXml::readVolume(QString::fromUtf8(volumeXml.get()), sourceInfo))
            return fail(CloneService::tr("Cannot read volume %1: %2").arg(disk.sourcePath, lastLibvirtError()));
        virStorageVolInfo basic{};
        if (virStorageVolGetInfo(planned.volume.get(), &basic) != 0)
            return fail(lastLibvirtError());
        planned.sourceFormat = sourceInfo.format;
        planned.capacity = basic.capacity;
        plan->disks.push_back(std::move(planned));
    }
    plan->nvram = CloneXml::nvramPath(plan->sourceXml);
    CString uri{virConnectGetURI(connection)};
    plan->local = uri && QUrl(QString::fromUtf8(uri.get())).host().isEmpty();
    return plan;
}

CloneResult cloneOn(virConnectPtr connection, const CloneService::Plan &plan, const CloneSpec &spec,
                    const CloneService::CancelFlag &cancel)
{
    CloneResult result;
    result.name = spec.name;
    const auto fail = [&result, connection](const QString &message) {
        result.ok = false;
        result.error = message;
        if (virConnectIsAlive(connection) != 1) {
            result.connectionLost = true;
            result.error = CloneService::tr("The connection to the host was lost (%1). Whatever was made of this guest "
                                            "is removed when the connection is back.").arg(message);
        }
        return result;
    };
    if (virConnectIsAlive(connection) != 1) {
        result.connectionLost = true;
        result.cancelled = true;
        result.error = CloneService::tr("Not begun: the connection to the host was lost.");
        return result;
    }
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return fail(CloneService::tr("Cancelled before it began."));
    }
    if (const QString problem = NamePattern::nameProblem(spec.name); !problem.isEmpty())
        return fail(problem);
    int state = VIR_DOMAIN_NOSTATE;
    if (virDomainGetState(plan.source.get(), &state, nullptr, 0) != 0)
        return fail(lastLibvirtError());
    if (state != VIR_DOMAIN_SHUTOFF)
        return fail(CloneService::tr("\"%1\" must be shut off to be cloned: its disks would change while they are copied.")
                        .arg(plan.sourceName));
    {
        const QByteArray rawName = spec.name.toUtf8();
        if (DomainHandle(virDomainLookupByName(connection, rawName.constData())))
            return fail(CloneService::tr("A guest named \"%1\" already exists.").arg(spec.name));
        virResetLastError();
    }

    Debris debris(connection, spec.name);
    CloneXml::Changes changes;
    changes.name = spec.name;
    changes.uuid = debris.uuid();
    changes.vcpus = spec.vcpus;
    changes.memoryKiB = spec.memoryMiB * 1024;
    changes.network = spec.network;
    for (const CloneService::Plan::Disk &disk : plan.disks) {
        if (cancel && cancel->load()) {
            result.cancelled = true; // what was made so far goes with the debris
            return fail(CloneService::tr("Cancelled."));
        }
        const bool linked = spec.mode == CloneMode::Linked;
        const QString format = linked ? u"qcow2"_s : disk.sourceFormat;
        const QString volumeName = u"%1-%2.%3"_s.arg(spec.name, disk.target, extensionFor(format));
        StorageVolHandle created;
        debris.willCreateVolume(QString::fromUtf8(virStoragePoolGetName(disk.pool.get())), volumeName);
        if (linked) {
            StorageVolumeForm form;
            form.name = volumeName;
            form.format = u"qcow2"_s;
            form.capacity = disk.capacity;
            form.backingPath = disk.sourcePath;
            form.backingFormat = disk.sourceFormat.isEmpty() ? u"raw"_s : disk.sourceFormat;
            const QByteArray xml = StorageXml::volumeFromForm(form).toUtf8();
            created.reset(virStorageVolCreateXML(disk.pool.get(), xml.constData(), 0));
        } else {
            const QByteArray xml = StorageXml::cloneVolume(volumeName, disk.sourceFormat, disk.capacity).toUtf8();
            created.reset(virStorageVolCreateXMLFrom(disk.pool.get(), xml.constData(), disk.volume.get(), 0));
        }
        if (!created) {
            const QString error = lastLibvirtError();
            debris.volumeNotCreated();
            return fail(CloneService::tr("Cannot create volume %1 for disk %2: %3").arg(volumeName, disk.target, error));
        }
        CString newPath{virStorageVolGetPath(created.get())};
        if (!newPath)
            return fail(lastLibvirtError());
        const QString path = QString::fromUtf8(newPath.get());
        result.volumes.append(path);
        debris.addVolume(std::move(created));
        changes.disks.insert(disk.index, {path, linked ? u"qcow2"_s : QString()});
    }

    // A UEFI guest's variable store: copied when it is a local file this process can read
    // (boot entries survive); otherwise libvirt makes a fresh one from the firmware's template.
    const QString &nvram = plan.nvram;
    if (!nvram.isEmpty() && plan.local && QFileInfo(nvram).isReadable()) {
        const QString copy = QFileInfo(nvram).absoluteDir().filePath(spec.name + u"_VARS.fd"_s);
        if (QFileInfo::exists(copy))
            return fail(CloneService::tr("The NVRAM file %1 already exists; it is left alone.").arg(copy));
        if (!QFile::copy(nvram, copy))
            return fail(CloneService::tr("Cannot copy the NVRAM file %1 to %2.").arg(nvram, copy));
        debris.addFile(copy);
        changes.nvramPath = copy;
    }

    const CloneXml::Rewritten rewritten = CloneXml::rewrite(plan.sourceXml, changes);
    if (!rewritten.error.isEmpty())
        return fail(rewritten.error);
    const QByteArray document = rewritten.xml.toUtf8();
    debris.willDefine();
    DomainHandle defined(virDomainDefineXML(connection, document.constData()));
    if (!defined)
        return fail(CloneService::tr("Cannot define the clone: %1").arg(lastLibvirtError()));
    result.uuid = uuidOf(defined.get());
    debris.setDomain(std::move(defined));
    if (spec.start) {
        if (virDomainCreate(debris.domain()) != 0)
            return fail(CloneService::tr("Cannot start the clone: %1").arg(lastLibvirtError()));
        result.started = true;
    }
    debris.commit();
    result.ok = true;
    return result;
}

} // namespace

CloneService::CloneService(ConnectionSession *session)
    : m_session(session)
{
}

QFuture<CloneResult> CloneService::clone(const QUuid &source, const CloneSpec &spec, CancelFlag cancel) const
{
    const auto asResult = [name = spec.name](QFuture<Result<CloneResult>> future) {
        return future.then([name](const Result<CloneResult> &result) {
            if (result.ok())
                return result.value;
            CloneResult failed;
            failed.name = name;
            failed.error = result.error;
            return failed;
        });
    };
    if (!m_session)
        return asResult(failedFuture<CloneResult>(tr("The connection is closed.")));
    return asResult(m_session->withConnection<CloneResult>([source, spec, cancel](virConnectPtr connection) {
        QString error;
        const std::shared_ptr<Plan> plan = planOn(connection, source, &error);
        if (!plan)
            return Result<CloneResult>{CloneResult{spec.name, {}, false, false, false, error, {}}, {}};
        return Result<CloneResult>{cloneOn(connection, *plan, spec, cancel), {}};
    }));
}

QFuture<Result<CloneService::Prepared>> CloneService::prepare(const QUuid &source) const
{
    if (!m_session)
        return failedFuture<Prepared>(tr("The connection is closed."));
    return m_session->withConnection<Prepared>([source](virConnectPtr connection) {
        QString error;
        std::shared_ptr<const Plan> plan = planOn(connection, source, &error);
        if (!plan)
            return Result<Prepared>::failure(error);
        if (virConnectRef(connection) != 0)
            return Result<Prepared>::failure(lastLibvirtError());
        SharedConnection shared(connection, [](virConnectPtr c) { virConnectClose(c); });
        return Result<Prepared>{Prepared{std::move(shared), std::move(plan)}, {}};
    });
}

QFuture<CloneResult> CloneService::clone(QThreadPool *pool, const Prepared &prepared, const CloneSpec &spec,
                                         CancelFlag cancel)
{
    auto promise = std::make_shared<QPromise<CloneResult>>();
    QFuture<CloneResult> future = promise->future();
    promise->start();
    pool->start([promise, prepared, spec, cancel] {
        promise->addResult(cloneOn(prepared.connection.get(), *prepared.plan, spec, cancel));
        promise->finish();
    });
    return future;
}

QFuture<Result<QStringList>> CloneService::checkBatch(const QUuid &source, const QStringList &names) const
{
    if (!m_session)
        return failedFuture<QStringList>(tr("The connection is closed."));
    return m_session->withConnection<QStringList>([source, names](virConnectPtr connection) {
        using R = Result<QStringList>;
        const DomainHandle domain = lookup(connection, source);
        if (!domain)
            return R::failure(tr("The template no longer exists: %1").arg(lastLibvirtError()));
        int state = VIR_DOMAIN_NOSTATE;
        if (virDomainGetState(domain.get(), &state, nullptr, 0) != 0)
            return R::failure(lastLibvirtError());
        if (state != VIR_DOMAIN_SHUTOFF)
            return R::failure(tr("\"%1\" must be shut off to be cloned.").arg(QString::fromUtf8(virDomainGetName(domain.get()))));
        if (names.isEmpty())
            return R::failure(tr("No names to create."));
        QString error;
        const QSet<QString> existing = allGuestNames(connection, &error);
        if (!error.isEmpty())
            return R::failure(error);
        return R{NamePattern::clashes(names, existing), {}};
    });
}

QFuture<Result<QStringList>> CloneService::guestNames() const
{
    if (!m_session)
        return failedFuture<QStringList>(tr("The connection is closed."));
    return m_session->withConnection<QStringList>([](virConnectPtr connection) {
        QString error;
        QStringList names = allGuestNames(connection, &error).values();
        names.sort();
        return error.isEmpty() ? Result<QStringList>{names, {}} : Result<QStringList>::failure(error);
    });
}

} // namespace VirtDeck
