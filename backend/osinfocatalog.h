// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "osinfoentry.h"

#include <QCoreApplication>

namespace VirtDeck {

// What the wizard proposes for an OS: memory, disk, vCPUs and whether to use virtio.
struct GuestDefaults
{
    quint64 memoryMiB = 1024;
    quint64 diskGiB = 20;
    int vcpus = 1;
    bool virtio = true;
    friend bool operator==(const GuestDefaults &, const GuestDefaults &) = default;
};

// libosinfo's OS list in memory, searchable. Immutable once built: shared read-only between
// threads (OsInfoLoader hands out one instance for the whole process).
class OsInfoCatalog
{
    Q_DECLARE_TR_FUNCTIONS(OsInfoCatalog)

public:
    explicit OsInfoCatalog(OsInfoEntryList entries);

    const OsInfoEntryList &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }

    // Entries matching every word of the query (short id, name, vendor, version; "22.04",
    // "ubuntu22.04" and "Ubuntu 22.04" find the same), best first. When nothing matches all
    // words the nearest relatives are offered instead: the same distribution (newest and
    // closest versions first, e.g. "debian 12" -> debiantesting, debian11). The synthetic
    // "generic" entry is always last. An empty query lists well-known recent systems.
    OsInfoEntryList search(const QString &query, int limit = 50) const;

    // Exact short id ("debian11", also secondary ids such as "centos7") or full id URI.
    const OsInfoEntry *find(const QString &idOrShortId) const;

    // The entry for "I don't know": conservative defaults, no virtio.
    static OsInfoEntry generic();
    static GuestDefaults defaultsFor(const OsInfoEntry &entry);

private:
    OsInfoEntryList m_entries;
};

} // namespace VirtDeck
