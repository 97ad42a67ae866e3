// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace VirtDeck::Fuzz {

// One fuzz target: a name (its folder in tests/fuzz) and the function that feeds one input
// to the product code. The libFuzzer executables (fuzzmain.cpp) and the regression unit test
// (tests/unit/tst_fuzzregressions.cpp) call the same functions.
struct FuzzEntry
{
    const char *name;
    void (*run)(const QByteArray &input);
};

const QList<FuzzEntry> &fuzzEntries();
const FuzzEntry *fuzzEntry(const char *name);

// The entry points, one per folder.
void runDomainXml(const QByteArray &input);
void runNetworkXml(const QByteArray &input);
void runStorageXml(const QByteArray &input);
void runSnapshotXml(const QByteArray &input);
void runCloudJson(const QByteArray &input);
void runCloudsYaml(const QByteArray &input);
void runNamePattern(const QByteArray &input);
void runRfb(const QByteArray &input);

} // namespace VirtDeck::Fuzz
