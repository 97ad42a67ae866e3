// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"

#include <QDialog>

namespace VirtDeck {

class ApplyScopeBox;

// Confirms removing a disk or network card and asks when: unplug now, remove from the
// definition, or both. Says that a running guest's OS must release a PCI device itself.
class RemoveDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveDeviceDialog(const QString &what, bool inLive, bool inConfig, bool active, bool persistent,
                       QWidget *parent = nullptr);
    ApplyScope scope() const;

private:
    ApplyScopeBox *m_scope;
};

} // namespace VirtDeck
