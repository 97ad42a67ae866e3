// SPDX-License-Identifier: GPL-2.0-or-later
#include "createsnapshotdialog.h"

#include "snapshotpolicy.h"
#include "snapshotxml.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

CreateSnapshotDialog::CreateSnapshotDialog(const QList<Guest> &guests, QWidget *parent)
    : QDialog(parent)
    , m_guests(guests)
{
    setObjectName(u"createSnapshotDialog"_s);
    QStringList names;
    for (const Guest &guest : guests)
        names.append(guest.name);
    setWindowTitle(guests.size() == 1 ? tr("Take Snapshot of %1").arg(names.value(0))
                                      : tr("Take Snapshot of %n Guest(s)", nullptr, int(guests.size())));
    const bool anyActive = std::any_of(guests.cbegin(), guests.cend(), [](const Guest &g) { return isActive(g.state); });
    const bool anyAgent = std::any_of(guests.cbegin(), guests.cend(), [](const Guest &g) { return g.agentConnected; });

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"snapshotName"_s);
    m_name->setText(QDateTime::currentDateTime().toString(u"yyyy-MM-dd_HH-mm-ss"_s));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"snapshotDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);

    auto *contents = new QGroupBox(tr("Contents"), this);
    m_withMemory = new QRadioButton(tr("Disks and memory: the guest resumes exactly where it was"), contents);
    m_withMemory->setObjectName(u"snapshotWithMemory"_s);
    m_diskOnly = new QRadioButton(tr("Disks only: like after a power cut"), contents);
    m_diskOnly->setObjectName(u"snapshotDiskOnly"_s);
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->addWidget(m_withMemory);
    contentsLayout->addWidget(m_diskOnly);
    if (anyActive) {
        m_withMemory->setChecked(true);
    } else {
        m_diskOnly->setChecked(true);
        m_withMemory->setEnabled(false);
        m_withMemory->setToolTip(tr("The guest is shut off: there is no memory to save."));
    }

    auto *location = new QGroupBox(tr("Storage"), this);
    m_internal = new QRadioButton(tr("Internal: inside the guest's qcow2 images"), location);
    m_internal->setObjectName(u"snapshotInternal"_s);
    m_internal->setChecked(true);
    m_external = new QRadioButton(tr("External: new overlay files next to the images (disks only; "
                                     "libvirt 9.0 cannot revert to these)"), location);
    m_external->setObjectName(u"snapshotExternal"_s);
    m_files = new QLabel(location);
    m_files->setObjectName(u"snapshotOverlayFiles"_s);
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *locationLayout = new QVBoxLayout(location);
    locationLayout->addWidget(m_internal);
    locationLayout->addWidget(m_external);
    locationLayout->addWidget(m_files);

    m_quiesce = new QCheckBox(tr("Quiesce file systems through the guest agent"), this);
    m_quiesce->setObjectName(u"snapshotQuiesce"_s);
    m_quiesce->setChecked(anyAgent);
    m_quiesce->setEnabled(anyAgent);
    m_quiesce->setToolTip(anyAgent ? tr("Used for disk-only snapshots of running guests whose agent answers.")
                                   : tr("No guest agent answers in this guest."));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"snapshotProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Snapshot"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"snapshotCreateOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    if (guests.size() > 1) {
        auto *who = new QLabel(names.join(u", "_s), this);
        who->setWordWrap(true);
        form->addRow(tr("Guests:"), who);
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(contents);
    layout->addWidget(location);
    layout->addWidget(m_quiesce);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateSnapshotDialog::validate);
    for (QRadioButton *radio : {m_withMemory, m_diskOnly, m_internal, m_external})
        connect(radio, &QRadioButton::toggled, this, &CreateSnapshotDialog::validate);
    validate();
}

void CreateSnapshotDialog::setName(const QString &name)
{
    m_name->setText(name);
}

SnapshotCreateOptions CreateSnapshotDialog::options() const
{
    SnapshotCreateOptions options;
    options.name = m_name->text();
    options.description = m_description->toPlainText();
    options.external = m_external->isChecked();
    options.withMemory = m_withMemory->isChecked() && !options.external;
    options.quiesce = m_quiesce->isChecked();
    return options;
}

QString CreateSnapshotDialog::problem() const
{
    const SnapshotCreateOptions wanted = options();
    for (const Guest &guest : m_guests) {
        QString issue = SnapshotPolicy::nameProblem(wanted.name, guest.existing);
        if (issue.isEmpty())
            issue = SnapshotPolicy::createProblem(wanted, guest.state);
        if (issue.isEmpty() && wanted.external && guest.diskPaths.isEmpty() && m_guests.size() == 1)
            issue = tr("The guest has no writable file-backed disk for an external snapshot.");
        if (!issue.isEmpty())
            return m_guests.size() == 1 ? issue : tr("%1: %2").arg(guest.name, issue);
    }
    return {};
}

void CreateSnapshotDialog::validate()
{
    // External snapshots are disk-only here.
    if (m_external->isChecked() && m_withMemory->isChecked())
        m_diskOnly->setChecked(true);
    const bool anyActive = std::any_of(m_guests.cbegin(), m_guests.cend(), [](const Guest &g) { return isActive(g.state); });
    m_withMemory->setEnabled(anyActive && !m_external->isChecked());

    QStringList files;
    if (m_external->isChecked()) {
        const QString name = m_name->text();
        for (const Guest &guest : std::as_const(m_guests)) {
            for (const QString &path : guest.diskPaths)
                files.append(SnapshotXml::overlayPath(path, name, u".qcow2"_s));
        }
    }
    m_files->setVisible(!files.isEmpty());
    m_files->setText(tr("New files (existing files are never overwritten):\n%1").arg(files.join(u'\n')));

    const QString issue = problem();
    m_problem->setText(issue);
    m_problem->setVisible(!issue.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(issue.isEmpty());
}

} // namespace VirtDeck
