// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace VirtDeck {

class XmlSyntaxHighlighter;

// An XML text editor with syntax highlighting and a place for an error message above the
// text: the one viewer/editor for domain, network, pool and volume XML. An error never
// touches the text, so what the user typed stays in the editor.
class XmlEditor : public QWidget
{
    Q_OBJECT

public:
    explicit XmlEditor(QWidget *parent = nullptr);

    // Replaces the text (no undo across it), marks it unmodified and clears the error.
    void setXml(const QString &xml);
    QString xml() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // Shows message above the text; line (1-based) > 0 also moves the cursor there.
    void showError(const QString &message, int line = 0);
    void clearError();
    QString errorText() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    XmlSyntaxHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void modificationChanged(bool modified);

private:
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_text = nullptr;
    XmlSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace VirtDeck
