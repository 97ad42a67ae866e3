// SPDX-License-Identifier: GPL-2.0-or-later
#include "applyscopebox.h"

#include <QStandardItemModel>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ApplyScopeBox::ApplyScopeBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"applyScope"_s);
    addItem(tr("Now (running guest only)"), int(ApplyScope::Now));
    addItem(tr("Next boot (saved definition)"), int(ApplyScope::NextBoot));
    addItem(tr("Now and next boot"), int(ApplyScope::Both));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT scopeChanged(scope()); });
    update();
}

void ApplyScopeBox::setGuest(bool active, bool persistent)
{
    const bool changed = active != m_active || persistent != m_persistent;
    m_active = active;
    m_persistent = persistent;
    update();
    // A guest that started or stopped: the widest choice again, not a leftover one.
    if (changed) {
        for (ApplyScope s : {ApplyScope::Both, ApplyScope::NextBoot, ApplyScope::Now}) {
            if (isOffered(s)) {
                setCurrentIndex(findData(int(s)));
                break;
            }
        }
    }
}

void ApplyScopeBox::setConfigOnly(bool configOnly)
{
    m_configOnly = configOnly;
    update();
}

ApplyScope ApplyScopeBox::scope() const
{
    return ApplyScope(currentData().toInt());
}

void ApplyScopeBox::setScope(ApplyScope scope)
{
    const int index = findData(int(scope));
    if (index >= 0 && isOffered(scope))
        setCurrentIndex(index);
}

bool ApplyScopeBox::isOffered(ApplyScope scope) const
{
    if (affectsLive(scope) && (!m_active || m_configOnly))
        return false;
    if (affectsConfig(scope) && !m_persistent)
        return false;
    return true;
}

void ApplyScopeBox::update()
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    for (int row = 0; row < count(); ++row) {
        const ApplyScope s = ApplyScope(itemData(row).toInt());
        if (QStandardItem *item = items->item(row))
            item->setEnabled(isOffered(s));
    }
    if (!isOffered(scope())) {
        // The widest choice that is still offered.
        for (ApplyScope s : {ApplyScope::Both, ApplyScope::NextBoot, ApplyScope::Now}) {
            if (isOffered(s)) {
                setCurrentIndex(findData(int(s)));
                break;
            }
        }
    }
    int offered = 0;
    for (ApplyScope s : {ApplyScope::Now, ApplyScope::NextBoot, ApplyScope::Both})
        offered += isOffered(s) ? 1 : 0;
    setEnabled(offered > 1);
}

} // namespace VirtDeck
