// SPDX-License-Identifier: GPL-2.0-or-later
#include "statscalculator.h"

#include <QTest>

using namespace VirtDeck;

class TestStatsCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSampleHasNoRates()
    {
        RawDomainCounters now;
        now.monotonicNs = 5'000'000'000;
        now.cpuTimeNs = 123'000'000'000;
        now.vcpus = 2;
        now.balloonCurrentKiB = 1024 * 1024;
        now.balloonRssKiB = 256 * 1024;
        const DomainStatsSample s = StatsCalculator::domainSample({}, now, 8);
        QCOMPARE(s.cpuPercent, 0.f);
        QCOMPARE(s.diskReadBytesPerSec, 0.0);
        QCOMPARE(s.memoryUsedKiB, quint64(256 * 1024));
        QCOMPARE(s.memoryPercent, 25.f);
    }
    void ratesOverTwoSeconds()
    {
        RawDomainCounters before;
        before.monotonicNs = 1'000'000'000;
        before.cpuTimeNs = 10'000'000'000;
        before.blockReadBytes = 1000;
        before.blockWriteBytes = 0;
        before.netRxBytes = 500;
        before.netTxBytes = 100;
        before.vcpus = 2;
        RawDomainCounters after = before;
        after.monotonicNs += 2'000'000'000;        // 2 s
        after.cpuTimeNs += 2'000'000'000;          // one vCPU busy for 2 s
        after.blockReadBytes += 4096 * 2;
        after.blockWriteBytes += 1024 * 2;
        after.netRxBytes += 300;
        after.netTxBytes = 0;                      // counter reset: no negative rate
        after.balloonCurrentKiB = 2048;
        after.balloonAvailableKiB = 2000;
        after.balloonUnusedKiB = 500;
        const DomainStatsSample s = StatsCalculator::domainSample(before, after, 4);
        QCOMPARE(s.cpuPercent, 50.f);     // of 2 vCPUs
        QCOMPARE(s.hostCpuPercent, 25.f); // of 4 host CPUs
        QCOMPARE(s.diskReadBytesPerSec, 4096.0);
        QCOMPARE(s.diskWriteBytesPerSec, 1024.0);
        QCOMPARE(s.netRxBytesPerSec, 150.0);
        QCOMPARE(s.netTxBytesPerSec, 0.0);
        QCOMPARE(s.memoryUsedKiB, quint64(1500)); // guest-reported available - unused
    }
    void cpuPercentIsClamped()
    {
        RawDomainCounters before;
        before.monotonicNs = 1;
        before.vcpus = 1;
        RawDomainCounters after = before;
        after.monotonicNs = 1'000'000'001;
        after.cpuTimeNs = 5'000'000'000; // more than possible (clock skew)
        QCOMPARE(StatsCalculator::domainSample(before, after, 1).cpuPercent, 100.f);
    }
    void hostCpu()
    {
        QCOMPARE(StatsCalculator::hostCpuPercent({100, 1000}, {400, 2000}), 30.f);
        QCOMPARE(StatsCalculator::hostCpuPercent({}, {}), 0.f);
        QCOMPARE(StatsCalculator::hostCpuPercent({}, {300, 1000}), 0.f); // first sample: no rate yet
    }
};

QTEST_GUILESS_MAIN(TestStatsCalculator)
#include "tst_statscalculator.moc"
