// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudsubnetdialog.h"

#include "cloudsession.h"
#include "networkclient.h"
#include "problemslabel.h"
#include "subnetvalidator.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudSubnetDialog::CloudSubnetDialog(CloudSession *session, const QString &networkId, const QString &networkName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_networkId(networkId)
    , m_name(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_cidr(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_noGateway(new QCheckBox(tr("No gateway"), this))
    , m_dhcp(new QCheckBox(tr("Hand out addresses with DHCP"), this))
    , m_dns(new QLineEdit(this))
    , m_pools(new QPlainTextEdit(this))
    , m_problems(new ProblemsLabel(this))
{
    setObjectName(u"cloudSubnetDialog"_s);
    setWindowTitle(tr("Add Subnet to %1").arg(networkName));
    m_name->setObjectName(u"subnetName"_s);
    m_version->setObjectName(u"subnetVersion"_s);
    m_version->addItem(tr("IPv4"), 4);
    m_version->addItem(tr("IPv6"), 6);
    m_cidr->setObjectName(u"subnetCidr"_s);
    m_cidr->setPlaceholderText(tr("e.g. 192.168.10.0/24"));
    m_gateway->setObjectName(u"subnetGateway"_s);
    m_gateway->setPlaceholderText(tr("empty: the first address"));
    m_noGateway->setObjectName(u"subnetNoGateway"_s);
    m_dhcp->setObjectName(u"subnetDhcp"_s);
    m_dhcp->setChecked(true);
    m_dns->setObjectName(u"subnetDns"_s);
    m_dns->setPlaceholderText(tr("e.g. 8.8.4.4, 1.1.1.1"));
    m_pools->setObjectName(u"subnetPools"_s);
    m_pools->setPlaceholderText(tr("One range per line, e.g. 192.168.10.10-192.168.10.200; empty: the whole subnet"));
    m_pools->setFixedHeight(70);
    connect(m_noGateway, &QCheckBox::toggled, m_gateway, &QWidget::setDisabled);
    // The version follows what is typed, so a pasted IPv6 CIDR needs no second click.
    connect(m_cidr, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_version->setCurrentIndex(text.contains(u':') ? 1 : 0);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloudSubnetDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("IP &version:"), m_version);
    layout->addRow(tr("&CIDR:"), m_cidr);
    layout->addRow(tr("&Gateway:"), m_gateway);
    layout->addRow(QString(), m_noGateway);
    layout->addRow(tr("&DHCP:"), m_dhcp);
    layout->addRow(tr("DNS &servers:"), m_dns);
    layout->addRow(tr("Allocation &pools:"), m_pools);
    layout->addRow(m_problems);
    layout->addRow(buttons);
    setMinimumWidth(520);
}

CloudSubnet CloudSubnetDialog::subnet() const
{
    CloudSubnet subnet;
    subnet.networkId = m_networkId;
    subnet.name = m_name->text().trimmed();
    subnet.ipVersion = m_version->currentData().toInt();
    subnet.cidr = m_cidr->text().trimmed();
    subnet.noGateway = m_noGateway->isChecked();
    subnet.gatewayIp = subnet.noGateway ? QString() : m_gateway->text().trimmed();
    subnet.enableDhcp = m_dhcp->isChecked();
    subnet.dnsNameservers = SubnetValidator::parseDnsServers(m_dns->text());
    subnet.allocationPools = SubnetValidator::parseAllocationPools(m_pools->toPlainText()).value;
    return subnet;
}

FormProblems CloudSubnetDialog::problems() const
{
    const auto pools = SubnetValidator::parseAllocationPools(m_pools->toPlainText());
    FormProblems problems = SubnetValidator::validate(subnet());
    if (!pools.ok())
        problems.append({u"pools"_s, pools.error});
    return problems;
}

QString CloudSubnetDialog::problemText() const
{
    return m_problems->shownText();
}

void CloudSubnetDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
    // Grow so that every message line shows; never shrink what the user sized.
    if (const int wanted = sizeHint().height(); wanted > height())
        resize(width(), wanted);
    // The first field with a problem gets the focus, so it can be fixed at once.
    static const QHash<QString, QString> editors{{u"cidr"_s, u"subnetCidr"_s}, {u"gateway"_s, u"subnetGateway"_s},
                                                 {u"dns"_s, u"subnetDns"_s}, {u"pools"_s, u"subnetPools"_s}};
    if (!problems.isEmpty()) {
        if (auto *editor = findChild<QWidget *>(editors.value(problems.first().field)))
            editor->setFocus();
    }
}

void CloudSubnetDialog::submit()
{
    const FormProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return;
    if (!m_session) {
        showProblems({{{}, tr("Not signed in.")}});
        return;
    }
    setEnabled(false);
    whenFinished(NetworkClient(m_session).createSubnet(subnet()), this, [this](const Result<CloudSubnet> &result) {
        setEnabled(true);
        if (!result.ok()) {
            showProblems({{{}, result.error}});
            return;
        }
        Q_EMIT subnetCreated(result.value);
        accept();
    });
}

} // namespace VirtDeck
