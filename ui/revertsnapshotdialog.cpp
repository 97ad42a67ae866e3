// SPDX-License-Identifier: GPL-2.0-or-later
#include "revertsnapshotdialog.h"

#include "snapshottreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

RevertSnapshotDialog::RevertSnapshotDialog(const QString &guestName, bool guestActive, const SnapshotInfo &snapshot,
                                           QWidget *parent)
    : QDialog(parent)
    , m_fixedName(snapshot.name)
{
    build({guestName}, guestActive, &snapshot);
}

RevertSnapshotDialog::RevertSnapshotDialog(const QStringList &guestNames, bool anyActive, QWidget *parent)
    : QDialog(parent)
{
    build(guestNames, anyActive, nullptr);
}

void RevertSnapshotDialog::build(const QStringList &guestNames, bool anyActive, const SnapshotInfo *snapshot)
{
    setObjectName(u"revertSnapshotDialog"_s);
    setWindowTitle(tr("Revert to Snapshot"));
    const QString who = guestNames.size() > 10
                            ? tr("%1 and %n more", nullptr, int(guestNames.size()) - 10).arg(guestNames.mid(0, 10).join(u", "_s))
                            : guestNames.join(u", "_s);

    auto *form = new QFormLayout;
    form->addRow(guestNames.size() == 1 ? tr("Guest:") : tr("Guests:"), new QLabel(who, this));
    if (snapshot) {
        auto *name = new QLabel(snapshot->name, this);
        name->setObjectName(u"revertSnapshotLabel"_s);
        form->addRow(tr("Snapshot:"), name);
    } else {
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"revertSnapshotName"_s);
        m_name->setPlaceholderText(tr("The snapshot name every selected guest has"));
        form->addRow(tr("&Snapshot:"), m_name);
    }
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"revertMode"_s);
    const QString asTaken = snapshot ? tr("As it was: %1").arg(SnapshotTreeModel::stateText(snapshot->state))
                                     : tr("As each snapshot was taken");
    m_mode->addItem(asTaken, int(SnapshotRevertMode::AsTaken));
    m_mode->addItem(tr("Running"), int(SnapshotRevertMode::Running));
    m_mode->addItem(tr("Paused"), int(SnapshotRevertMode::Paused));
    form->addRow(tr("&Afterwards:"), m_mode);

    QStringList lines;
    lines.append(guestNames.size() == 1
                     ? tr("The current state of %1 is discarded: everything written to its disks since the "
                          "snapshot was taken is lost.").arg(who)
                     : tr("The current state of these %n guest(s) is discarded: everything written to their "
                          "disks since the snapshot was taken is lost.", nullptr, int(guestNames.size())));
    if (anyActive)
        lines.append(guestNames.size() == 1 ? tr("Its memory goes too: unsaved work in open programs is lost.")
                                            : tr("Running and paused guests lose their memory too: unsaved work in open "
                                                 "programs is lost."));
    if (snapshot && !snapshot->hasMemory)
        lines.append(tr("This snapshot holds no memory state: a guest started from it boots from its disks as "
                        "after a power cut."));
    lines.append(tr("The snapshots themselves are kept."));
    m_discard = new QLabel(lines.join(u"\n\n"_s), this);
    m_discard->setObjectName(u"revertDiscardText"_s);
    m_discard->setWordWrap(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *warning = new QHBoxLayout;
    warning->addWidget(icon, 0, Qt::AlignTop);
    warning->addWidget(m_discard, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Revert and Discard Current State"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"revertSnapshotOk"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!snapshotName().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(warning);
    layout->addWidget(m_buttons);
    if (m_name)
        connect(m_name, &QLineEdit::textChanged, this, &RevertSnapshotDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void RevertSnapshotDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!snapshotName().isEmpty());
}

QString RevertSnapshotDialog::snapshotName() const
{
    return m_name ? m_name->text().trimmed() : m_fixedName;
}

SnapshotRevertMode RevertSnapshotDialog::mode() const
{
    return SnapshotRevertMode(m_mode->currentData().toInt());
}

QString RevertSnapshotDialog::discardText() const
{
    return m_discard->text();
}

} // namespace VirtDeck
