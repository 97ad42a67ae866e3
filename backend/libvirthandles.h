// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>
#include <vector>

namespace VirtDeck {

// RAII owners for libvirt handles: every handle the backend takes is freed exactly once,
// on every path, including early returns on errors.
struct ConnectDeleter {
    void operator()(virConnectPtr p) const { virConnectClose(p); }
};
struct DomainDeleter {
    void operator()(virDomainPtr p) const { virDomainFree(p); }
};
struct NetworkDeleter {
    void operator()(virNetworkPtr p) const { virNetworkFree(p); }
};
struct StoragePoolDeleter {
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct StorageVolDeleter {
    void operator()(virStorageVolPtr p) const { virStorageVolFree(p); }
};
struct DomainSnapshotDeleter {
    void operator()(virDomainSnapshotPtr p) const { virDomainSnapshotFree(p); }
};
struct StreamDeleter {
    void operator()(virStreamPtr p) const { virStreamFree(p); }
};
struct InterfaceDeleter {
    void operator()(virInterfacePtr p) const { virInterfaceFree(p); }
};
struct DhcpLeaseDeleter {
    void operator()(virNetworkDHCPLeasePtr p) const { virNetworkDHCPLeaseFree(p); }
};
struct DomainInterfaceDeleter {
    void operator()(virDomainInterfacePtr p) const { virDomainInterfaceFree(p); }
};
struct MallocDeleter {
    void operator()(void *p) const { free(p); }
};
struct StatsRecordListDeleter {
    void operator()(virDomainStatsRecordPtr *p) const { virDomainStatsRecordListFree(p); }
};

using ConnectHandle = std::unique_ptr<virConnect, ConnectDeleter>;
using DomainHandle = std::unique_ptr<virDomain, DomainDeleter>;
using NetworkHandle = std::unique_ptr<virNetwork, NetworkDeleter>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolDeleter>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolDeleter>;
using DomainSnapshotHandle = std::unique_ptr<virDomainSnapshot, DomainSnapshotDeleter>;
using StreamHandle = std::unique_ptr<virStream, StreamDeleter>;
using InterfaceHandle = std::unique_ptr<virInterface, InterfaceDeleter>;
using DhcpLeaseHandle = std::unique_ptr<virNetworkDHCPLease, DhcpLeaseDeleter>;
using DomainInterfaceHandle = std::unique_ptr<virDomainInterface, DomainInterfaceDeleter>;
using CString = std::unique_ptr<char, MallocDeleter>;
using StatsRecordList = std::unique_ptr<virDomainStatsRecordPtr, StatsRecordListDeleter>;

// An array of handles returned by virConnectListAll*: takes ownership of every element
// and of the array itself.
template<typename Handle, typename Raw>
std::vector<Handle> adoptHandleArray(Raw *array, int count)
{
    std::vector<Handle> out;
    if (!array || count <= 0) {
        free(array);
        return out;
    }
    out.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        out.emplace_back(array[i]);
    free(array);
    return out;
}

} // namespace VirtDeck
