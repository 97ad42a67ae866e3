// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

struct _virConnect;

namespace VirtDeck {

// What a clone being made has created so far, kept in a small JSON file of this user's
// (GenericDataLocation/virtdeck/clone-journal.json) until the clone is complete or cleaned up.
// Each step is written BEFORE libvirt is asked to do it: when libvirtd dies in the middle
// (or this process does), the next connection to the host finds the half-made guest by
// its UUID (chosen up front) and its volumes by pool and name, and removes them.
// Thread-safe: the connections' worker threads write it.
class CloneJournal
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::CloneJournal)

public:
    struct Volume
    {
        QString pool;
        QString name;
    };

    struct Entry
    {
        QString uri;   // the connection's canonical URI (virConnectGetURI)
        QString name;  // the guest's name, for messages
        QUuid uuid;    // the guest's UUID, set in its XML before it is defined
        qint64 pid = 0; // the process making it: a live one's entries are not touched
        QVector<Volume> volumes;
        QStringList files; // local files (an NVRAM copy)
    };

    static QString path();
    // Adds the entry or replaces the one with its UUID.
    static bool record(const Entry &entry);
    static void forget(const QUuid &uuid);
    static QVector<Entry> entries();

    // Worker thread, on a fresh connection: removes what entries of this host left behind
    // (entries of a live process other than this one, and clones this process is making
    // right now, are left alone). Returns the names of the guests cleaned up.
    static QStringList recover(_virConnect *connection);

    // The clone of this process being made now (recover() keeps its hands off it).
    static void setInFlight(const QUuid &uuid, bool inFlight);
};

} // namespace VirtDeck
