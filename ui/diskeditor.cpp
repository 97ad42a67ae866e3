// SPDX-License-Identifier: GPL-2.0-or-later
#include "diskeditor.h"

#include "applyscopebox.h"
#include "hardwarevalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

DiskEditor::DiskEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_details(new QLabel(this))
    , m_cache(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("&Read-only"), this))
    , m_media(new QLineEdit(this))
    , m_eject(new QPushButton(tr("&Eject"), this))
{
    setObjectName(u"diskEditor"_s);
    m_details->setObjectName(u"diskDetails"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_cache->setObjectName(u"diskCache"_s);
    m_cache->addItem(tr("Hypervisor default"), QString());
    for (const QString &mode : {u"none"_s, u"writeback"_s, u"writethrough"_s, u"directsync"_s, u"unsafe"_s})
        m_cache->addItem(mode, mode);
    m_readOnly->setObjectName(u"diskReadOnly"_s);
    m_media->setObjectName(u"mediaPath"_s);
    m_media->setPlaceholderText(tr("Path of an ISO image on the host"));
    m_eject->setObjectName(u"ejectMedia"_s);
    m_form->addRow(m_details);
    m_form->addRow(tr("&Cache mode:"), m_cache);
    m_form->addRow(QString(), m_readOnly);
    m_form->addRow(tr("&Media:"), m_media);
    m_form->addRow(QString(), m_eject);
    connect(m_eject, &QPushButton::clicked, this, &DiskEditor::eject);
}

bool DiskEditor::removable() const
{
    return m_device == u"cdrom" || m_device == u"floppy";
}

void DiskEditor::setListing(const HardwareListing &listing, const QString &target)
{
    const bool sameDisk = target == m_target;
    const auto find = [&target](const HardwareListing &l) {
        const auto it = std::find_if(l.live.disks.cbegin(), l.live.disks.cend(), [&target](const DiskDevice &d) { return d.target == target; });
        return it == l.live.disks.cend() ? DiskDevice{} : *it;
    };
    const bool changed = find(listing) != find(m_listing);
    m_listing = listing;
    if (!sameDisk)
        forgetFailure();
    m_target = target;
    const DiskDevice *disk = nullptr;
    for (const DiskDevice &d : listing.live.disks) {
        if (d.target == target)
            disk = &d;
    }
    if (!disk) {
        m_details->setText(tr("This disk is gone."));
        setEditable(false);
        return;
    }
    m_device = disk->device;
    QStringList lines;
    lines.append(tr("Device: %1 on bus %2 as %3").arg(disk->device, disk->bus, disk->target));
    lines.append(tr("Source: %1").arg(disk->source.isEmpty() ? tr("(empty)") : disk->source));
    if (!disk->driverType.isEmpty())
        lines.append(tr("Format: %1").arg(disk->driverType));
    if (disk->shareable)
        lines.append(tr("Shareable between guests"));
    if (!disk->inConfig)
        lines.append(tr("Attached to the running guest only: it is gone after a shutdown."));
    if (!disk->inLive)
        lines.append(tr("In the definition only: the guest gets it at its next boot."));
    m_details->setText(lines.join(u'\n'));

    setEditable(true);
    m_scope->setGuest(listing.active() && disk->inLive, listing.persistent && disk->inConfig);
    m_scope->setConfigOnly(!removable());
    m_cache->setVisible(!removable());
    m_readOnly->setVisible(!removable());
    m_form->labelForField(m_cache)->setVisible(!removable());
    m_media->setVisible(removable());
    m_eject->setVisible(removable());
    m_form->labelForField(m_media)->setVisible(removable());
    if (reloadInput(sameDisk, changed)) {
        m_cache->setCurrentIndex(std::max(0, m_cache->findData(disk->cache)));
        m_readOnly->setChecked(disk->readOnly);
        m_media->setText(disk->source);
    }
    m_apply->setText(removable() ? tr("&Change Media") : tr("&Apply"));
    m_eject->setEnabled(!disk->source.isEmpty());
    setNote(!removable() && listing.active() ? tr("Cache mode and read-only apply at the next boot.") : QString());
    showProblems({});
}

void DiskEditor::apply()
{
    if (removable()) {
        const QString path = m_media->text().trimmed();
        if (path.isEmpty()) {
            showProblems({{u"media"_s, tr("Type the path of the new media, or eject.")}});
            return;
        }
        showProblems({});
        run(m_service.changeMedia(m_guest, m_target, path, m_scope->scope()), tr("Media of %1 changed.").arg(m_target));
        return;
    }
    showProblems({});
    run(m_service.setDiskOptions(m_guest, m_target, m_cache->currentData().toString(), m_readOnly->isChecked()),
        tr("Options of %1 saved for the next boot.").arg(m_target));
}

void DiskEditor::eject()
{
    showProblems({});
    run(m_service.changeMedia(m_guest, m_target, {}, m_scope->scope()), tr("Media of %1 ejected.").arg(m_target));
}

} // namespace VirtDeck
