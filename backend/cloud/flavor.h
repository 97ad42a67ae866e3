// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace VirtDeck::Cloud {

// A Nova flavor, as `openstack flavor list --long` shows it. Also the input of "create"
// (an empty id lets Nova choose one).
struct Flavor
{
    QString id;
    QString name;
    int vcpus = 1;
    qint64 ramMb = 512;
    qint64 diskGb = 0;
    qint64 ephemeralGb = 0;
    qint64 swapMb = 0;
    double rxtxFactor = 1.0;
    bool isPublic = true;
    QString description;
    QMap<QString, QString> extraSpecs;
};

} // namespace VirtDeck::Cloud
