// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guesthostfacts.h"
#include "newguestform.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

struct CreatedGuest
{
    QString name;
    QUuid uuid;
    bool started = false;
    QString startError;    // defined, but libvirt refused to start it: why
    QString createdVolume; // the volume made for it, empty if none
};

// Creates a guest from the new-guest wizard's form on the connection's worker: makes the
// new volume, defines the domain from DomainXmlBuilder's XML (validated by libvirt) and
// optionally starts it. When libvirt refuses the definition the volume made for it is
// deleted again and the error is libvirt's message. A small value: copy it freely.
class GuestCreationService
{
    Q_DECLARE_TR_FUNCTIONS(GuestCreationService)

public:
    explicit GuestCreationService(ConnectionSession *session);

    // Host capabilities (kvm or qemu), domain capabilities (OVMF), CPU and memory limits
    // and the names of existing guests.
    QFuture<Result<GuestHostFacts>> hostFacts() const;

    enum class Then { DefineOnly, Start };
    QFuture<Result<CreatedGuest>> create(const NewGuestForm &form, Then then) const;

    // Parses virConnectGetCapabilities / virConnectGetDomainCapabilities XML (tests).
    static void readCapabilities(const QString &xml, GuestHostFacts &facts);
    static void readDomainCapabilities(const QString &xml, GuestHostFacts &facts);

private:
    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
