// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QList>
#include <QString>
#include <QUuid>

class QXmlStreamWriter;

namespace VirtDeck::Test {

// Writes a whole libvirt test-driver host (one XML file, root <node>) for tests and
// benchmarks: open it as test:///ABS/PATH.xml, no daemon needed. Everything is derived
// from the options alone, so the same options always give the same file, and the caller
// gets the guests libvirt will report without asking libvirt.
//
// The test driver's file format has no autostart flag (only runstate, hasmanagedsave,
// transient and snapshots in its namespace), so every guest starts with autostart off.
class TestHostGenerator
{
public:
    struct Options
    {
        int guestCount = 10;
        QString namePrefix = QStringLiteral("guest-");
        quint32 seed = 1;
        int networkCount = 2;     // at least 1: every guest has a NIC on one of them
        int poolCount = 1;
        int volumesPerPool = 4;
        int snapshotEvery = 0;    // every K-th guest gets snapshots; 0: none
        int snapshotsPerGuest = 2; // a chain, the last one current
    };

    struct ExpectedGuest
    {
        QString name;
        QUuid uuid;
        QString title;             // empty: no <title>
        DomainState state = DomainState::ShutOff;
        int vcpus = 1;
        quint64 memoryKiB = 0;     // what virDomainGetInfo reports (current and max are equal)
        bool hasManagedSave = false;
        int snapshotCount = 0;
        QString network;           // the network the guest's NIC is on

        friend bool operator==(const ExpectedGuest &, const ExpectedGuest &) = default;
    };

    // Writes the host file (atomically) and returns its guests in file order. On failure
    // returns an empty list and sets *error.
    static QList<ExpectedGuest> write(const QString &path, const Options &options, QString *error = nullptr);

    // The guests write() would produce, without writing anything.
    static QList<ExpectedGuest> expectedGuests(const Options &options);

    // "test:///ABS/PATH.xml" for a host file.
    static QString uriFor(const QString &path);

    static QString networkName(int index);
    static QString poolName(int index);

private:
    static void writeNetwork(QXmlStreamWriter &xml, int index, quint32 seed);
    static void writePool(QXmlStreamWriter &xml, int index, const Options &options);
    static void writeDomain(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index);
    static void writeDomainBody(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index);
    static void writeSnapshot(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index, int snapshot);
};

} // namespace VirtDeck::Test
