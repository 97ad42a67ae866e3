// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestdetails.h"
#include "guestpasswordaccess.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

// One guest's own settings for the guest window: metadata, its XML definition, its name and
// user passwords through the guest agent. Every call returns at once and runs libvirt on
// the connection's worker thread; bad input is refused with a message before libvirt is
// asked where we can say it more clearly than libvirt would.
class GuestService
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::GuestService)

public:
    explicit GuestService(ConnectionSession *session);

    QFuture<Result<GuestDetails>> details(const QUuid &guest) const;
    // Sets title and description (empty removes them) on the live guest and on its
    // persistent definition, whichever exist. Answers with the details read back.
    QFuture<Result<GuestDetails>> setMetadata(const QUuid &guest, const QString &title, const QString &description) const;
    // Defines xml as the guest's new persistent definition (virDomainDefineXML). The
    // document must keep the guest's UUID and name. Answers with the new inactive XML.
    QFuture<Result<QString>> defineXml(const QUuid &guest, const QString &xml) const;
    // Renames a shut-off guest (virDomainRename) after checking the name and clashes.
    QFuture<Result<QString>> rename(const QUuid &guest, const QString &newName) const;
    QFuture<Result<GuestPasswordAccess>> passwordAccess(const QUuid &guest) const;
    // Through the guest agent (virDomainSetUserPassword); the password is not logged.
    QFuture<Result<bool>> setUserPassword(const QUuid &guest, const QString &user, const QString &password) const;

private:
    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
