// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// How a cloud signs in to Keystone v3.
enum class AuthMethod {
    Password,
    ApplicationCredential,
};

// One cloud as operators describe it in clouds.yaml (+ secure.yaml) or in an openrc file.
struct CloudConfig
{
    QString name;        // the clouds.yaml key, or "envvars" for OS_* variables
    QString source;      // file it came from, or "environment"
    AuthMethod method = AuthMethod::Password;
    QString authUrl;
    QString username;
    QString userId;
    QString password;    // empty: ask (keychain, then the user)
    QString userDomainName;
    QString userDomainId;
    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString applicationCredentialSecret;
    QString regionName;
    QString interface = QStringLiteral("public");
    bool verifyTls = true;
    QString caCertFile;  // clouds.yaml "cacert"
};

} // namespace VirtDeck::Cloud
