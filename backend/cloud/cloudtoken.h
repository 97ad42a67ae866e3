// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "catalogendpoint.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace VirtDeck::Cloud {

// A project-scoped Keystone token. The id never reaches a log.
struct CloudToken
{
    QByteArray id;
    QDateTime expiresAt;
    QString userId;
    QString userName;
    QString projectId;
    QString projectName;
    QString projectDomainId;
    QStringList roles;
    QList<CatalogEndpoint> catalog;

    bool isValid() const { return !id.isEmpty(); }
    bool isAdmin() const { return roles.contains(QStringLiteral("admin")); }
};

} // namespace VirtDeck::Cloud
