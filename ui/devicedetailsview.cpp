// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicedetailsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

DeviceDetailsView::DeviceDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"deviceDetails"_s);
    m_text->setObjectName(u"deviceDetailsText"_s);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void DeviceDetailsView::showSerial(const SerialDevice &serial)
{
    QStringList lines;
    lines.append(serial.kind == u"console" ? tr("Console") : tr("Serial port %1").arg(serial.port));
    lines.append(tr("Type: %1").arg(serial.type));
    if (!serial.targetType.isEmpty())
        lines.append(tr("Guest side: %1, port %2").arg(serial.targetType).arg(serial.port));
    if (!serial.path.isEmpty())
        lines.append(tr("Host side: %1").arg(serial.path));
    lines.append(tr("Shown here only; edit serial devices in the XML."));
    m_text->setText(lines.join(u'\n'));
}

void DeviceDetailsView::showController(const ControllerDevice &controller)
{
    QStringList lines;
    lines.append(tr("Controller: %1, index %2").arg(controller.type).arg(controller.index));
    lines.append(tr("Model: %1").arg(controller.model.isEmpty() ? tr("hypervisor default") : controller.model));
    if (!controller.address.isEmpty())
        lines.append(tr("Address: %1").arg(controller.address));
    lines.append(tr("Controllers are added by libvirt as the devices need them."));
    m_text->setText(lines.join(u'\n'));
}

QString DeviceDetailsView::text() const
{
    return m_text->text();
}

} // namespace VirtDeck
