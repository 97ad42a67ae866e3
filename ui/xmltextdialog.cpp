// SPDX-License-Identifier: GPL-2.0-or-later
#include "xmltextdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

XmlTextDialog::XmlTextDialog(const QString &title, const QString &xml, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"xmlTextDialog"_s);
    setWindowTitle(title);
    auto *text = new QPlainTextEdit(xml, this);
    text->setObjectName(u"xmlText"_s);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace VirtDeck
