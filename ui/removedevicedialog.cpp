// SPDX-License-Identifier: GPL-2.0-or-later
#include "removedevicedialog.h"

#include "applyscopebox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

RemoveDeviceDialog::RemoveDeviceDialog(const QString &what, bool inLive, bool inConfig, bool active, bool persistent,
                                       QWidget *parent)
    : QDialog(parent)
    , m_scope(new ApplyScopeBox(this))
{
    setObjectName(u"removeDeviceDialog"_s);
    setWindowTitle(tr("Remove %1").arg(what));
    auto *text = new QLabel(this);
    text->setObjectName(u"removeText"_s);
    text->setWordWrap(true);
    QString message = tr("Remove %1 from the guest? Files and volumes stay where they are.").arg(what);
    if (active && inLive)
        message += u"\n\n"_s + tr("Unplugging from a running guest needs the guest's operating system to release the "
                                  "device; until it does, the device stays attached.");
    text->setText(message);
    m_scope->setGuest(active && inLive, persistent && inConfig);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Remove"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(text);
    layout->addRow(tr("Apply &to:"), m_scope);
    layout->addRow(buttons);
}

ApplyScope RemoveDeviceDialog::scope() const
{
    return m_scope->scope();
}

} // namespace VirtDeck
