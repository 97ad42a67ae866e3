// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"
#include "templateinfo.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QStringList>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

// Templates: shut-off guests carrying VirtDeck's marker in their <metadata> (set with
// virDomainSetMetadata, so nothing else of the definition changes). Runs on the
// connection's worker like every service.
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::TemplateService)

public:
    explicit TemplateService(ConnectionSession *session);

    QFuture<Result<TemplateInfoList>> list() const;
    QFuture<Result<bool>> mark(const QUuid &guest) const;   // the guest must be shut off
    QFuture<Result<bool>> unmark(const QUuid &guest) const;
    QFuture<Result<bool>> isTemplate(const QUuid &guest) const;

    // Sealing removes what must differ between clones (machine-id, SSH host keys, logs…)
    // with virt-sysprep from libguestfs-tools, if installed. Empty when it can run here;
    // otherwise what is missing.
    static QString sealUnavailableReason();
    static QStringList defaultSealOperations();
    // Runs virt-sysprep on the shut-off guest, on a thread of its own (it takes minutes);
    // the value is its output.
    QFuture<Result<QString>> seal(const QUuid &guest, const QStringList &operations = defaultSealOperations()) const;

private:
    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
