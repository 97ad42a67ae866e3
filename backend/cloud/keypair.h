// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A Nova key pair (its public half; Nova never has the private key of an imported pair).
struct KeyPair
{
    QString name;
    QString type = QStringLiteral("ssh"); // "ssh" or "x509"
    QString fingerprint;
    QString publicKey;

    bool operator==(const KeyPair &) const = default;
};

} // namespace VirtDeck::Cloud
