// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudnetwork.h"
#include "formproblem.h"
#include "projectnetworkplan.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace VirtDeck {

namespace Cloud {
class CloudSession;
class ProjectNetworkBuilder;
}

// "Network for this project…": the seed's five steps in one form (network, router, router
// gateway to an external network, subnet, router interface), with the progress of each step
// and, when one fails, the undo of those already done.
class ProjectNetworkDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectNetworkDialog(Cloud::CloudSession *session, const QList<Cloud::CloudNetwork> &externalNetworks,
                         QWidget *parent = nullptr);

    Cloud::ProjectNetworkPlan plan() const;
    FormProblems problems() const;
    void start();
    Cloud::ProjectNetworkBuilder *builder() const { return m_builder; }
    QString problemText() const;
    // One line per step as shown ("✓ Create the network").
    QStringList stepTexts() const;

Q_SIGNALS:
    void buildFinished(bool ok);

private:
    void setStep(int step, const QString &mark, const QString &detail);
    void showProblems(const FormProblems &problems);

    QPointer<Cloud::CloudSession> m_session;
    Cloud::ProjectNetworkBuilder *m_builder;
    QLineEdit *m_networkName;
    QLineEdit *m_subnetName;
    QLineEdit *m_routerName;
    QLineEdit *m_cidr;
    QLineEdit *m_gateway;
    QLineEdit *m_dns;
    QCheckBox *m_dhcp;
    QComboBox *m_external;
    QListWidget *m_steps;
    QLabel *m_problems;
    QPushButton *m_create;
    QWidget *m_form;
};

} // namespace VirtDeck
