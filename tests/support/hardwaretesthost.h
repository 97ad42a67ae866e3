// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace VirtDeck::Test {

// A test-driver host for the Hardware page: "hw-running" (running, 2 of 4 vCPUs, 512 MiB of
// 1 GiB, UEFI, three disks, two NICs, VNC with a password and SPICE, QXL video, serial,
// console, three controllers) and "hw-off" (the same, shut off), network and pool "default".
class HardwareTestHost
{
public:
    static QUuid runningUuid();
    static QUuid offUuid();
    static QString domainXml(const QString &name, const QUuid &uuid, int runstate);
    // Writes the host file; returns its test:/// URI, empty on failure.
    static QString write(const QString &path);
};

} // namespace VirtDeck::Test
