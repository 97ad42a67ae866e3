// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace VirtDeck::Cloud {

// Turns an OpenStack error reply into a message for people: the HTTP status, the service's
// own message verbatim (Nova/Cinder {"forbidden": {"message"}}, Neutron {"NeutronError"},
// Keystone {"error"}, Glance's plain text) and a plain explanation of what it means.
class CloudError
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::CloudError)

public:
    static QString describe(int httpStatus, const QByteArray &body, const QString &serviceType);
    // The message the service put in its error body, or an empty string.
    static QString serviceMessage(const QByteArray &body);
    static QString explanation(int httpStatus);
    static QString serviceLabel(const QString &serviceType);
    // "... sent a reply VirtDeck cannot read: <detail>"
    static QString malformed(const QString &serviceType, const QString &detail);
};

} // namespace VirtDeck::Cloud
