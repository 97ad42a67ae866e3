// SPDX-License-Identifier: GPL-2.0-or-later
#include "templateservice.h"

#include "clonexml.h"
#include "connectionsession.h"
#include "domainxmlreader.h"
#include "libvirterror.h"
#include "libvirthandles.h"

#include <QProcess>
#include <QStandardPaths>

#include <libvirt/virterror.h>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char MetadataKey[] = "virtdeck";

DomainHandle lookup(virConnectPtr connection, const QUuid &uuid)
{
    const QByteArray raw = uuid.toRfc4122();
    return DomainHandle(virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(raw.constData())));
}

QString guestGone()
{
    return TemplateService::tr("The guest no longer exists: %1").arg(lastLibvirtError());
}

bool markedOn(virDomainPtr domain)
{
    CString element{virDomainGetMetadata(domain, VIR_DOMAIN_METADATA_ELEMENT, CloneXml::TemplateNamespace,
                                         VIR_DOMAIN_AFFECT_CONFIG)};
    virResetLastError(); // "no metadata" is the common answer, not an error
    return element != nullptr;
}

TemplateInfo infoOf(virDomainPtr domain)
{
    TemplateInfo info;
    unsigned char raw[VIR_UUID_BUFLEN];
    if (virDomainGetUUID(domain, raw) == 0)
        info.uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
    info.name = QString::fromUtf8(virDomainGetName(domain));
    virDomainInfo basic{};
    if (virDomainGetInfo(domain, &basic) == 0) {
        info.state = DomainState(quint8(basic.state));
        info.vcpus = basic.nrVirtCpu;
        info.memoryKiB = basic.memory;
    }
    if (CString xml{virDomainGetXMLDesc(domain, VIR_DOMAIN_XML_INACTIVE)}) {
        for (const DomainDisk &disk : DomainXmlReader::disks(QString::fromUtf8(xml.get())).disks)
            info.diskCount += disk.device == u"disk"_s ? 1 : 0;
    }
    return info;
}

Result<bool> setMarker(virConnectPtr connection, const QUuid &guest, bool marked)
{
    using R = Result<bool>;
    const DomainHandle domain = lookup(connection, guest);
    if (!domain)
        return R::failure(guestGone());
    if (marked) {
        int state = VIR_DOMAIN_NOSTATE;
        if (virDomainGetState(domain.get(), &state, nullptr, 0) != 0)
            return R::failure(lastLibvirtError());
        if (state != VIR_DOMAIN_SHUTOFF)
            return R::failure(TemplateService::tr("Shut down \"%1\" before marking it as a template: clones are "
                                                  "made from its disks, which must not change.")
                                  .arg(QString::fromUtf8(virDomainGetName(domain.get()))));
        if (virDomainIsPersistent(domain.get()) != 1)
            return R::failure(TemplateService::tr("A transient guest cannot be a template."));
    }
    const QByteArray marker = CloneXml::templateMarker().toUtf8();
    if (virDomainSetMetadata(domain.get(), VIR_DOMAIN_METADATA_ELEMENT, marked ? marker.constData() : nullptr,
                             marked ? MetadataKey : nullptr, CloneXml::TemplateNamespace, VIR_DOMAIN_AFFECT_CONFIG)
        != 0)
        return R::failure(lastLibvirtError());
    return R{true, {}};
}

} // namespace

TemplateService::TemplateService(ConnectionSession *session)
    : m_session(session)
{
}

QFuture<Result<TemplateInfoList>> TemplateService::list() const
{
    if (!m_session)
        return failedFuture<TemplateInfoList>(tr("The connection is closed."));
    return m_session->withConnection<TemplateInfoList>([](virConnectPtr connection) {
        virDomainPtr *raw = nullptr;
        const int count = virConnectListAllDomains(connection, &raw, VIR_CONNECT_LIST_DOMAINS_PERSISTENT);
        if (count < 0)
            return Result<TemplateInfoList>::failure(lastLibvirtError());
        TemplateInfoList out;
        for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count)) {
            if (markedOn(domain.get()))
                out.append(infoOf(domain.get()));
        }
        std::sort(out.begin(), out.end(), [](const TemplateInfo &a, const TemplateInfo &b) { return a.name < b.name; });
        return Result<TemplateInfoList>{out, {}};
    });
}

QFuture<Result<bool>> TemplateService::mark(const QUuid &guest) const
{
    if (!m_session)
        return failedFuture<bool>(tr("The connection is closed."));
    return m_session->withConnection<bool>([guest](virConnectPtr c) { return setMarker(c, guest, true); });
}

QFuture<Result<bool>> TemplateService::unmark(const QUuid &guest) const
{
    if (!m_session)
        return failedFuture<bool>(tr("The connection is closed."));
    return m_session->withConnection<bool>([guest](virConnectPtr c) { return setMarker(c, guest, false); });
}

QFuture<Result<bool>> TemplateService::isTemplate(const QUuid &guest) const
{
    if (!m_session)
        return failedFuture<bool>(tr("The connection is closed."));
    return m_session->withConnection<bool>([guest](virConnectPtr connection) {
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return Result<bool>::failure(guestGone());
        return Result<bool>{markedOn(domain.get()), {}};
    });
}

QString TemplateService::sealUnavailableReason()
{
    if (QStandardPaths::findExecutable(u"virt-sysprep"_s).isEmpty())
        return tr("Sealing needs virt-sysprep, which is not installed: install the libguestfs-tools package "
                  "(apt-get install libguestfs-tools).");
    return {};
}

QStringList TemplateService::defaultSealOperations()
{
    return {u"machine-id"_s, u"ssh-hostkeys"_s, u"logfiles"_s, u"bash-history"_s, u"dhcp-client-state"_s,
            u"net-hwaddr"_s, u"tmp-files"_s, u"udev-persistent-net"_s};
}

QFuture<Result<QString>> TemplateService::seal(const QUuid &guest, const QStringList &operations) const
{
    if (!m_session)
        return failedFuture<QString>(tr("The connection is closed."));
    const QString missing = sealUnavailableReason();
    if (!missing.isEmpty())
        return failedFuture<QString>(missing);
    const QString uri = m_session->uri();
    QFuture<Result<QString>> named = m_session->withConnection<QString>([guest](virConnectPtr connection) {
        const DomainHandle domain = lookup(connection, guest);
        if (!domain)
            return Result<QString>::failure(guestGone());
        int state = VIR_DOMAIN_NOSTATE;
        virDomainGetState(domain.get(), &state, nullptr, 0);
        if (state != VIR_DOMAIN_SHUTOFF)
            return Result<QString>::failure(tr("Shut the guest down before sealing it."));
        return Result<QString>{QString::fromUtf8(virDomainGetName(domain.get())), {}};
    });
    // virt-sysprep boots a small appliance: minutes. Its own thread, never the worker's.
    return named.then(QtFuture::Launch::Async, [uri, operations](Result<QString> name) -> Result<QString> {
        if (!name.ok())
            return name;
        QProcess sysprep;
        sysprep.setProcessChannelMode(QProcess::MergedChannels);
        sysprep.start(u"virt-sysprep"_s, {u"-c"_s, uri, u"-d"_s, name.value, u"--operations"_s, operations.join(u',')});
        if (!sysprep.waitForStarted(30000))
            return Result<QString>::failure(tr("virt-sysprep did not start: %1").arg(sysprep.errorString()));
        sysprep.waitForFinished(-1);
        const QString output = QString::fromLocal8Bit(sysprep.readAll());
        if (sysprep.exitStatus() != QProcess::NormalExit || sysprep.exitCode() != 0)
            return Result<QString>::failure(tr("virt-sysprep failed: %1").arg(output.trimmed()));
        return Result<QString>{output, {}};
    });
}

} // namespace VirtDeck
