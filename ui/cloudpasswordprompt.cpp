// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudpasswordprompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

CloudPasswordPrompt::CloudPasswordPrompt(const QString &cloudName, const QString &userName, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(u"cloudPasswordPrompt"_s);
    setWindowTitle(tr("Sign in to %1").arg(cloudName));
    m_password->setObjectName(u"cloudPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"cloudRememberPassword"_s);
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No system keychain is available: the password is asked for each time."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("User:"), new QLabel(userName.toHtmlEscaped(), this));
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(m_remember);
    layout->addRow(buttons);
}

QString CloudPasswordPrompt::password() const
{
    return m_password->text();
}

bool CloudPasswordPrompt::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace VirtDeck
