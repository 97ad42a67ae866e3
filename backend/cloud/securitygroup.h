// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "securitygrouprule.h"

#include <QList>

namespace VirtDeck::Cloud {

struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    bool stateful = true;
    QList<SecurityGroupRule> rules;
};

} // namespace VirtDeck::Cloud
