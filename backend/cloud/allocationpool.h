// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// An address range of a subnet that Neutron hands out (first and last address, inclusive).
struct AllocationPool
{
    QString start;
    QString end;

    bool operator==(const AllocationPool &) const = default;
};

} // namespace VirtDeck::Cloud
