// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace VirtDeck {

enum class ConnectionKind { QemuSystem, QemuSession, TestDriver, RemoteSsh, Custom };

struct UriParts
{
    ConnectionKind kind = ConnectionKind::QemuSystem;
    QString sshUser;
    QString sshHost;
    int sshPort = 0;           // 0: ssh's default
    bool sshSystem = true;     // qemu+ssh://.../system or .../session
    QString testFile;          // empty: test:///default
    QString customUri;
};

// Builds and checks libvirt connection URIs before libvirt sees them, so a typo gets a
// message that says what is wrong rather than libvirt's generic one.
class LibvirtUri
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::LibvirtUri)

public:
    static QString build(const UriParts &parts);
    // Empty when the URI looks usable; otherwise a translated message.
    static QString validate(const QString &uri);
    // A short human name: "QEMU/KVM", "QEMU/KVM user session", "Test driver", "QEMU/KVM on host".
    static QString describe(const QString &uri);
    // The URI the app uses when nothing is configured: qemu:///system when its socket
    // answers, else qemu:///session.
    static QString defaultUri();
};

} // namespace VirtDeck
