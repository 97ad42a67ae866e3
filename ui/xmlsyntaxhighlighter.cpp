// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmlsyntaxhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

} // namespace

XmlSyntaxHighlighter::XmlSyntaxHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setupFormats();
}

void XmlSyntaxHighlighter::setupFormats()
{
    // Darker colours on a light background, lighter ones on a dark theme.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const auto make = [](const QColor &color, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(color);
        if (bold)
            format.setFontWeight(QFont::DemiBold);
        format.setFontItalic(italic);
        return format;
    };
    m_formats[int(Kind::Tag)] = make(dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x4e, 0x9e), true);
    m_formats[int(Kind::Attribute)] = make(dark ? QColor(0xe0, 0x9c, 0xff) : QColor(0x86, 0x2d, 0xa8));
    m_formats[int(Kind::Value)] = make(dark ? QColor(0x8f, 0xd9, 0x8f) : QColor(0x1b, 0x7a, 0x1b));
    m_formats[int(Kind::Comment)] = make(dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x80, 0x80, 0x80), false, true);
    m_formats[int(Kind::Entity)] = make(dark ? QColor(0xff, 0xb0, 0x66) : QColor(0xb3, 0x59, 0x00));
    m_formats[int(Kind::CData)] = make(dark ? QColor(0xcc, 0xcc, 0x88) : QColor(0x6b, 0x6b, 0x00));
    m_formats[int(Kind::Instruction)] = make(dark ? QColor(0x9a, 0xb8, 0xd6) : QColor(0x4a, 0x6a, 0x8a));
}

QTextCharFormat XmlSyntaxHighlighter::format(Kind kind) const
{
    return m_formats[int(kind)];
}

void XmlSyntaxHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState();
    if (state < InComment || state > InInstruction)
        state = Text;
    const int length = int(text.size());
    int i = 0;
    // Finds the end marker from i; colours up to and including it (or to the end of the
    // line, staying in the state) and returns whether it was found.
    const auto runUntil = [&](const QString &marker, Kind kind) {
        const int end = int(text.indexOf(marker, i));
        const int stop = end < 0 ? length : end + int(marker.size());
        setFormat(i, stop - i, m_formats[int(kind)]);
        i = stop;
        return end >= 0;
    };

    while (i < length) {
        switch (state) {
        case InComment:
            if (runUntil(u"-->"_s, Kind::Comment))
                state = Text;
            continue;
        case InCData:
            if (runUntil(u"]]>"_s, Kind::CData))
                state = Text;
            continue;
        case InInstruction:
            if (runUntil(u"?>"_s, Kind::Instruction))
                state = Text;
            continue;
        case InDoubleValue:
            if (runUntil(u"\""_s, Kind::Value))
                state = InTag;
            continue;
        case InSingleValue:
            if (runUntil(u"'"_s, Kind::Value))
                state = InTag;
            continue;
        case InTag: {
            const QChar c = text.at(i);
            if (c == u'>') {
                setFormat(i, 1, m_formats[int(Kind::Tag)]);
                ++i;
                state = Text;
            } else if (c == u'/' && i + 1 < length && text.at(i + 1) == u'>') {
                setFormat(i, 2, m_formats[int(Kind::Tag)]);
                i += 2;
                state = Text;
            } else if (c == u'"' || c == u'\'') {
                setFormat(i, 1, m_formats[int(Kind::Value)]);
                ++i;
                state = c == u'"' ? InDoubleValue : InSingleValue;
            } else if (isNameChar(c)) {
                const int start = i;
                while (i < length && isNameChar(text.at(i)))
                    ++i;
                setFormat(start, i - start, m_formats[int(Kind::Attribute)]);
            } else {
                ++i; // whitespace and '='
            }
            continue;
        }
        default:
            break;
        }

        // Character data.
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(u"<!--")) {
            setFormat(i, 4, m_formats[int(Kind::Comment)]);
            i += 4;
            state = InComment;
        } else if (rest.startsWith(u"<![CDATA[")) {
            setFormat(i, 9, m_formats[int(Kind::CData)]);
            i += 9;
            state = InCData;
        } else if (rest.startsWith(u"<?") || rest.startsWith(u"<!")) {
            setFormat(i, 2, m_formats[int(Kind::Instruction)]);
            i += 2;
            state = InInstruction;
            if (rest.startsWith(u"<!")) // a DOCTYPE ends with '>', not '?>'
                state = InTag;
        } else if (rest.startsWith(u'<')) {
            const int start = i;
            ++i;
            if (i < length && text.at(i) == u'/')
                ++i;
            while (i < length && isNameChar(text.at(i)))
                ++i;
            setFormat(start, i - start, m_formats[int(Kind::Tag)]);
            state = InTag;
        } else if (rest.startsWith(u'&')) {
            const int end = int(text.indexOf(u';', i));
            const int stop = end < 0 ? i + 1 : end + 1;
            setFormat(i, stop - i, m_formats[int(Kind::Entity)]);
            i = stop;
        } else {
            ++i;
        }
    }
    setCurrentBlockState(state);
}

} // namespace VirtDeck
