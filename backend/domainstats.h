// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QUuid>
#include <QVector>

namespace VirtDeck {

// One guest's rates, computed by the backend from two consecutive bulk-stats samples.
struct DomainStatsSample
{
    QUuid uuid;
    float cpuPercent = 0;     // of the guest's own vCPUs (100 = all vCPUs busy)
    float hostCpuPercent = 0; // of the whole host's CPUs
    float memoryPercent = 0;  // used memory as a share of the current allocation
    quint64 memoryUsedKiB = 0;
    double diskReadBytesPerSec = 0;
    double diskWriteBytesPerSec = 0;
    double netRxBytesPerSec = 0;
    double netTxBytesPerSec = 0;

    friend bool operator==(const DomainStatsSample &, const DomainStatsSample &) = default;
};

struct HostStatsSample
{
    float cpuPercent = 0;
    quint64 memoryTotalKiB = 0;
    quint64 memoryFreeKiB = 0;
};

// Everything one stats tick of one connection produced: crosses to the GUI as one value.
struct StatsBatch
{
    qint64 timestampMs = 0;
    QVector<DomainStatsSample> domains; // active guests only
    HostStatsSample host;
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::StatsBatch)
