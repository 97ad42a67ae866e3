// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck {

// Column arithmetic for aligned terminal tables: a Chinese header or guest name takes two
// terminal cells per character, so QString::leftJustified() alone misaligns the columns.
namespace TerminalColumns {

// Cells the text occupies on a terminal (wcwidth() per code point; wide CJK = 2, combining = 0).
int width(const QString &text);

// The text followed by enough spaces to fill `columns` cells (at least one space when the
// text is already as wide, so that columns never run together).
QString padRight(const QString &text, int columns);

} // namespace TerminalColumns
} // namespace VirtDeck
