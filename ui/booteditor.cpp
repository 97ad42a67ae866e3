// SPDX-License-Identifier: GPL-2.0-or-later
#include "booteditor.h"

#include "applyscopebox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
QString deviceText(const QString &dev)
{
    if (dev == u"hd")
        return BootEditor::tr("Hard disk");
    if (dev == u"cdrom")
        return BootEditor::tr("CD-ROM");
    if (dev == u"network")
        return BootEditor::tr("Network (PXE)");
    if (dev == u"fd")
        return BootEditor::tr("Floppy");
    return dev;
}
} // namespace

BootEditor::BootEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_firmware(new QLabel(this))
    , m_order(new QListWidget(this))
    , m_menu(new QCheckBox(tr("Show the boot &menu"), this))
    , m_timeout(new QSpinBox(this))
{
    setObjectName(u"bootEditor"_s);
    m_firmware->setObjectName(u"firmwareLabel"_s);
    m_firmware->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firmware->setWordWrap(true);
    m_order->setObjectName(u"bootOrder"_s);
    m_order->setMaximumHeight(110);
    m_menu->setObjectName(u"bootMenu"_s);
    m_timeout->setObjectName(u"bootMenuTimeout"_s);
    m_timeout->setRange(0, 65535);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("default"));
    auto *up = new QPushButton(tr("&Up"), this);
    up->setObjectName(u"bootUp"_s);
    auto *down = new QPushButton(tr("&Down"), this);
    down->setObjectName(u"bootDown"_s);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto *moveButtons = new QVBoxLayout;
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch(1);
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_order, 1);
    orderRow->addLayout(moveButtons);
    m_form->addRow(tr("Firmware:"), m_firmware);
    auto *orderLabel = new QLabel(tr("Boot &order:"), this);
    orderLabel->setBuddy(m_order);
    m_form->addRow(orderLabel, orderRow);
    m_form->addRow(QString(), m_menu);
    m_form->addRow(tr("Menu &timeout:"), m_timeout);
    connect(m_menu, &QCheckBox::toggled, m_timeout, &QSpinBox::setEnabled);
    m_scope->setConfigOnly(true);
}

void BootEditor::setListing(const HardwareListing &listing, const QString &)
{
    m_listing = listing;
    m_scope->setGuest(listing.active(), listing.persistent);
    const BootConfig &boot = listing.config.boot;
    QString firmware = boot.firmware;
    if (!boot.loaderPath.isEmpty())
        firmware += u" (%1)"_s.arg(boot.loaderPath);
    if (!boot.machine.isEmpty())
        firmware += u"\n"_s + tr("Machine: %1 %2").arg(boot.arch, boot.machine);
    m_firmware->setText(firmware);
    m_order->clear();
    QStringList all = boot.order;
    for (const QString &dev : {u"hd"_s, u"cdrom"_s, u"network"_s, u"fd"_s}) {
        if (!all.contains(dev))
            all.append(dev);
    }
    for (const QString &dev : std::as_const(all)) {
        auto *item = new QListWidgetItem(deviceText(dev), m_order);
        item->setData(Qt::UserRole, dev);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(boot.order.contains(dev) ? Qt::Checked : Qt::Unchecked);
    }
    m_order->setEnabled(!boot.perDeviceOrder);
    m_menu->setChecked(boot.menu);
    m_timeout->setValue(boot.menuTimeoutMs);
    m_timeout->setEnabled(boot.menu);
    QString note = listing.active() ? tr("Boot options apply at the next boot.") : QString();
    if (boot.perDeviceOrder)
        note = tr("This guest sets its boot order per device; that order is kept and can be edited in the XML.");
    setNote(note);
    showProblems({});
}

BootConfig BootEditor::boot() const
{
    BootConfig boot;
    if (m_order->isEnabled()) {
        for (int row = 0; row < m_order->count(); ++row) {
            if (m_order->item(row)->checkState() == Qt::Checked)
                boot.order.append(m_order->item(row)->data(Qt::UserRole).toString());
        }
    }
    boot.menu = m_menu->isChecked();
    boot.menuTimeoutMs = m_timeout->value();
    return boot;
}

void BootEditor::move(int delta)
{
    const int row = m_order->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_order->count())
        return;
    QListWidgetItem *item = m_order->takeItem(row);
    m_order->insertItem(to, item);
    m_order->setCurrentRow(to);
}

void BootEditor::apply()
{
    const BootConfig b = boot();
    if (m_order->isEnabled() && b.order.isEmpty()) {
        showProblems({{u"order"_s, tr("Choose at least one device to boot from.")}});
        return;
    }
    showProblems({});
    run(m_service.setBoot(m_guest, b), tr("Boot options saved for the next boot."));
}

} // namespace VirtDeck
