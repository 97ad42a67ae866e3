// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Test {

// Where the tree and the build are: CTest sets VIRTDECK_SOURCE_DIR and VIRTDECK_BINARY_DIR;
// a test run by hand falls back to the paths CMake saw at configure time.
QString sourceDir();
QString binaryDir();

} // namespace VirtDeck::Test
