// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace VirtDeck {

// Colours XML as it is typed: element names, attribute names, attribute values, comments,
// entities, CDATA and processing instructions. A line-by-line scanner whose block state
// carries what is still open at the end of a line (a comment, a tag with more attributes
// on the next line, a value, a CDATA section), so multi-line constructs stay coloured.
class XmlSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Kind { Tag, Attribute, Value, Comment, Entity, CData, Instruction };

    explicit XmlSyntaxHighlighter(QTextDocument *document);

    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Text = -1, InComment = 1, InTag, InDoubleValue, InSingleValue, InCData, InInstruction };

    void setupFormats();

    QTextCharFormat m_formats[7];
};

} // namespace VirtDeck
