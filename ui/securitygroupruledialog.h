// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "securitygroup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace VirtDeck {

// "Add rule": presets (SSH, ICMP, HTTP, HTTPS, RDP) or direction, IPv4/IPv6, protocol
// (TCP, UDP, ICMP, any, number), ports or ICMP type and code, remote CIDR or group.
// Validated as it is typed; OK only when the rule can be sent.
class SecurityGroupRuleDialog : public QDialog
{
    Q_OBJECT

public:
    SecurityGroupRuleDialog(const QString &groupId, const QList<Cloud::SecurityGroup> &groups, QWidget *parent = nullptr);
    Cloud::SecurityGroupRule rule() const;

private:
    void applyPreset(int index);
    void updateFields();
    void validate();

    QString m_groupId;
    QComboBox *m_preset;
    QComboBox *m_direction;
    QComboBox *m_etherType;
    QComboBox *m_protocol;
    QSpinBox *m_protocolNumber;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QComboBox *m_remoteKind;
    QLineEdit *m_cidr;
    QComboBox *m_remoteGroup;
    QLineEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    bool m_applyingPreset = false;
};

} // namespace VirtDeck
