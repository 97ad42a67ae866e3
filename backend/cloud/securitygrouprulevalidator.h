// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "securitygrouprule.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace VirtDeck::Cloud {

// Checks a rule before it is sent, and builds the common presets.
class SecurityGroupRuleValidator
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::SecurityGroupRuleValidator)

public:
    enum class Preset { Ssh, Icmp, Http, Https, Rdp };

    // Empty when the rule can be sent; else what is wrong, for the user.
    static QString validate(const SecurityGroupRule &rule);
    static SecurityGroupRule preset(Preset preset, const QString &etherType = QStringLiteral("IPv4"));
    // The Neutron POST body ({"security_group_rule": {...}}).
    static QJsonObject requestBody(const SecurityGroupRule &rule);
};

} // namespace VirtDeck::Cloud
