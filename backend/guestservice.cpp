// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestservice.h"

#include "connectionsession.h"
#include "domainhardwarexml.h"
#include "guestdetailsreader.h"
#include "guestnamevalidator.h"
#include "libvirterror.h"
#include "libvirthandles.h"

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

QString guestGone()
{
    return GuestService::tr("The guest no longer exists: %1").arg(lastLibvirtError());
}

DomainState stateOf(virDomainPtr domain)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) != 0)
        return DomainState::NoState;
    return DomainState(quint8(state));
}

Result<GuestDetails> readDetails(virDomainPtr domain)
{
    using R = Result<GuestDetails>;
    GuestDetails details;
    details.state = stateOf(domain);
    details.persistent = virDomainIsPersistent(domain) == 1;
    int autostart = 0;
    if (virDomainGetAutostart(domain, &autostart) == 0)
        details.autostart = autostart != 0;
    // The live XML: a running guest's agent state is only there. Title and description are
    // the live ones too (the ones the guest has now).
    CString xml{virDomainGetXMLDesc(domain, 0)};
    if (!xml)
        return R::failure(lastLibvirtError());
    GuestDetailsReader::read(QString::fromUtf8(xml.get()), &details);
    virResetLastError();
    return R{details, {}};
}

// Live for a running guest, config for a defined one, both when both exist, so what the
// user sets now is still there after the next boot.
unsigned int affectFlags(virDomainPtr domain)
{
    unsigned int flags = 0;
    if (virDomainIsActive(domain) == 1)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (virDomainIsPersistent(domain) == 1)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    return flags;
}

Result<GuestDetails> setMetadataOn(virConnectPtr connection, const QUuid &uuid, const QString &title, const QString &description)
{
    using R = Result<GuestDetails>;
    if (title.contains(u'\n') || title.contains(u'\r'))
        return R::failure(GuestService::tr("A title is one line: remove the line breaks."));
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    const unsigned int flags = affectFlags(domain.get());
    const auto set = [&](int type, const QString &text) {
        const QByteArray raw = text.toUtf8();
        // NULL removes the element; an empty string would leave <title/> behind.
        return virDomainSetMetadata(domain.get(), type, text.isEmpty() ? nullptr : raw.constData(), nullptr, nullptr, flags);
    };
    if (set(VIR_DOMAIN_METADATA_TITLE, title) != 0)
        return R::failure(GuestService::tr("Could not set the title: %1").arg(lastLibvirtError()));
    if (set(VIR_DOMAIN_METADATA_DESCRIPTION, description) != 0)
        return R::failure(GuestService::tr("Could not set the description: %1").arg(lastLibvirtError()));
    return readDetails(domain.get());
}

QStringList allNames(virConnectPtr connection)
{
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(connection, &raw, 0);
    QStringList names;
    for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count))
        names.append(QString::fromUtf8(virDomainGetName(domain.get())));
    return names;
}

Result<QString> defineOn(virConnectPtr connection, const QUuid &uuid, const QString &xml)
{
    using R = Result<QString>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    const GuestDetailsReader::Identity identity = GuestDetailsReader::identity(xml);
    if (!identity.error.isEmpty())
        return R::failure(identity.error);
    const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
    // A different UUID or name would define a second guest (or fail on a clash) instead of
    // changing this one: say so rather than surprise the user.
    if (identity.uuid.isNull())
        return R::failure(GuestService::tr("Keep the <uuid> element (%1): without it libvirt would treat the document as a new guest.")
                              .arg(uuid.toString(QUuid::WithoutBraces)));
    if (identity.uuid != uuid)
        return R::failure(GuestService::tr("The <uuid> is %1, but this guest's is %2. Changing it would define a second "
                                           "guest; clone the guest instead.")
                              .arg(identity.uuid.toString(QUuid::WithoutBraces), uuid.toString(QUuid::WithoutBraces)));
    if (identity.name != name)
        return R::failure(GuestService::tr("The <name> is \"%1\", but this guest is \"%2\". Rename the guest from its "
                                           "Overview page instead.").arg(identity.name, name));
    // The editor never shows graphics passwords; defining its text as is would drop them
    // and leave the console open. A read-only connection cannot read them (nor define).
    QString toDefine = xml;
    if (CString secure{virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE)}) {
        const Result<QString> kept = DomainHardwareXml::withPasswordsKept(xml, QString::fromUtf8(secure.get()));
        if (!kept.ok())
            return R::failure(kept.error);
        toDefine = kept.value;
    }
    const QByteArray raw = toDefine.toUtf8();
    const DomainHandle defined(virDomainDefineXML(connection, raw.constData()));
    if (!defined)
        return R::failure(lastLibvirtError());
    CString after{virDomainGetXMLDesc(defined.get(), VIR_DOMAIN_XML_INACTIVE)};
    if (!after)
        return R::failure(lastLibvirtError());
    return R{QString::fromUtf8(after.get()), {}};
}

Result<QString> renameOn(virConnectPtr connection, const QUuid &uuid, const QString &newName)
{
    using R = Result<QString>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    const QString current = QString::fromUtf8(virDomainGetName(domain.get()));
    if (isActive(stateOf(domain.get())))
        return R::failure(GuestService::tr("Shut down \"%1\" first: only a shut-off guest can be renamed.").arg(current));
    const QString problem = GuestNameValidator::problem(newName, allNames(connection), current);
    if (!problem.isEmpty())
        return R::failure(problem);
    const QByteArray raw = newName.toUtf8();
    if (virDomainRename(domain.get(), raw.constData(), 0) != 0)
        return R::failure(GuestService::tr("Could not rename \"%1\": %2").arg(current, lastLibvirtError()));
    // The old handle keeps the old name: read it through a fresh lookup.
    const DomainHandle renamed = lookup(connection, uuid);
    return R{renamed ? QString::fromUtf8(virDomainGetName(renamed.get())) : newName, {}};
}

Result<GuestPasswordAccess> passwordAccessOn(virConnectPtr connection, const QUuid &uuid)
{
    using R = Result<GuestPasswordAccess>;
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    GuestPasswordAccess access;
    const Result<GuestDetails> details = readDetails(domain.get());
    if (!details.ok())
        return R::failure(details.error);
    access.guestName = details.value.name;
    access.state = details.value.state;
    access.agent = details.value.agent;
    if (CString uri{virConnectGetURI(connection)}) {
        access.uri = QString::fromUtf8(uri.get());
        const QUrl url(access.uri);
        // virt-customize opens the guest's disk images itself: only where they are local.
        access.localHost = url.host().isEmpty() && url.scheme().startsWith(u"qemu"_s) && !url.scheme().contains(u'+');
    }
    if (access.state == DomainState::Running && access.agent != AgentChannel::Absent) {
        // guest-get-time is harmless and answers only when the agent runs inside the guest.
        long long seconds = 0;
        unsigned int nseconds = 0;
        access.agentResponds = virDomainGetTime(domain.get(), &seconds, &nseconds, 0) == 0;
        if (!access.agentResponds)
            access.agentError = lastLibvirtError();
    }
    virResetLastError();
    return R{access, {}};
}

Result<bool> setPasswordOn(virConnectPtr connection, const QUuid &uuid, const QString &user, const QString &password)
{
    using R = Result<bool>;
    if (user.trimmed().isEmpty())
        return R::failure(GuestService::tr("Enter the user whose password to set."));
    const DomainHandle domain = lookup(connection, uuid);
    if (!domain)
        return R::failure(guestGone());
    // Without the channel libvirt's answer varies by driver; ours is the same everywhere.
    const Result<GuestDetails> details = readDetails(domain.get());
    if (!details.ok())
        return R::failure(details.error);
    if (details.value.agent == AgentChannel::Absent)
        return R::failure(GuestService::tr("The guest has no guest agent channel (org.qemu.guest_agent.0), so the guest "
                                           "agent cannot set the password."));
    const QByteArray rawUser = user.toUtf8();
    const QByteArray rawPassword = password.toUtf8();
    const int rc = virDomainSetUserPassword(domain.get(), rawUser.constData(), rawPassword.constData(), 0);
    if (rc != 0)
        return R::failure(GuestService::tr("The guest agent could not set the password of \"%1\": %2").arg(user, lastLibvirtError()));
    return R{true, {}};
}

template<typename T>
QFuture<Result<T>> closed()
{
    return failedFuture<T>(GuestService::tr("The connection is closed."));
}

} // namespace

GuestService::GuestService(ConnectionSession *session)
    : m_session(session)
{
}

QFuture<Result<GuestDetails>> GuestService::details(const QUuid &guest) const
{
    if (!m_session)
        return closed<GuestDetails>();
    return m_session->withConnection<GuestDetails>([guest](virConnectPtr c) {
        const DomainHandle domain = lookup(c, guest);
        return domain ? readDetails(domain.get()) : Result<GuestDetails>::failure(guestGone());
    });
}

QFuture<Result<GuestDetails>> GuestService::setMetadata(const QUuid &guest, const QString &title, const QString &description) const
{
    if (!m_session)
        return closed<GuestDetails>();
    return m_session->withConnection<GuestDetails>(
        [guest, title, description](virConnectPtr c) { return setMetadataOn(c, guest, title, description); });
}

QFuture<Result<QString>> GuestService::defineXml(const QUuid &guest, const QString &xml) const
{
    if (!m_session)
        return closed<QString>();
    return m_session->withConnection<QString>([guest, xml](virConnectPtr c) { return defineOn(c, guest, xml); });
}

QFuture<Result<QString>> GuestService::rename(const QUuid &guest, const QString &newName) const
{
    if (!m_session)
        return closed<QString>();
    return m_session->withConnection<QString>([guest, newName](virConnectPtr c) { return renameOn(c, guest, newName); });
}

QFuture<Result<GuestPasswordAccess>> GuestService::passwordAccess(const QUuid &guest) const
{
    if (!m_session)
        return closed<GuestPasswordAccess>();
    return m_session->withConnection<GuestPasswordAccess>([guest](virConnectPtr c) { return passwordAccessOn(c, guest); });
}

QFuture<Result<bool>> GuestService::setUserPassword(const QUuid &guest, const QString &user, const QString &password) const
{
    if (!m_session)
        return closed<bool>();
    return m_session->withConnection<bool>(
        [guest, user, password](virConnectPtr c) { return setPasswordOn(c, guest, user, password); });
}

} // namespace VirtDeck
