// SPDX-License-Identifier: GPL-2.0-or-later
#include "deletesnapshotdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

DeleteSnapshotDialog::DeleteSnapshotDialog(const SnapshotInfoList &all, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_all(all)
    , m_name(name)
{
    setObjectName(u"deleteSnapshotDialog"_s);
    setWindowTitle(tr("Delete Snapshot %1").arg(name));
    const int below = int(SnapshotPolicy::subtree(all, name).size()) - 1;
    const int children = int(std::count_if(all.cbegin(), all.cend(), [&name](const SnapshotInfo &s) { return s.parent == name; }));

    auto *intro = new QLabel(tr("Delete the snapshot \"%1\"? The guest's current state is not touched.").arg(name), this);
    intro->setWordWrap(true);
    m_thisOnly = new QRadioButton(children > 0 ? tr("Only this snapshot (its %n child snapshot(s) move up one level)", nullptr, children)
                                            : tr("This snapshot"),
                                  this);
    m_thisOnly->setObjectName(u"deleteSnapshotThisOnly"_s);
    m_withChildren = new QRadioButton(tr("This snapshot and the %n snapshot(s) below it", nullptr, below), this);
    m_withChildren->setObjectName(u"deleteSnapshotWithChildren"_s);
    m_withChildren->setEnabled(below > 0);
    m_metadataOnly = new QRadioButton(tr("Only libvirt's record of it (its data stays in the images and files)"), this);
    m_metadataOnly->setObjectName(u"deleteSnapshotMetadataOnly"_s);
    m_note = new QLabel(this);
    m_note->setObjectName(u"deleteSnapshotNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"deleteSnapshotOk"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (SnapshotPolicy::deleteProblem(m_all, m_name, mode()).isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_thisOnly);
    layout->addWidget(m_withChildren);
    layout->addWidget(m_metadataOnly);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    for (QRadioButton *radio : {m_thisOnly, m_withChildren, m_metadataOnly})
        connect(radio, &QRadioButton::toggled, this, &DeleteSnapshotDialog::update);
    // Start on the first choice libvirt can do.
    if (SnapshotPolicy::deleteProblem(all, name, SnapshotDeleteMode::ThisOnly).isEmpty())
        m_thisOnly->setChecked(true);
    else
        m_metadataOnly->setChecked(true);
    update();
    resize(520, sizeHint().height());
}

SnapshotDeleteMode DeleteSnapshotDialog::mode() const
{
    if (m_withChildren->isChecked())
        return SnapshotDeleteMode::WithChildren;
    if (m_metadataOnly->isChecked())
        return SnapshotDeleteMode::MetadataOnly;
    return SnapshotDeleteMode::ThisOnly;
}

void DeleteSnapshotDialog::update()
{
    const QString problem = SnapshotPolicy::deleteProblem(m_all, m_name, mode());
    const QString warning = SnapshotPolicy::deleteWarning(m_all, m_name, mode());
    m_note->setText(problem.isEmpty() ? warning : problem);
    m_note->setStyleSheet(problem.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace VirtDeck
