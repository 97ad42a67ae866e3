// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"

#include <QComboBox>

namespace VirtDeck {

// "Apply to: now / next boot / both". Offers only what the guest allows: a running
// persistent guest all three, a shut-off guest the next boot, a running transient guest now;
// a change that only exists in the definition (config-only) the next boot.
class ApplyScopeBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ApplyScopeBox(QWidget *parent = nullptr);

    void setGuest(bool active, bool persistent);
    void setConfigOnly(bool configOnly);
    ApplyScope scope() const;
    void setScope(ApplyScope scope);
    bool isOffered(ApplyScope scope) const;

Q_SIGNALS:
    void scopeChanged(VirtDeck::ApplyScope scope);

private:
    void update();

    bool m_active = false;
    bool m_persistent = true;
    bool m_configOnly = false;
};

} // namespace VirtDeck
