// SPDX-License-Identifier: GPL-2.0-or-later
#include "statscalculator.h"

#include <algorithm>

namespace VirtDeck {

namespace {
// Counters restart from zero when a guest restarts: a negative delta is no traffic.
double ratePerSecond(quint64 before, quint64 after, double seconds)
{
    if (after < before || seconds <= 0)
        return 0;
    return double(after - before) / seconds;
}
} // namespace

DomainStatsSample StatsCalculator::domainSample(const RawDomainCounters &previous,
                                                const RawDomainCounters &current, int hostCpus)
{
    DomainStatsSample sample;
    const quint64 currentKiB = current.balloonCurrentKiB;
    quint64 used = 0;
    if (current.balloonAvailableKiB > 0 && current.balloonUnusedKiB <= current.balloonAvailableKiB)
        used = current.balloonAvailableKiB - current.balloonUnusedKiB;
    else if (current.balloonRssKiB > 0)
        used = std::min(current.balloonRssKiB, currentKiB ? currentKiB : current.balloonRssKiB);
    sample.memoryUsedKiB = used;
    sample.memoryPercent = currentKiB ? float(100.0 * double(used) / double(currentKiB)) : 0.f;
    sample.memoryPercent = std::clamp(sample.memoryPercent, 0.f, 100.f);

    if (previous.monotonicNs == 0 || current.monotonicNs <= previous.monotonicNs)
        return sample;

    const double elapsedNs = double(current.monotonicNs - previous.monotonicNs);
    const double seconds = elapsedNs / 1e9;
    const double cpuNs = current.cpuTimeNs >= previous.cpuTimeNs
        ? double(current.cpuTimeNs - previous.cpuTimeNs) : 0.0;
    if (current.vcpus > 0)
        sample.cpuPercent = float(std::clamp(100.0 * cpuNs / (elapsedNs * current.vcpus), 0.0, 100.0));
    if (hostCpus > 0)
        sample.hostCpuPercent = float(std::clamp(100.0 * cpuNs / (elapsedNs * hostCpus), 0.0, 100.0));
    sample.diskReadBytesPerSec = ratePerSecond(previous.blockReadBytes, current.blockReadBytes, seconds);
    sample.diskWriteBytesPerSec = ratePerSecond(previous.blockWriteBytes, current.blockWriteBytes, seconds);
    sample.netRxBytesPerSec = ratePerSecond(previous.netRxBytes, current.netRxBytes, seconds);
    sample.netTxBytesPerSec = ratePerSecond(previous.netTxBytes, current.netTxBytes, seconds);
    return sample;
}

float StatsCalculator::hostCpuPercent(const RawHostCounters &previous, const RawHostCounters &current)
{
    // No previous sample: the counters since boot are not a current load.
    if (previous.totalNs == 0 || current.totalNs <= previous.totalNs || current.busyNs < previous.busyNs)
        return 0;
    const double busy = double(current.busyNs - previous.busyNs);
    const double total = double(current.totalNs - previous.totalNs);
    return float(std::clamp(100.0 * busy / total, 0.0, 100.0));
}

} // namespace VirtDeck
