// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectnetworkdialog.h"

#include "cloudsession.h"
#include "projectnetworkbuilder.h"
#include "subnetvalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

ProjectNetworkDialog::ProjectNetworkDialog(CloudSession *session, const QList<CloudNetwork> &externalNetworks, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_builder(new ProjectNetworkBuilder(session, this))
    , m_networkName(new QLineEdit(this))
    , m_subnetName(new QLineEdit(this))
    , m_routerName(new QLineEdit(this))
    , m_cidr(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_dns(new QLineEdit(this))
    , m_dhcp(new QCheckBox(tr("Hand out addresses with DHCP"), this))
    , m_external(new QComboBox(this))
    , m_steps(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_create(nullptr)
    , m_form(new QWidget(this))
{
    setObjectName(u"projectNetworkDialog"_s);
    setWindowTitle(tr("Network for This Project"));
    const QString project = session ? session->token().projectName : QString();
    const QString prefix = project.isEmpty() ? u"project"_s : project;
    m_networkName->setObjectName(u"networkName"_s);
    m_networkName->setText(prefix + u"-net"_s);
    m_subnetName->setObjectName(u"subnetName"_s);
    m_subnetName->setText(prefix + u"-subnet"_s);
    m_routerName->setObjectName(u"routerName"_s);
    m_routerName->setText(prefix + u"-router"_s);
    m_cidr->setObjectName(u"subnetCidr"_s);
    m_cidr->setText(u"192.168.100.0/24"_s);
    m_gateway->setObjectName(u"subnetGateway"_s);
    m_gateway->setPlaceholderText(tr("empty: the first address"));
    m_dns->setObjectName(u"subnetDns"_s);
    m_dns->setPlaceholderText(tr("e.g. 8.8.4.4"));
    m_dhcp->setObjectName(u"subnetDhcp"_s);
    m_dhcp->setChecked(true);
    m_external->setObjectName(u"externalNetwork"_s);
    for (const CloudNetwork &network : externalNetworks)
        m_external->addItem(network.name.isEmpty() ? network.id : network.name, network.id);
    m_external->addItem(tr("None (no way out of the project)"), QString());
    m_steps->setObjectName(u"stepList"_s);
    for (int step = 0; step < ProjectNetworkBuilder::StepCount; ++step)
        m_steps->addItem(u"○  "_s + ProjectNetworkBuilder::stepLabel(step));
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * (ProjectNetworkBuilder::StepCount + 1));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_problems->setObjectName(u"problemsLabel"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Network name:"), m_networkName);
    form->addRow(tr("&Router name:"), m_routerName);
    form->addRow(tr("&External network:"), m_external);
    form->addRow(tr("&Subnet name:"), m_subnetName);
    form->addRow(tr("&CIDR:"), m_cidr);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(tr("&DNS servers:"), m_dns);
    form->addRow(QString(), m_dhcp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createButton"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_create, &QPushButton::clicked, this, &ProjectNetworkDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Creates a network with a subnet and a router that connects it to the external network, "
                                "in the usual order. If a step fails, the steps already done are undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_steps);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(540);

    connect(m_builder, &ProjectNetworkBuilder::stepStarted, this, [this](int step) { setStep(step, u"…"_s, tr("running")); });
    connect(m_builder, &ProjectNetworkBuilder::stepSucceeded, this, [this](int step, const QString &detail) {
        setStep(step, u"✓"_s, detail);
    });
    connect(m_builder, &ProjectNetworkBuilder::stepSkipped, this, [this](int step, const QString &reason) {
        setStep(step, u"–"_s, tr("skipped: %1").arg(reason));
    });
    connect(m_builder, &ProjectNetworkBuilder::stepFailed, this, [this](int step, const QString &error) {
        setStep(step, u"✗"_s, tr("failed"));
        Q_UNUSED(error)
    });
    connect(m_builder, &ProjectNetworkBuilder::stepUndone, this, [this](int step, const QString &error) {
        setStep(step, error.isEmpty() ? u"↶"_s : u"!"_s, error.isEmpty() ? tr("undone") : tr("undo failed: %1").arg(error));
    });
    connect(m_builder, &ProjectNetworkBuilder::finished, this, [this](bool ok, const QString &message) {
        m_problems->setText(message);
        m_problems->setStyleSheet(ok ? QString() : u"QLabel { color: #c01c28; }"_s);
        m_problems->show();
        if (const int wanted = sizeHint().height(); wanted > height())
            resize(width(), wanted);
        m_form->setEnabled(!ok);
        m_create->setEnabled(!ok);
        m_create->setText(ok ? tr("Create") : tr("Try Again"));
        Q_EMIT buildFinished(ok);
    });
}

ProjectNetworkPlan ProjectNetworkDialog::plan() const
{
    ProjectNetworkPlan plan;
    plan.networkName = m_networkName->text().trimmed();
    plan.subnetName = m_subnetName->text().trimmed();
    plan.routerName = m_routerName->text().trimmed();
    plan.cidr = m_cidr->text().trimmed();
    plan.gatewayIp = m_gateway->text().trimmed();
    plan.dnsNameservers = SubnetValidator::parseDnsServers(m_dns->text());
    plan.enableDhcp = m_dhcp->isChecked();
    plan.externalNetworkId = m_external->currentData().toString();
    return plan;
}

FormProblems ProjectNetworkDialog::problems() const
{
    return ProjectNetworkBuilder::validate(plan());
}

QString ProjectNetworkDialog::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QStringList ProjectNetworkDialog::stepTexts() const
{
    QStringList out;
    for (int row = 0; row < m_steps->count(); ++row)
        out.append(m_steps->item(row)->text());
    return out;
}

void ProjectNetworkDialog::setStep(int step, const QString &mark, const QString &detail)
{
    if (QListWidgetItem *item = m_steps->item(step))
        item->setText(mark + u"  "_s + ProjectNetworkBuilder::stepLabel(step) + (detail.isEmpty() ? QString() : u" — "_s + detail));
}

void ProjectNetworkDialog::showProblems(const FormProblems &problems)
{
    QStringList lines;
    for (const FormProblem &problem : problems)
        lines.append(problem.message);
    m_problems->setText(lines.join(u'\n'));
    m_problems->setStyleSheet(u"QLabel { color: #c01c28; }"_s);
    m_problems->setVisible(!lines.isEmpty());
    // Grow so that every message line shows; never shrink what the user sized.
    if (const int wanted = sizeHint().height(); wanted > height())
        resize(width(), wanted);
}

void ProjectNetworkDialog::start()
{
    if (m_builder->isRunning())
        return;
    const FormProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return;
    for (int step = 0; step < ProjectNetworkBuilder::StepCount; ++step)
        setStep(step, u"○"_s, {});
    m_form->setEnabled(false);
    m_create->setEnabled(false);
    m_builder->start(plan());
}

} // namespace VirtDeck
