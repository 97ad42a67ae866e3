// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "filedescriptor.h"

#include <QString>

#include <memory>

namespace VirtDeck {

// How ConnectionWorker::consoleEndpoint reaches a display: Auto takes libvirt's socket where
// it can pass one, else an SSH tunnel on qemu+ssh:// connections, else the address itself;
// SshTunnel skips libvirt's socket (tests and users whose libvirt passes a broken one).
enum class ConsoleRoute { Auto, SshTunnel };

// A display reached through `ssh -W targetHost:targetPort` on a remote libvirt host (the
// user, host, port and key of its qemu+ssh:// URI): for when libvirt cannot pass the
// display's socket and the display listens on the remote host's loopback address.
struct ConsoleSshTunnel
{
    QString user;          // empty: ssh's default
    QString host;
    int port = 0;          // 0: ssh's default
    QString keyFile;       // the URI's keyfile= parameter
    QString knownHostsFile; // empty: ssh's default
    bool noVerify = false; // the URI's no_verify=1: accept an unknown host key
    QString targetHost;    // as seen from the remote host
    int targetPort = 0;

    bool isSet() const { return !host.isEmpty() && targetPort > 0; }
};

// Where a console session connects: an already connected socket (from
// virDomainOpenGraphicsFD), an SSH tunnel, a UNIX socket path, or a TCP host and port. A value: copies
// share the socket, which is closed when the last copy that still holds it goes away.
struct ConsoleEndpoint
{
    std::shared_ptr<FileDescriptor> socket; // preferred when set and valid
    ConsoleSshTunnel sshTunnel; // used when set and there is no socket
    QString unixPath;
    QString host;
    int port = 0;
    QString password;       // from the domain definition, if it has one
    QString description;    // for messages: "127.0.0.1:5900", "libvirt socket", ...

    bool hasSocket() const { return socket && socket->isValid(); }
    static ConsoleEndpoint tcp(const QString &host, int port)
    {
        ConsoleEndpoint endpoint;
        endpoint.host = host;
        endpoint.port = port;
        endpoint.description = host + QLatin1Char(':') + QString::number(port);
        return endpoint;
    }
};

} // namespace VirtDeck
