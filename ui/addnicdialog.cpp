// SPDX-License-Identifier: GPL-2.0-or-later
#include "addnicdialog.h"

#include "connectionsession.h"
#include "hardwarevalidator.h"
#include "hostbridgeservice.h"
#include "networkservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

AddNicDialog::AddNicDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent)
    : AddDeviceDialog(session, guest, listing, parent)
    , m_type(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_mac(new QLineEdit(this))
    , m_linkUp(new QCheckBox(tr("&Link up"), this))
{
    createScopeBox();
    setObjectName(u"addNicDialog"_s);
    setWindowTitle(tr("Add Network Card to %1").arg(listing.config.name));
    m_type->setObjectName(u"nicType"_s);
    m_type->addItem(tr("Virtual network"), u"network"_s);
    m_type->addItem(tr("Host bridge"), u"bridge"_s);
    m_source->setObjectName(u"nicSource"_s);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_model->setObjectName(u"nicModel"_s);
    m_model->addItem(tr("virtio (fastest, needs drivers on Windows)"), u"virtio"_s);
    m_model->addItem(tr("e1000 (Intel)"), u"e1000"_s);
    m_model->addItem(tr("rtl8139 (Realtek)"), u"rtl8139"_s);
    m_mac->setObjectName(u"nicMac"_s);
    m_mac->setPlaceholderText(tr("generated: 52:54:00:xx:xx:xx"));
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(u"generateMac"_s);
    connect(generate, &QPushButton::clicked, this, [this] { m_mac->setText(HardwareValidator::generateMac(usedMacs())); });
    auto *macRow = new QHBoxLayout;
    macRow->addWidget(m_mac, 1);
    macRow->addWidget(generate);
    m_linkUp->setObjectName(u"nicLinkUp"_s);
    m_linkUp->setChecked(true);

    QFormLayout *layout = createForm();
    layout->addRow(tr("&Connect to:"), m_type);
    layout->addRow(tr("&Source:"), m_source);
    layout->addRow(tr("&Model:"), m_model);
    auto *macLabel = new QLabel(tr("MA&C address:"), this);
    macLabel->setBuddy(m_mac);
    layout->addRow(macLabel, macRow);
    layout->addRow(QString(), m_linkUp);
    addClosingRows(layout, tr("Apply &to:"), tr("&Add"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &AddNicDialog::loadSources);
    loadSources();
    if (!session)
        return;
    whenFinished(NetworkService(session).list(), this, [this](const Result<NetworkInfoList> &networks) {
        if (!networks.ok())
            return;
        for (const NetworkInfo &network : networks.value)
            m_networks.append(network.name);
        loadSources();
    });
    whenFinished(HostBridgeService(session).list(), this, [this](const Result<HostBridgeInfoList> &bridges) {
        if (!bridges.ok())
            return;
        for (const HostBridgeInfo &bridge : bridges.value) {
            if (bridge.network.isEmpty()) // a network's own bridge is joined through the network
                m_bridges.append(bridge.name);
        }
        loadSources();
    });
}

void AddNicDialog::loadSources()
{
    const QString typed = m_source->currentText();
    const bool bridge = m_type->currentData() == u"bridge"_s;
    const QStringList &names = bridge ? m_bridges : m_networks;
    m_source->clear();
    m_source->addItems(names);
    m_source->lineEdit()->setPlaceholderText(bridge ? tr("br0") : tr("default"));
    if (!typed.isEmpty() && !m_networks.contains(typed) && !m_bridges.contains(typed))
        m_source->setEditText(typed);
    else if (names.contains(u"default"_s))
        m_source->setCurrentIndex(names.indexOf(u"default"_s));
}

QStringList AddNicDialog::usedMacs() const
{
    QStringList out;
    for (const NicDevice &nic : m_listing.live.nics)
        out.append(nic.mac);
    for (const NicDevice &nic : m_listing.config.nics)
        out.append(nic.mac);
    return out;
}

NicDevice AddNicDialog::nic() const
{
    NicDevice n;
    n.type = m_type->currentData().toString();
    n.source = m_source->currentText().trimmed();
    n.model = m_model->currentData().toString();
    n.mac = m_mac->text().trimmed().toLower();
    n.linkUp = m_linkUp->isChecked();
    return n;
}

FormProblems AddNicDialog::validate() const
{
    return withScopeProblem(HardwareValidator::validateNic(nic(), usedMacs()));
}

void AddNicDialog::submit()
{
    if (!checkForm())
        return;
    attach(m_service.attachNic(m_guest, nic(), scope()), [this](const NicDevice &device) { Q_EMIT attached(device); });
}

} // namespace VirtDeck
