// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainstats.h"

#include <QtGlobal>

namespace VirtDeck {

// Counters as libvirt's bulk stats report them; rates come from two of these.
struct RawDomainCounters
{
    qint64 monotonicNs = 0;
    quint64 cpuTimeNs = 0;
    quint64 blockReadBytes = 0;
    quint64 blockWriteBytes = 0;
    quint64 netRxBytes = 0;
    quint64 netTxBytes = 0;
    quint64 balloonCurrentKiB = 0;
    quint64 balloonAvailableKiB = 0; // guest-reported, 0 without a balloon driver
    quint64 balloonUnusedKiB = 0;
    quint64 balloonRssKiB = 0;       // host-side resident size of the QEMU process
    int vcpus = 0;
};

struct RawHostCounters
{
    quint64 busyNs = 0;
    quint64 totalNs = 0;
};

// Pure arithmetic, no libvirt: unit-tested on its own.
class StatsCalculator
{
public:
    // previous may be default (first sample): then rates are zero.
    static DomainStatsSample domainSample(const RawDomainCounters &previous,
                                          const RawDomainCounters &current, int hostCpus);
    static float hostCpuPercent(const RawHostCounters &previous, const RawHostCounters &current);
};

} // namespace VirtDeck
