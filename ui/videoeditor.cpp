// SPDX-License-Identifier: GPL-2.0-or-later
#include "videoeditor.h"

#include "applyscopebox.h"

#include <QComboBox>
#include <QFormLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

VideoEditor::VideoEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_model(new QComboBox(this))
{
    setObjectName(u"videoEditor"_s);
    m_model->setObjectName(u"videoModel"_s);
    m_model->addItem(tr("Virtio (recommended for Linux guests)"), u"virtio"_s);
    m_model->addItem(tr("QXL (SPICE)"), u"qxl"_s);
    m_model->addItem(tr("VGA"), u"vga"_s);
    m_model->addItem(tr("Bochs (UEFI)"), u"bochs"_s);
    m_model->addItem(tr("Cirrus (old guests)"), u"cirrus"_s);
    m_model->addItem(tr("ramfb"), u"ramfb"_s);
    m_model->addItem(tr("None"), u"none"_s);
    m_form->addRow(tr("&Model:"), m_model);
    m_scope->setConfigOnly(true);
}

void VideoEditor::setListing(const HardwareListing &listing, const QString &index)
{
    const bool same = index.toInt() == m_index;
    const bool changed = listing.config.videos.value(index.toInt()) != m_listing.config.videos.value(index.toInt());
    m_listing = listing;
    if (!same)
        forgetFailure();
    m_index = index.toInt();
    m_scope->setGuest(listing.active(), listing.persistent);
    if (m_index < 0 || m_index >= listing.config.videos.size()) {
        setEditable(false);
        return;
    }
    setEditable(true);
    const VideoDevice &video = listing.config.videos.at(m_index);
    if (reloadInput(same, changed)) {
        int row = m_model->findData(video.model);
        if (row < 0) {
            m_model->addItem(video.model, video.model);
            row = m_model->count() - 1;
        }
        m_model->setCurrentIndex(row);
    }
    setNote(listing.active() ? tr("The video model applies at the next boot.") : QString());
    showProblems({});
}

void VideoEditor::apply()
{
    VideoDevice video;
    video.model = m_model->currentData().toString();
    video.primary = m_listing.config.videos.value(m_index).primary;
    run(m_service.setVideo(m_guest, m_index, video), tr("Video model saved for the next boot."));
}

} // namespace VirtDeck
