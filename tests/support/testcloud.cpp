// SPDX-License-Identifier: GPL-2.0-or-later
#include "testcloud.h"

#include "cloudconfigloader.h"
#include "cloudsession.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>

#include <memory>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

QString TestCloud::directory()
{
    const QString fromEnvironment = qEnvironmentVariable("VIRTDECK_CLOUD_DIR");
    return fromEnvironment.isEmpty() ? u"/var/tmp/virtdeck-cloud"_s : fromEnvironment;
}

QString TestCloud::cloudsYaml()
{
    return QDir(directory()).filePath(u"clouds.yaml"_s);
}

QString TestCloud::unavailableReason()
{
    const QString hint = u"start the test cloud with scripts/cloud-start.sh"_s;
    if (!QFile::exists(cloudsYaml()))
        return u"The test cloud is not set up (%1 is missing): %2"_s.arg(cloudsYaml(), hint);
    const QList<QPair<QString, quint16>> services = {
        {u"Keystone"_s, 5000}, {u"Nova API"_s, 8774}, {u"Cinder API"_s, 8776}, {u"Neutron"_s, 9696}};
    for (const auto &[name, port] : services) {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        if (!socket.waitForConnected(3000))
            return u"The test cloud is not running (%1 on 127.0.0.1:%2: %3): %4"_s.arg(name).arg(port).arg(socket.errorString(), hint);
    }
    return {};
}

Cloud::CloudConfig TestCloud::config(const QString &who)
{
    QFile file(cloudsYaml());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto clouds = Cloud::CloudConfigLoader::parseCloudsYaml(file.readAll(), {}, file.fileName());
    for (const Cloud::CloudConfig &config : clouds.value) {
        if (config.name == u"virtdeck-"_s + who)
            return config;
    }
    return {};
}

QString TestCloud::projectId(const QString &who)
{
    QFile file(QDir(directory()).filePath(u"cloud.env"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = who + u"_project_id="_s;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QString TestCloud::signIn(const QStringList &who, QHash<QString, Cloud::CloudSession *> &sessions)
{
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return reason;
    for (const QString &name : who) {
        auto session = std::make_unique<Cloud::CloudSession>(config(name));
        const auto token = awaitResult(session->signIn());
        if (!token.ok())
            return u"Signing in to the test cloud as %1 failed: %2"_s.arg(name, token.error);
        sessions.insert(name, session.release());
    }
    return {};
}

} // namespace VirtDeck::Test
