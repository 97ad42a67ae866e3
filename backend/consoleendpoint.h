// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "filedescriptor.h"

#include <QString>

#include <memory>

namespace VirtDeck {

// Where a console session connects: an already connected socket (from
// virDomainOpenGraphicsFD), a UNIX socket path, or a TCP host and port. A value: copies
// share the socket, which is closed when the last copy that still holds it goes away.
struct ConsoleEndpoint
{
    std::shared_ptr<FileDescriptor> socket; // preferred when set and valid
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
