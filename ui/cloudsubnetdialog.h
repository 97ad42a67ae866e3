// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsubnet.h"
#include "formproblem.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace VirtDeck {

class ProblemsLabel;

namespace Cloud {
class CloudSession;
}

// A new subnet of one network: name, IP version, CIDR, gateway (or none), DHCP, DNS servers
// and allocation pools. Checked with SubnetValidator before anything is sent; problems and
// Neutron's refusals show in the dialog, which stays open and keeps what was typed.
class CloudSubnetDialog : public QDialog
{
    Q_OBJECT

public:
    CloudSubnetDialog(Cloud::CloudSession *session, const QString &networkId, const QString &networkName,
                      QWidget *parent = nullptr);

    // The form as a subnet, and the problems of it (pools that do not parse included).
    Cloud::CloudSubnet subnet() const;
    FormProblems problems() const;
    void submit();
    QString problemText() const;

Q_SIGNALS:
    void subnetCreated(const VirtDeck::Cloud::CloudSubnet &subnet);

private:
    void showProblems(const FormProblems &problems);

    QPointer<Cloud::CloudSession> m_session;
    QString m_networkId;
    QLineEdit *m_name;
    QComboBox *m_version;
    QLineEdit *m_cidr;
    QLineEdit *m_gateway;
    QCheckBox *m_noGateway;
    QCheckBox *m_dhcp;
    QLineEdit *m_dns;
    QPlainTextEdit *m_pools;
    ProblemsLabel *m_problems;
};

} // namespace VirtDeck
