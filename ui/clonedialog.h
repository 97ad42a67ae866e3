// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clonespec.h"

#include <QDialog>
#include <QSet>
#include <QUuid>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace VirtDeck {

class ConnectionSession;

// "Clone…": a new name (checked against the connection's guests as it is typed), linked or
// full, start afterwards. The clone is made while the dialog waits; a failure is shown in it
// and the name stays for another try.
class CloneDialog : public QDialog
{
    Q_OBJECT

public:
    CloneDialog(ConnectionSession *session, const QUuid &source, const QString &sourceName, QWidget *parent = nullptr);

    CloneSpec spec() const;
    const CloneResult &result() const { return m_result; }
    QString problem() const; // why OK is disabled, empty when it is not

Q_SIGNALS:
    void cloned(const VirtDeck::CloneResult &result);

public:
    void accept() override;

private:
    void validate();

    ConnectionSession *m_session;
    QUuid m_source;
    QSet<QString> m_existing;
    CloneResult m_result;
    bool m_busy = false;
    QLineEdit *m_name;
    QRadioButton *m_linked;
    QRadioButton *m_full;
    QCheckBox *m_start;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace VirtDeck
