// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudconfig.h"
#include "cloudtoken.h"
#include "projectref.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace VirtDeck::Cloud {

// Keystone v3 request bodies and reply parsing (pure: tested without a cloud).
class KeystoneParser
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::KeystoneParser)

public:
    // POST /v3/auth/tokens body. projectId, when set, overrides the configured scope.
    static QJsonObject passwordAuthBody(const CloudConfig &config, const QString &projectId);
    static QJsonObject tokenAuthBody(const QByteArray &token, const QString &projectId);
    static Result<CloudToken> parseToken(const QByteArray &body, const QByteArray &subjectToken);
    static Result<QList<ProjectRef>> parseProjects(const QByteArray &body);
    // ".../v3" whatever form auth_url has ("http://h:5000", ".../v3/").
    static QString identityBase(const QString &authUrl);
};

} // namespace VirtDeck::Cloud
