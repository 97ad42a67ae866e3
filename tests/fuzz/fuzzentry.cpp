// SPDX-License-Identifier: GPL-2.0-or-later
#include "fuzzentry.h"

#include <cstring>

namespace VirtDeck::Fuzz {

const QList<FuzzEntry> &fuzzEntries()
{
    static const QList<FuzzEntry> entries{
        {"domainxml", runDomainXml},   {"networkxml", runNetworkXml},   {"storagexml", runStorageXml},
        {"snapshotxml", runSnapshotXml}, {"cloudjson", runCloudJson},   {"cloudsyaml", runCloudsYaml},
        {"namepattern", runNamePattern}, {"rfb", runRfb},
    };
    return entries;
}

const FuzzEntry *fuzzEntry(const char *name)
{
    for (const FuzzEntry &entry : fuzzEntries()) {
        if (std::strcmp(entry.name, name) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace VirtDeck::Fuzz
