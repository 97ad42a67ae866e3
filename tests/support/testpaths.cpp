// SPDX-License-Identifier: GPL-2.0-or-later
#include "testpaths.h"

#include <QtGlobal>

namespace VirtDeck::Test {

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("VIRTDECK_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(VIRTDECK_SOURCE_DIR_DEFAULT) : fromEnv;
}

QString binaryDir()
{
    const QString fromEnv = qEnvironmentVariable("VIRTDECK_BINARY_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(VIRTDECK_BINARY_DIR_DEFAULT) : fromEnv;
}

} // namespace VirtDeck::Test
