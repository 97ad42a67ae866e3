// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A project the signed-in user may scope a token to.
struct ProjectRef
{
    QString id;
    QString name;
    QString domainId;
    bool enabled = true;
};

} // namespace VirtDeck::Cloud
