// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keypair.h"

namespace VirtDeck::Cloud {

// A key pair made locally and uploaded: the private key stays in privateKeyPath (mode 0600).
struct CreatedKeyPair
{
    KeyPair keyPair;
    QString privateKeyPath;
    QString publicKeyPath;
};

} // namespace VirtDeck::Cloud
