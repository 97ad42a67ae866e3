// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QComboBox;

namespace VirtDeck {

// The video card model, for the next boot.
class VideoEditor : public HardwareEditor
{
    Q_OBJECT

public:
    VideoEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &index) override;

protected:
    void apply() override;

private:
    int m_index = -1;
    QComboBox *m_model;
};

} // namespace VirtDeck
