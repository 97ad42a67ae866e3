// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmltextdialog.h"

#include "xmleditor.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

XmlTextDialog::XmlTextDialog(const QString &title, const QString &xml, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"xmlTextDialog"_s);
    setWindowTitle(title);
    auto *editor = new XmlEditor(this);
    editor->setReadOnly(true);
    editor->setXml(xml);
    editor->textEdit()->setObjectName(u"xmlText"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace VirtDeck
