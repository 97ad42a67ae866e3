// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace VirtDeck::Cloud {

// One REST call to a catalog service. path is relative to the service endpoint and may
// carry a query ("flavors/detail?is_public=None").
struct CloudRequest
{
    QString serviceType; // "compute", "volumev3", "network", "identity" (the auth URL), ...
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QJsonDocument body;  // sent when not null
    // Instead of body: raw bytes with their own type (Glance's JSON patch for image updates).
    QByteArray rawBody{};
    QByteArray contentType{};
};

} // namespace VirtDeck::Cloud
