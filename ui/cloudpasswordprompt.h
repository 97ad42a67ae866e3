// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace VirtDeck {

// Asks for a cloud's password (or application credential secret), with the choice of keeping
// it in the system keychain.
class CloudPasswordPrompt : public QDialog
{
    Q_OBJECT

public:
    CloudPasswordPrompt(const QString &cloudName, const QString &userName, bool keychainAvailable, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace VirtDeck
