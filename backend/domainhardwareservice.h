// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

// A guest's hardware: read, hot-plug and edit. A small value: copy it freely. Every call
// returns at once; the libvirt work runs on the connection's worker thread. Each change is
// checked again there (HardwareValidator) against fresh XML before libvirt is asked, and
// uses the libvirt flags of its ApplyScope (VIR_DOMAIN_AFFECT_LIVE / _CONFIG). Changes that
// only exist in the definition (boot, graphics, video, disk options) read the inactive XML,
// change it with QDom and define it again.
class DomainHardwareService
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::DomainHardwareService)

public:
    explicit DomainHardwareService(ConnectionSession *session);

    QFuture<Result<HardwareListing>> load(const QUuid &guest) const;

    QFuture<Result<bool>> setVcpus(const QUuid &guest, const VcpuChange &change) const;
    QFuture<Result<bool>> setMemory(const QUuid &guest, const MemoryChange &change) const;

    // Creates the volume first when the request asks for one (and deletes it again when the
    // attach fails). Returns the disk as attached (target and source filled in).
    QFuture<Result<DiskDevice>> attachDisk(const QUuid &guest, const NewDiskRequest &request, ApplyScope scope) const;
    QFuture<Result<DetachOutcome>> detachDisk(const QUuid &guest, const QString &target, ApplyScope scope) const;
    // New media for a CD-ROM or floppy; an empty path ejects.
    QFuture<Result<bool>> changeMedia(const QUuid &guest, const QString &target, const QString &path, ApplyScope scope) const;
    QFuture<Result<bool>> setDiskOptions(const QUuid &guest, const QString &target, const QString &cache, bool readOnly) const;

    // An empty MAC gets a generated 52:54:00:xx:xx:xx one. Returns the NIC as attached.
    QFuture<Result<NicDevice>> attachNic(const QUuid &guest, const NicDevice &nic, ApplyScope scope) const;
    QFuture<Result<DetachOutcome>> detachNic(const QUuid &guest, const QString &mac, ApplyScope scope) const;
    QFuture<Result<bool>> setLinkState(const QUuid &guest, const QString &mac, bool up, ApplyScope scope) const;

    QFuture<Result<bool>> setBoot(const QUuid &guest, const BootConfig &boot) const;
    QFuture<Result<bool>> setGraphics(const QUuid &guest, const GraphicsChange &change) const;
    QFuture<Result<bool>> setVideo(const QUuid &guest, int index, const VideoDevice &video) const;

    // The NICs of the running guest (or the definition) with the addresses libvirt knows:
    // DHCP leases of libvirt networks, then the guest agent when it answers.
    QFuture<Result<GuestInterfaceRows>> interfaces(const QUuid &guest) const;

private:
    template<typename T, typename Fn>
    QFuture<Result<T>> onGuest(const QUuid &guest, Fn fn) const;

    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
