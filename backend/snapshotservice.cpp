// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotservice.h"

#include "backendlogging.h"
#include "connectionsession.h"
#include "domainxmlreader.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "snapshotxml.h"

#include <QFileInfo>
#include <QUrl>

#include <libvirt/virterror.h>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Everything below runs on the connection's worker thread.

DomainHandle lookup(virConnectPtr connection, const QUuid &uuid)
{
    const QByteArray raw = uuid.toRfc4122();
    return DomainHandle(virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(raw.constData())));
}

QString guestGone()
{
    return SnapshotService::tr("The guest no longer exists: %1").arg(lastLibvirtError());
}

DomainState stateOf(virDomainPtr domain)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) != 0)
        return DomainState::NoState;
    return DomainState(quint8(state));
}

Result<SnapshotInfo> readSnapshot(virDomainSnapshotPtr snapshot)
{
    CString xml{virDomainSnapshotGetXMLDesc(snapshot, 0)};
    if (!xml)
        return Result<SnapshotInfo>::failure(lastLibvirtError());
    SnapshotXml::Parsed parsed = SnapshotXml::parse(QString::fromUtf8(xml.get()));
    if (!parsed.error.isEmpty())
        return Result<SnapshotInfo>::failure(parsed.error);
    parsed.info.current = virDomainSnapshotIsCurrent(snapshot, 0) == 1;
    return Result<SnapshotInfo>{parsed.info, {}};
}

Result<SnapshotInfo> readNamed(virDomainPtr domain, const QString &name)
{
    const QByteArray raw = name.toUtf8();
    const DomainSnapshotHandle snapshot(virDomainSnapshotLookupByName(domain, raw.constData(), 0));
    if (!snapshot)
        return Result<SnapshotInfo>::failure(SnapshotService::tr("No snapshot named \"%1\": %2").arg(name, lastLibvirtError()));
    return readSnapshot(snapshot.get());
}

Result<SnapshotListing> listOn(virConnectPtr connection, const QUuid &uuid)
{
    using R = Result<SnapshotListing>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    SnapshotListing listing;
    listing.guestName = QString::fromUtf8(virDomainGetName(domain.get()));
    listing.guestState = stateOf(domain.get());
    virDomainSnapshotPtr *raw = nullptr;
    const int count = virDomainListAllSnapshots(domain.get(), &raw, 0);
    if (count < 0)
        return R::failure(lastLibvirtError());
    for (const DomainSnapshotHandle &snapshot : adoptHandleArray<DomainSnapshotHandle>(raw, count)) {
        Result<SnapshotInfo> info = readSnapshot(snapshot.get());
        if (!info.ok())
            return R::failure(info.error);
        listing.snapshots.append(std::move(info.value));
    }
    std::sort(listing.snapshots.begin(), listing.snapshots.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return a.creationTime != b.creationTime ? a.creationTime < b.creationTime : a.name < b.name;
    });
    if (CString xml{virDomainGetXMLDesc(domain.get(), 0)}) {
        const QString text = QString::fromUtf8(xml.get());
        listing.agentConnected = SnapshotXml::agentConnected(text);
        for (const DomainDisk &disk : DomainXmlReader::disks(text).disks) {
            if (SnapshotXml::coveredByExternal(disk))
                listing.diskPaths.append(disk.sourcePath);
        }
    }
    return R{listing, {}};
}

Result<SnapshotInfo> createOn(virConnectPtr connection, const QUuid &uuid, const SnapshotCreateOptions &options)
{
    using R = Result<SnapshotInfo>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    const DomainState state = stateOf(domain.get());
    const QString problem = SnapshotPolicy::createProblem(options, state);
    if (!problem.isEmpty())
        return R::failure(problem);
    const QByteArray rawName = options.name.toUtf8();
    if (DomainSnapshotHandle(virDomainSnapshotLookupByName(domain.get(), rawName.constData(), 0)))
        return R::failure(SnapshotService::tr("This guest already has a snapshot named \"%1\".").arg(options.name));
    virResetLastError();

    CString liveXml{virDomainGetXMLDesc(domain.get(), 0)};
    if (!liveXml)
        return R::failure(lastLibvirtError());
    const QString domainXml = QString::fromUtf8(liveXml.get());
    const DomainXmlReader::Disks disks = DomainXmlReader::disks(domainXml);
    if (!disks.error.isEmpty())
        return R::failure(disks.error);

    unsigned int flags = 0;
    const bool active = isActive(state);
    if (options.external) {
        // Never overwrite: libvirt refuses existing overlay files without REUSE_EXT (which
        // is never passed); on a local host say so before asking it.
        int covered = 0;
        const CString uri{virConnectGetURI(connection)};
        const bool local = uri && QUrl(QString::fromUtf8(uri.get())).host().isEmpty();
        for (const DomainDisk &disk : disks.disks) {
            if (!SnapshotXml::coveredByExternal(disk))
                continue;
            ++covered;
            const QString overlay = SnapshotXml::overlayPath(disk.sourcePath, options.name, options.fileSuffix);
            const bool clash = std::any_of(disks.disks.cbegin(), disks.disks.cend(),
                                           [&overlay](const DomainDisk &d) { return d.sourcePath == overlay; });
            if (clash || (local && QFileInfo::exists(overlay)))
                return R::failure(SnapshotService::tr("The overlay file %1 already exists; it is left alone. "
                                                      "Choose another snapshot name.").arg(overlay));
        }
        if (covered == 0)
            return R::failure(SnapshotService::tr("The guest has no writable file-backed disk for an external snapshot."));
        flags |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY;
        if (active)
            flags |= VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
    }
    const QByteArray document = SnapshotXml::createDocument(options, disks.disks).toUtf8();

    // Quiescing needs a running guest whose agent answers, and libvirt takes it only for
    // disk-only snapshots; with memory the guest's state is captured as a whole anyway.
    const bool quiesce = options.quiesce && active && (flags & VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY)
                      && SnapshotXml::agentConnected(domainXml);
    DomainSnapshotHandle snapshot;
    if (quiesce) {
        snapshot.reset(virDomainSnapshotCreateXML(domain.get(), document.constData(), flags | VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE));
        if (!snapshot)
            qCInfo(lcLibvirt) << "snapshot: quiesce failed, taking it without:" << lastLibvirtError();
    }
    if (!snapshot)
        snapshot.reset(virDomainSnapshotCreateXML(domain.get(), document.constData(), flags));
    if (!snapshot)
        return R::failure(lastLibvirtError());
    return readSnapshot(snapshot.get());
}

Result<bool> revertOn(virConnectPtr connection, const QUuid &uuid, const QString &name, SnapshotRevertMode mode)
{
    using R = Result<bool>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    const QByteArray raw = name.toUtf8();
    const DomainSnapshotHandle snapshot(virDomainSnapshotLookupByName(domain.get(), raw.constData(), 0));
    if (!snapshot)
        return R::failure(SnapshotService::tr("No snapshot named \"%1\": %2").arg(name, lastLibvirtError()));
    const Result<SnapshotInfo> info = readSnapshot(snapshot.get());
    if (!info.ok())
        return R::failure(info.error);
    const QString problem = SnapshotPolicy::revertProblem(info.value);
    if (!problem.isEmpty())
        return R::failure(problem);
    unsigned int flags = 0;
    if (mode == SnapshotRevertMode::Running)
        flags = VIR_DOMAIN_SNAPSHOT_REVERT_RUNNING;
    else if (mode == SnapshotRevertMode::Paused)
        flags = VIR_DOMAIN_SNAPSHOT_REVERT_PAUSED;
    if (virDomainRevertToSnapshot(snapshot.get(), flags) != 0)
        return R::failure(lastLibvirtError());
    return R{true, {}};
}

DomainActionResult actionResult(virConnectPtr connection, const QUuid &uuid, const QString &error)
{
    DomainActionResult result{uuid, {}, error.isEmpty(), error};
    if (const DomainHandle domain = lookup(connection, uuid))
        result.name = QString::fromUtf8(virDomainGetName(domain.get()));
    else
        result.name = uuid.toString(QUuid::WithoutBraces);
    virResetLastError();
    return result;
}

// Not connected: every guest of the batch gets the same failure, none is dropped.
QFuture<DomainActionResults> perGuest(QFuture<Result<DomainActionResults>> future, const UuidList &guests)
{
    return future.then([guests](const Result<DomainActionResults> &result) {
        if (result.ok())
            return result.value;
        DomainActionResults out;
        for (const QUuid &uuid : guests)
            out.append({uuid, uuid.toString(QUuid::WithoutBraces), false, result.error});
        return out;
    });
}

template<typename T>
QFuture<Result<T>> unavailable()
{
    return QtFuture::makeReadyFuture(Result<T>::failure(SnapshotService::tr("The connection is closed.")));
}

} // namespace

SnapshotService::SnapshotService(ConnectionSession *session)
    : m_session(session)
{
}

QFuture<Result<SnapshotListing>> SnapshotService::list(const QUuid &guest) const
{
    if (!m_session)
        return unavailable<SnapshotListing>();
    return m_session->withConnection<SnapshotListing>([guest](virConnectPtr c) { return listOn(c, guest); });
}

QFuture<Result<SnapshotInfo>> SnapshotService::create(const QUuid &guest, const SnapshotCreateOptions &options) const
{
    if (!m_session)
        return unavailable<SnapshotInfo>();
    return m_session->withConnection<SnapshotInfo>([guest, options](virConnectPtr c) { return createOn(c, guest, options); });
}

QFuture<Result<bool>> SnapshotService::revert(const QUuid &guest, const QString &name, SnapshotRevertMode mode) const
{
    if (!m_session)
        return unavailable<bool>();
    return m_session->withConnection<bool>([guest, name, mode](virConnectPtr c) { return revertOn(c, guest, name, mode); });
}

QFuture<Result<bool>> SnapshotService::remove(const QUuid &guest, const QString &name, SnapshotDeleteMode mode) const
{
    if (!m_session)
        return unavailable<bool>();
    return m_session->withConnection<bool>([guest, name, mode](virConnectPtr connection) {
        using R = Result<bool>;
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return R::failure(guestGone());
        const Result<SnapshotListing> listing = listOn(connection, guest);
        if (!listing.ok())
            return R::failure(listing.error);
        const QString problem = SnapshotPolicy::deleteProblem(listing.value.snapshots, name, mode);
        if (!problem.isEmpty())
            return R::failure(problem);
        const QByteArray raw = name.toUtf8();
        const DomainSnapshotHandle snapshot(virDomainSnapshotLookupByName(domain.get(), raw.constData(), 0));
        if (!snapshot)
            return R::failure(tr("No snapshot named \"%1\": %2").arg(name, lastLibvirtError()));
        unsigned int flags = 0;
        if (mode == SnapshotDeleteMode::WithChildren)
            flags = VIR_DOMAIN_SNAPSHOT_DELETE_CHILDREN;
        else if (mode == SnapshotDeleteMode::MetadataOnly)
            flags = VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY;
        if (virDomainSnapshotDelete(snapshot.get(), flags) != 0)
            return R::failure(lastLibvirtError());
        return R{true, {}};
    });
}

QFuture<Result<SnapshotInfo>> SnapshotService::setDescription(const QUuid &guest, const QString &name,
                                                              const QString &description) const
{
    if (!m_session)
        return unavailable<SnapshotInfo>();
    return m_session->withConnection<SnapshotInfo>([guest, name, description](virConnectPtr connection) {
        using R = Result<SnapshotInfo>;
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return R::failure(guestGone());
        const QByteArray raw = name.toUtf8();
        const DomainSnapshotHandle snapshot(virDomainSnapshotLookupByName(domain.get(), raw.constData(), 0));
        if (!snapshot)
            return R::failure(tr("No snapshot named \"%1\": %2").arg(name, lastLibvirtError()));
        // The secure XML: a redefine from the plain one would drop passwords in the saved domain.
        CString xml{virDomainSnapshotGetXMLDesc(snapshot.get(), VIR_DOMAIN_SNAPSHOT_XML_SECURE)};
        if (!xml)
            xml.reset(virDomainSnapshotGetXMLDesc(snapshot.get(), 0));
        if (!xml)
            return R::failure(lastLibvirtError());
        const SnapshotXml::Parsed changed = SnapshotXml::withDescription(QString::fromUtf8(xml.get()), description);
        if (!changed.error.isEmpty())
            return R::failure(changed.error);
        unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE;
        if (virDomainSnapshotIsCurrent(snapshot.get(), 0) == 1)
            flags |= VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT;
        const QByteArray document = changed.info.xml.toUtf8();
        const DomainSnapshotHandle redefined(virDomainSnapshotCreateXML(domain.get(), document.constData(), flags));
        if (!redefined)
            return R::failure(lastLibvirtError());
        return readSnapshot(redefined.get());
    });
}

QFuture<Result<QString>> SnapshotService::xml(const QUuid &guest, const QString &name) const
{
    if (!m_session)
        return unavailable<QString>();
    return m_session->withConnection<QString>([guest, name](virConnectPtr connection) {
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return Result<QString>::failure(guestGone());
        const Result<SnapshotInfo> info = readNamed(domain.get(), name);
        return info.ok() ? Result<QString>{info.value.xml, {}} : Result<QString>::failure(info.error);
    });
}

QFuture<DomainActionResults> SnapshotService::createMany(const UuidList &guests, const SnapshotCreateOptions &options) const
{
    if (!m_session)
        return perGuest(unavailable<DomainActionResults>(), guests);
    return perGuest(m_session->withConnection<DomainActionResults>([guests, options](virConnectPtr connection) {
                        DomainActionResults out;
                        for (const QUuid &uuid : guests)
                            out.append(actionResult(connection, uuid, createOn(connection, uuid, options).error));
                        return Result<DomainActionResults>{out, {}};
                    }),
                    guests);
}

QFuture<DomainActionResults> SnapshotService::revertMany(const UuidList &guests, const QString &name, SnapshotRevertMode mode) const
{
    if (!m_session)
        return perGuest(unavailable<DomainActionResults>(), guests);
    return perGuest(m_session->withConnection<DomainActionResults>([guests, name, mode](virConnectPtr connection) {
                        DomainActionResults out;
                        for (const QUuid &uuid : guests)
                            out.append(actionResult(connection, uuid, revertOn(connection, uuid, name, mode).error));
                        return Result<DomainActionResults>{out, {}};
                    }),
                    guests);
}

} // namespace VirtDeck
