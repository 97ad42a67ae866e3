// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A project allowed to use a private flavor.
struct FlavorAccess
{
    QString flavorId;
    QString projectId;
};

} // namespace VirtDeck::Cloud
