// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkdialog.h"

#include "connectionsession.h"
#include "networkformvalidator.h"
#include "networkservice.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QLineEdit *field(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

NetworkDialog::NetworkDialog(ConnectionSession *session, const QStringList &existingNetworks, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(existingNetworks)
    , m_name(field(u"nameEdit"_s, tr("e.g. lab"), this))
    , m_mode(new QComboBox(this))
    , m_bridge(field(u"bridgeEdit"_s, tr("chosen by libvirt"), this))
    , m_forwardDevice(field(u"forwardDeviceEdit"_s, tr("any host interface"), this))
    , m_ipv4(new QCheckBox(tr("IPv4"), this))
    , m_ipv4Cidr(field(u"ipv4CidrEdit"_s, u"10.200.1.0/24"_s, this))
    , m_ipv4Gateway(field(u"ipv4GatewayEdit"_s, u"10.200.1.1"_s, this))
    , m_dhcp(new QCheckBox(tr("DHCP"), this))
    , m_dhcpStart(field(u"dhcpStartEdit"_s, u"10.200.1.100"_s, this))
    , m_dhcpEnd(field(u"dhcpEndEdit"_s, u"10.200.1.254"_s, this))
    , m_ipv6(new QCheckBox(tr("IPv6"), this))
    , m_ipv6Cidr(field(u"ipv6CidrEdit"_s, u"fd00:200:1::/64"_s, this))
    , m_ipv6Gateway(field(u"ipv6GatewayEdit"_s, u"fd00:200:1::1"_s, this))
    , m_dhcp6(new QCheckBox(tr("DHCPv6"), this))
    , m_dhcp6Start(field(u"dhcp6StartEdit"_s, u"fd00:200:1::100"_s, this))
    , m_dhcp6End(field(u"dhcp6EndEdit"_s, u"fd00:200:1::1ff"_s, this))
    , m_startNow(new QCheckBox(tr("Start the network now"), this))
    , m_autostart(new QCheckBox(tr("Start when the host boots"), this))
    , m_problems(new QLabel(this))
{
    setObjectName(u"networkDialog"_s);
    setWindowTitle(tr("New Virtual Network"));
    m_mode->setObjectName(u"forwardModeCombo"_s);
    m_mode->addItem(tr("NAT"), int(NetworkForwardMode::Nat));
    m_mode->addItem(tr("Routed"), int(NetworkForwardMode::Route));
    m_mode->addItem(tr("Isolated"), int(NetworkForwardMode::Isolated));
    m_mode->addItem(tr("Open"), int(NetworkForwardMode::Open));
    m_mode->addItem(tr("Existing host bridge"), int(NetworkForwardMode::Bridge));
    m_ipv4->setObjectName(u"ipv4Check"_s);
    m_dhcp->setObjectName(u"dhcpCheck"_s);
    m_ipv6->setObjectName(u"ipv6Check"_s);
    m_dhcp6->setObjectName(u"dhcp6Check"_s);
    m_startNow->setObjectName(u"startNowCheck"_s);
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problems->setPalette(palette);
    m_problems->hide();

    m_fields = {{u"name"_s, m_name}, {u"bridge"_s, m_bridge}, {u"forwardDevice"_s, m_forwardDevice},
                {u"ipv4Cidr"_s, m_ipv4Cidr}, {u"ipv4Gateway"_s, m_ipv4Gateway}, {u"dhcpStart"_s, m_dhcpStart},
                {u"dhcpEnd"_s, m_dhcpEnd}, {u"ipv6Cidr"_s, m_ipv6Cidr}, {u"ipv6Gateway"_s, m_ipv6Gateway},
                {u"dhcp6Start"_s, m_dhcp6Start}, {u"dhcp6End"_s, m_dhcp6End}};

    auto *general = new QFormLayout;
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Mode:"), m_mode);
    general->addRow(tr("&Bridge:"), m_bridge);
    general->addRow(tr("&Forward via:"), m_forwardDevice);

    auto *v4 = new QGroupBox(this);
    auto *v4Form = new QFormLayout(v4);
    v4Form->addRow(m_ipv4);
    v4Form->addRow(tr("Subnet (CIDR):"), m_ipv4Cidr);
    v4Form->addRow(tr("Gateway:"), m_ipv4Gateway);
    v4Form->addRow(m_dhcp);
    v4Form->addRow(tr("DHCP start:"), m_dhcpStart);
    v4Form->addRow(tr("DHCP end:"), m_dhcpEnd);
    auto *v6 = new QGroupBox(this);
    auto *v6Form = new QFormLayout(v6);
    v6Form->addRow(m_ipv6);
    v6Form->addRow(tr("Subnet (CIDR):"), m_ipv6Cidr);
    v6Form->addRow(tr("Gateway:"), m_ipv6Gateway);
    v6Form->addRow(m_dhcp6);
    v6Form->addRow(tr("DHCPv6 start:"), m_dhcp6Start);
    v6Form->addRow(tr("DHCPv6 end:"), m_dhcp6End);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    auto *ipRow = new QHBoxLayout;
    ipRow->addWidget(v4);
    ipRow->addWidget(v6);
    layout->addLayout(ipRow);
    layout->addWidget(m_startNow);
    layout->addWidget(m_autostart);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    for (QCheckBox *box : {m_ipv4, m_dhcp, m_ipv6, m_dhcp6})
        connect(box, &QCheckBox::toggled, this, &NetworkDialog::updateEnabled);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkDialog::updateEnabled);
    setForm(NetworkForm{});
}

NetworkForm NetworkDialog::form() const
{
    NetworkForm form;
    form.name = m_name->text().trimmed();
    form.forwardMode = NetworkForwardMode(m_mode->currentData().toInt());
    form.bridge = m_bridge->text().trimmed();
    form.forwardDevice = m_forwardDevice->text().trimmed();
    form.ipv4 = m_ipv4->isChecked() && form.forwardMode != NetworkForwardMode::Bridge;
    form.ipv4Cidr = m_ipv4Cidr->text().trimmed();
    form.ipv4Gateway = m_ipv4Gateway->text().trimmed();
    form.dhcp = m_dhcp->isChecked();
    form.dhcpStart = m_dhcpStart->text().trimmed();
    form.dhcpEnd = m_dhcpEnd->text().trimmed();
    form.ipv6 = m_ipv6->isChecked() && form.forwardMode != NetworkForwardMode::Bridge;
    form.ipv6Cidr = m_ipv6Cidr->text().trimmed();
    form.ipv6Gateway = m_ipv6Gateway->text().trimmed();
    form.dhcp6 = m_dhcp6->isChecked();
    form.dhcp6Start = m_dhcp6Start->text().trimmed();
    form.dhcp6End = m_dhcp6End->text().trimmed();
    form.startNow = m_startNow->isChecked();
    form.autostart = m_autostart->isChecked();
    return form;
}

void NetworkDialog::setForm(const NetworkForm &form)
{
    m_name->setText(form.name);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(form.forwardMode))));
    m_bridge->setText(form.bridge);
    m_forwardDevice->setText(form.forwardDevice);
    m_ipv4->setChecked(form.ipv4);
    m_ipv4Cidr->setText(form.ipv4Cidr);
    m_ipv4Gateway->setText(form.ipv4Gateway);
    m_dhcp->setChecked(form.dhcp);
    m_dhcpStart->setText(form.dhcpStart);
    m_dhcpEnd->setText(form.dhcpEnd);
    m_ipv6->setChecked(form.ipv6);
    m_ipv6Cidr->setText(form.ipv6Cidr);
    m_ipv6Gateway->setText(form.ipv6Gateway);
    m_dhcp6->setChecked(form.dhcp6);
    m_dhcp6Start->setText(form.dhcp6Start);
    m_dhcp6End->setText(form.dhcp6End);
    m_startNow->setChecked(form.startNow);
    m_autostart->setChecked(form.autostart);
    updateEnabled();
}

void NetworkDialog::updateEnabled()
{
    const bool bridged = NetworkForwardMode(m_mode->currentData().toInt()) == NetworkForwardMode::Bridge;
    m_forwardDevice->setEnabled(!bridged);
    m_ipv4->setEnabled(!bridged);
    m_ipv6->setEnabled(!bridged);
    const bool v4 = !bridged && m_ipv4->isChecked();
    const bool v6 = !bridged && m_ipv6->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_ipv4Cidr), static_cast<QWidget *>(m_ipv4Gateway),
                       static_cast<QWidget *>(m_dhcp)})
        w->setEnabled(v4);
    m_dhcpStart->setEnabled(v4 && m_dhcp->isChecked());
    m_dhcpEnd->setEnabled(v4 && m_dhcp->isChecked());
    for (QWidget *w : {static_cast<QWidget *>(m_ipv6Cidr), static_cast<QWidget *>(m_ipv6Gateway),
                       static_cast<QWidget *>(m_dhcp6)})
        w->setEnabled(v6);
    m_dhcp6Start->setEnabled(v6 && m_dhcp6->isChecked());
    m_dhcp6End->setEnabled(v6 && m_dhcp6->isChecked());
}

void NetworkDialog::showProblems(const FormProblems &problems)
{
    QStringList lines;
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet({});
    for (const FormProblem &problem : problems) {
        lines.append(problem.message);
        if (QWidget *w = m_fields.value(problem.field))
            w->setStyleSheet(u"border: 1px solid #c01c28;"_s);
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    if (!problems.isEmpty()) {
        if (QWidget *w = m_fields.value(problems.first().field))
            w->setFocus();
    }
}

void NetworkDialog::submit()
{
    const NetworkForm current = form();
    const FormProblems problems = NetworkFormValidator::validate(current, m_existing);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    setEnabled(false);
    whenFinished(NetworkService(m_session).create(current), this, [this, name = current.name](const Result<NetworkInfo> &result) {
        setEnabled(true);
        if (!result.ok()) {
            showProblems({FormProblem{{}, result.error}});
            return;
        }
        Q_EMIT networkCreated(name);
        accept();
    });
}

} // namespace VirtDeck
