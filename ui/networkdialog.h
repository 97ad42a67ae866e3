// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "networkform.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace VirtDeck {

class ConnectionSession;

// The "new virtual network" form. OK validates with NetworkFormValidator first; problems
// are shown next to their fields and nothing typed is lost. Only a valid form is sent to
// libvirt, and libvirt's own refusal is shown the same way, with the dialog still open.
class NetworkDialog : public QDialog
{
    Q_OBJECT

public:
    NetworkDialog(ConnectionSession *session, const QStringList &existingNetworks, QWidget *parent = nullptr);

    NetworkForm form() const;
    void setForm(const NetworkForm &form);
    // Validates and, if valid, creates the network; the dialog closes when libvirt agrees.
    void submit();

Q_SIGNALS:
    void networkCreated(const QString &name);

private:
    void updateEnabled();
    void showProblems(const FormProblems &problems);

    ConnectionSession *m_session;
    QStringList m_existing;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QLineEdit *m_bridge;
    QLineEdit *m_forwardDevice;
    QCheckBox *m_ipv4;
    QLineEdit *m_ipv4Cidr;
    QLineEdit *m_ipv4Gateway;
    QCheckBox *m_dhcp;
    QLineEdit *m_dhcpStart;
    QLineEdit *m_dhcpEnd;
    QCheckBox *m_ipv6;
    QLineEdit *m_ipv6Cidr;
    QLineEdit *m_ipv6Gateway;
    QCheckBox *m_dhcp6;
    QLineEdit *m_dhcp6Start;
    QLineEdit *m_dhcp6End;
    QCheckBox *m_startNow;
    QCheckBox *m_autostart;
    QLabel *m_problems;
    QHash<QString, QWidget *> m_fields;
};

} // namespace VirtDeck
