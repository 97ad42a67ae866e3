// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmleditor.h"

#include "xmlsyntaxhighlighter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

XmlEditor::XmlEditor(QWidget *parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"xmlEditor"_s);
    m_error->setObjectName(u"xmlEditorError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"QLabel { background: #fbe3e4; color: #8a1f11; border: 1px solid #e8a0a0; padding: 4px; }"_s);
    m_error->hide();

    m_text->setObjectName(u"xmlEditorText"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    m_text->setAccessibleName(tr("XML"));
    m_highlighter = new XmlSyntaxHighlighter(m_text->document());
    connect(m_text->document(), &QTextDocument::modificationChanged, this, &XmlEditor::modificationChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
}

void XmlEditor::setXml(const QString &xml)
{
    m_text->setPlainText(xml);
    m_text->document()->setModified(false);
    clearError();
}

QString XmlEditor::xml() const
{
    return m_text->toPlainText();
}

bool XmlEditor::isModified() const
{
    return m_text->document()->isModified();
}

void XmlEditor::setModified(bool modified)
{
    m_text->document()->setModified(modified);
}

void XmlEditor::setReadOnly(bool readOnly)
{
    m_text->setReadOnly(readOnly);
}

bool XmlEditor::isReadOnly() const
{
    return m_text->isReadOnly();
}

void XmlEditor::showError(const QString &message, int line)
{
    m_error->setText(message);
    m_error->show();
    if (line > 0) {
        const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            m_text->centerCursor();
        }
    }
}

void XmlEditor::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString XmlEditor::errorText() const
{
    return m_error->text();
}

} // namespace VirtDeck
