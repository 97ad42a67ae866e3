// SPDX-License-Identifier: GPL-2.0-or-later
#include "terminalcolumns.h"

#include <QList>

#include <clocale>
#include <cwchar>

namespace VirtDeck::TerminalColumns {

namespace {

// wcwidth() answers by the LC_CTYPE locale; under "C" it knows only ASCII. The CLI's output
// is UTF-8 whatever the locale, so ask a UTF-8 locale once.
void ensureUtf8CharacterTypes()
{
    static const bool ready = [] {
        const char *current = std::setlocale(LC_CTYPE, nullptr);
        const QByteArray name = current ? QByteArray(current).toLower() : QByteArray();
        if (!name.contains("utf-8") && !name.contains("utf8"))
            std::setlocale(LC_CTYPE, "C.UTF-8");
        return true;
    }();
    Q_UNUSED(ready);
}

} // namespace

int width(const QString &text)
{
    ensureUtf8CharacterTypes();
    int cells = 0;
    for (const uint codePoint : text.toUcs4()) {
        const int w = ::wcwidth(static_cast<wchar_t>(codePoint));
        cells += w < 0 ? 1 : w; // a control or unknown character still takes a cell when printed
    }
    return cells;
}

QString padRight(const QString &text, int columns)
{
    const int missing = columns - width(text);
    return text + QString(qMax(missing, 1), u' ');
}

} // namespace VirtDeck::TerminalColumns
