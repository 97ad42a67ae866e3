// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitygroupruledialog.h"

#include "securitygrouprulevalidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;
using Preset = SecurityGroupRuleValidator::Preset;

namespace {
enum Protocol { AnyProtocol, Tcp, Udp, Icmp, OtherProtocol };
}

SecurityGroupRuleDialog::SecurityGroupRuleDialog(const QString &groupId, const QList<SecurityGroup> &groups, QWidget *parent)
    : QDialog(parent)
    , m_groupId(groupId)
    , m_preset(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_etherType(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_protocolNumber(new QSpinBox(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_remoteKind(new QComboBox(this))
    , m_cidr(new QLineEdit(this))
    , m_remoteGroup(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"securityRuleDialog"_s);
    setWindowTitle(tr("Add Rule"));
    m_preset->setObjectName(u"rulePreset"_s);
    m_preset->addItem(tr("Custom"));
    m_preset->addItem(tr("SSH (TCP 22)"), int(Preset::Ssh));
    m_preset->addItem(tr("ICMP (ping)"), int(Preset::Icmp));
    m_preset->addItem(tr("HTTP (TCP 80)"), int(Preset::Http));
    m_preset->addItem(tr("HTTPS (TCP 443)"), int(Preset::Https));
    m_preset->addItem(tr("RDP (TCP 3389)"), int(Preset::Rdp));
    m_direction->setObjectName(u"ruleDirection"_s);
    m_direction->addItem(tr("Ingress (incoming)"), u"ingress"_s);
    m_direction->addItem(tr("Egress (outgoing)"), u"egress"_s);
    m_etherType->setObjectName(u"ruleEtherType"_s);
    m_etherType->addItem(u"IPv4"_s, u"IPv4"_s);
    m_etherType->addItem(u"IPv6"_s, u"IPv6"_s);
    m_protocol->setObjectName(u"ruleProtocol"_s);
    m_protocol->addItem(tr("Any"), AnyProtocol);
    m_protocol->addItem(u"TCP"_s, Tcp);
    m_protocol->addItem(u"UDP"_s, Udp);
    m_protocol->addItem(u"ICMP"_s, Icmp);
    m_protocol->addItem(tr("Other (number)"), OtherProtocol);
    m_protocolNumber->setObjectName(u"ruleProtocolNumber"_s);
    m_protocolNumber->setRange(0, 255);
    m_from->setObjectName(u"ruleFrom"_s);
    m_to->setObjectName(u"ruleTo"_s);
    for (QSpinBox *box : {m_from, m_to}) {
        box->setRange(-1, 65535);
        box->setSpecialValueText(tr("any"));
        box->setValue(-1);
    }
    m_remoteKind->setObjectName(u"ruleRemoteKind"_s);
    m_remoteKind->addItem(tr("CIDR"));
    m_remoteKind->addItem(tr("Security group"));
    m_cidr->setObjectName(u"ruleCidr"_s);
    m_cidr->setText(u"0.0.0.0/0"_s);
    m_remoteGroup->setObjectName(u"ruleRemoteGroup"_s);
    for (const SecurityGroup &group : groups)
        m_remoteGroup->addItem(group.name, group.id);
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Ether type:"), m_etherType);
    form->addRow(tr("P&rotocol:"), m_protocol);
    form->addRow(tr("Protocol number:"), m_protocolNumber);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(tr("Re&mote:"), m_remoteKind);
    form->addRow(tr("Remote CIDR:"), m_cidr);
    form->addRow(tr("Remote group:"), m_remoteGroup);
    form->addRow(tr("Description:"), m_description);
    form->addRow(m_problem);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &SecurityGroupRuleDialog::applyPreset);
    for (QComboBox *box : {m_direction, m_etherType, m_protocol, m_remoteKind, m_remoteGroup})
        connect(box, &QComboBox::currentIndexChanged, this, &SecurityGroupRuleDialog::updateFields);
    for (QSpinBox *box : {m_protocolNumber, m_from, m_to})
        connect(box, &QSpinBox::valueChanged, this, &SecurityGroupRuleDialog::validate);
    connect(m_cidr, &QLineEdit::textChanged, this, &SecurityGroupRuleDialog::validate);
    updateFields();
}

void SecurityGroupRuleDialog::applyPreset(int index)
{
    if (index <= 0)
        return;
    m_applyingPreset = true;
    const SecurityGroupRule preset = SecurityGroupRuleValidator::preset(Preset(m_preset->itemData(index).toInt()),
                                                                        m_etherType->currentData().toString());
    m_direction->setCurrentIndex(0);
    m_protocol->setCurrentIndex(m_protocol->findData(preset.protocol == u"tcp"_s ? Tcp : Icmp));
    m_from->setValue(preset.portRangeMin);
    m_to->setValue(preset.portRangeMax);
    m_remoteKind->setCurrentIndex(0);
    m_cidr->setText(preset.remoteIpPrefix);
    updateFields();
    m_applyingPreset = false;
}

void SecurityGroupRuleDialog::updateFields()
{
    const int protocol = m_protocol->currentData().toInt();
    const bool icmp = protocol == Icmp;
    const bool ports = protocol == Tcp || protocol == Udp;
    m_fromLabel->setText(icmp ? tr("ICMP type:") : tr("From port:"));
    m_toLabel->setText(icmp ? tr("ICMP code:") : tr("To port:"));
    m_from->setEnabled(icmp || ports);
    m_to->setEnabled(icmp || ports);
    if (!icmp && !ports) {
        m_from->setValue(-1);
        m_to->setValue(-1);
    }
    m_protocolNumber->setEnabled(protocol == OtherProtocol);
    const bool byGroup = m_remoteKind->currentIndex() == 1;
    m_cidr->setEnabled(!byGroup);
    m_remoteGroup->setEnabled(byGroup);
    validate();
}

SecurityGroupRule SecurityGroupRuleDialog::rule() const
{
    SecurityGroupRule rule;
    rule.securityGroupId = m_groupId;
    rule.direction = m_direction->currentData().toString();
    rule.etherType = m_etherType->currentData().toString();
    const int protocol = m_protocol->currentData().toInt();
    switch (protocol) {
    case Tcp: rule.protocol = u"tcp"_s; break;
    case Udp: rule.protocol = u"udp"_s; break;
    case Icmp: rule.protocol = rule.etherType == u"IPv6"_s ? u"ipv6-icmp"_s : u"icmp"_s; break;
    case OtherProtocol: rule.protocol = QString::number(m_protocolNumber->value()); break;
    default: break;
    }
    rule.portRangeMin = m_from->value();
    rule.portRangeMax = m_to->value();
    // A single port given in "from" only means that port.
    if ((protocol == Tcp || protocol == Udp) && rule.portRangeMin != -1 && rule.portRangeMax == -1)
        rule.portRangeMax = rule.portRangeMin;
    if (m_remoteKind->currentIndex() == 1)
        rule.remoteGroupId = m_remoteGroup->currentData().toString();
    else
        rule.remoteIpPrefix = m_cidr->text().trimmed();
    rule.description = m_description->text().trimmed();
    return rule;
}

void SecurityGroupRuleDialog::validate()
{
    // Editing a field by hand turns a preset into a custom rule.
    if (!m_applyingPreset && m_preset->currentIndex() != 0) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(0);
    }
    QString problem = SecurityGroupRuleValidator::validate(rule());
    if (problem.isEmpty() && m_remoteKind->currentIndex() == 1 && m_remoteGroup->currentIndex() < 0)
        problem = tr("Choose the remote security group.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace VirtDeck
