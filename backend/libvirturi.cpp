// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirturi.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

QString LibvirtUri::build(const UriParts &parts)
{
    switch (parts.kind) {
    case ConnectionKind::QemuSystem:
        return u"qemu:///system"_s;
    case ConnectionKind::QemuSession:
        return u"qemu:///session"_s;
    case ConnectionKind::TestDriver:
        return parts.testFile.isEmpty() ? u"test:///default"_s : u"test://"_s + parts.testFile;
    case ConnectionKind::RemoteSsh: {
        QUrl url;
        url.setScheme(u"qemu+ssh"_s);
        url.setHost(parts.sshHost.trimmed());
        if (!parts.sshUser.trimmed().isEmpty())
            url.setUserName(parts.sshUser.trimmed());
        if (parts.sshPort > 0)
            url.setPort(parts.sshPort);
        url.setPath(parts.sshSystem ? u"/system"_s : u"/session"_s);
        return url.toString();
    }
    case ConnectionKind::Custom:
        return parts.customUri.trimmed();
    }
    return {};
}

QString LibvirtUri::validate(const QString &uri)
{
    if (uri.trimmed().isEmpty())
        return tr("The connection URI is empty.");
    if (uri != uri.trimmed() || uri.contains(QLatin1Char(' ')))
        return tr("The connection URI must not contain spaces.");
    static const QRegularExpression schemeRe(u"^([a-z][a-z0-9]*)(\\+([a-z0-9]+))?://"_s);
    const auto match = schemeRe.match(uri);
    if (!match.hasMatch())
        return tr("\"%1\" is not a libvirt URI: it must start with a driver and \"://\", "
                  "for example qemu:///system or qemu+ssh://user@host/system.").arg(uri);
    static const QStringList drivers = {u"qemu"_s, u"test"_s, u"lxc"_s, u"xen"_s, u"libxl"_s,
                                        u"vbox"_s, u"bhyve"_s, u"ch"_s, u"vz"_s, u"openvz"_s,
                                        u"esx"_s, u"vpx"_s, u"gsx"_s, u"hyperv"_s, u"vmwareplayer"_s,
                                        u"vmwarews"_s, u"vmwarefusion"_s, u"network"_s, u"storage"_s,
                                        u"interface"_s, u"nodedev"_s, u"nwfilter"_s, u"secret"_s};
    if (!drivers.contains(match.captured(1)))
        return tr("Unknown libvirt driver \"%1\".").arg(match.captured(1));
    static const QStringList transports = {u"ssh"_s, u"libssh"_s, u"libssh2"_s, u"tcp"_s,
                                           u"tls"_s, u"unix"_s, u"ext"_s};
    const QString transport = match.captured(3);
    if (!transport.isEmpty() && !transports.contains(transport))
        return tr("Unknown transport \"%1\": use ssh, tls, tcp, unix or libssh.").arg(transport);

    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The URI is malformed: %1").arg(url.errorString());
    const bool remoteTransport = transport == u"ssh" || transport == u"libssh"
        || transport == u"libssh2" || transport == u"tcp" || transport == u"tls";
    if (remoteTransport && url.host().isEmpty())
        return tr("A remote connection needs a host name, for example %1://user@host/system.")
            .arg(match.captured(0).chopped(3));
    if (match.captured(1) == u"test" && url.host().isEmpty() && url.path() != u"/default") {
        const QFileInfo file(url.path());
        if (!file.isAbsolute())
            return tr("The test driver needs test:///default or an absolute path to a host XML file.");
        if (!file.exists())
            return tr("The test driver file %1 does not exist.").arg(url.path());
        if (!file.isReadable())
            return tr("The test driver file %1 cannot be read.").arg(url.path());
    }
    return {};
}

QString LibvirtUri::describe(const QString &uri)
{
    const QUrl url(uri);
    const QString scheme = url.scheme();
    const QString driver = scheme.section(QLatin1Char('+'), 0, 0);
    QString base;
    if (driver == u"qemu")
        base = url.path() == u"/session" ? tr("QEMU/KVM user session") : tr("QEMU/KVM");
    else if (driver == u"test")
        base = tr("Test driver");
    else
        base = driver.toUpper();
    if (!url.host().isEmpty())
        return tr("%1 on %2").arg(base, url.host());
    return base;
}

static bool unixSocketAnswers(const char *path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, path, sizeof(addr.sun_path) - 1);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

QString LibvirtUri::defaultUri()
{
    if (unixSocketAnswers("/run/libvirt/libvirt-sock") || unixSocketAnswers("/run/libvirt/virtqemud-sock"))
        return u"qemu:///system"_s;
    return u"qemu:///session"_s;
}

} // namespace VirtDeck
