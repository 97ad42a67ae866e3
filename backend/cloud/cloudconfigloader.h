// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudconfig.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace VirtDeck::Cloud {

// Reads clouds the way python-openstackclient does: clouds.yaml and secure.yaml from the
// current directory, ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE /
// OS_CLIENT_SECURE_FILE), plus the OS_* variables of an openrc file as the cloud "envvars".
class CloudConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::CloudConfigLoader)

public:
    static QStringList defaultSearchDirectories();

    explicit CloudConfigLoader(QStringList searchDirectories = defaultSearchDirectories(),
                               QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // Every cloud found; an error when a file exists but cannot be used.
    Result<QList<CloudConfig>> loadAll() const;
    // The named cloud; an empty name means OS_CLOUD, else "envvars", else the only cloud.
    Result<CloudConfig> load(const QString &name) const;

    QString cloudsFile() const;
    QString secureFile() const;

    // Pure parsers (tests call them directly). secureYaml may be empty.
    static Result<QList<CloudConfig>> parseCloudsYaml(const QByteArray &cloudsYaml, const QByteArray &secureYaml,
                                                      const QString &source);
    // The OS_* variables of an openrc file; an empty name when OS_AUTH_URL is not set.
    static Result<CloudConfig> fromEnvironment(const QProcessEnvironment &environment);

private:
    QString findFile(const QString &envVariable, const QStringList &names) const;

    QStringList m_searchDirectories;
    QProcessEnvironment m_environment;
};

} // namespace VirtDeck::Cloud
