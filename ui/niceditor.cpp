// SPDX-License-Identifier: GPL-2.0-or-later
#include "niceditor.h"

#include "applyscopebox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

NicEditor::NicEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_details(new QLabel(this))
    , m_link(new QCheckBox(tr("&Link is up (cable plugged in)"), this))
{
    setObjectName(u"nicEditor"_s);
    m_details->setObjectName(u"nicDetails"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_link->setObjectName(u"linkUp"_s);
    m_form->addRow(m_details);
    m_form->addRow(QString(), m_link);
}

void NicEditor::setListing(const HardwareListing &listing, const QString &mac)
{
    const bool same = mac == m_mac;
    const auto find = [&mac](const HardwareListing &l) {
        const auto it = std::find_if(l.live.nics.cbegin(), l.live.nics.cend(), [&mac](const NicDevice &n) { return n.mac == mac; });
        return it == l.live.nics.cend() ? NicDevice{} : *it;
    };
    const bool changed = find(listing) != find(m_listing);
    m_listing = listing;
    if (!same)
        forgetFailure();
    m_mac = mac;
    const NicDevice *nic = nullptr;
    for (const NicDevice &n : listing.live.nics) {
        if (n.mac == mac)
            nic = &n;
    }
    if (!nic) {
        m_details->setText(tr("This network card is gone."));
        setEditable(false);
        return;
    }
    QStringList lines;
    lines.append(tr("MAC address: %1").arg(nic->mac));
    lines.append(nic->type == u"network" ? tr("Virtual network: %1").arg(nic->source)
                 : nic->type == u"bridge" ? tr("Host bridge: %1").arg(nic->source)
                                          : tr("%1: %2").arg(nic->type, nic->source));
    lines.append(tr("Model: %1").arg(nic->model.isEmpty() ? tr("hypervisor default") : nic->model));
    if (!nic->target.isEmpty())
        lines.append(tr("Host device: %1").arg(nic->target));
    if (!nic->inConfig)
        lines.append(tr("Attached to the running guest only: it is gone after a shutdown."));
    if (!nic->inLive)
        lines.append(tr("In the definition only: the guest gets it at its next boot."));
    m_details->setText(lines.join(u'\n'));
    setEditable(true);
    m_scope->setGuest(listing.active() && nic->inLive, listing.persistent && nic->inConfig);
    if (reloadInput(same, changed))
        m_link->setChecked(nic->linkUp);
    showProblems({});
}

void NicEditor::apply()
{
    const bool up = m_link->isChecked();
    run(m_service.setLinkState(m_guest, m_mac, up, m_scope->scope()),
        up ? tr("Link of %1 is up.").arg(m_mac) : tr("Link of %1 is down.").arg(m_mac));
}

} // namespace VirtDeck
