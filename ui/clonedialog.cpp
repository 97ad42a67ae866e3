// SPDX-License-Identifier: GPL-2.0-or-later
#include "clonedialog.h"

#include "cloneservice.h"
#include "namepattern.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

CloneDialog::CloneDialog(ConnectionSession *session, const QUuid &source, const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(source)
{
    setObjectName(u"cloneDialog"_s);
    setWindowTitle(tr("Clone %1").arg(sourceName));
    m_name = new QLineEdit(sourceName + u"-clone"_s, this);
    m_name->setObjectName(u"cloneName"_s);
    m_linked = new QRadioButton(tr("Linked: qcow2 overlays on this guest's disks (fast, small; keep the source)"), this);
    m_linked->setObjectName(u"cloneLinked"_s);
    m_linked->setChecked(true);
    m_full = new QRadioButton(tr("Full: independent copies of the disks"), this);
    m_full->setObjectName(u"cloneFull"_s);
    m_start = new QCheckBox(tr("Start the clone"), this);
    m_start->setObjectName(u"cloneStart"_s);
    auto *note = new QLabel(tr("The clone gets a new UUID, new MAC addresses and volumes named after it in the same "
                               "pool. CD-ROMs, read-only and shareable disks are shared."), this);
    note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"cloneStatus"_s);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Clone"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"cloneOk"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloneDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CloneDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_linked);
    layout->addWidget(m_full);
    layout->addWidget(m_start);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::validate);
    whenFinished(CloneService(m_session).guestNames(), this, [this](const Result<QStringList> &names) {
        if (names.ok())
            m_existing = QSet<QString>(names.value.cbegin(), names.value.cend());
        validate();
    });
    validate();
    resize(520, sizeHint().height());
}

CloneSpec CloneDialog::spec() const
{
    CloneSpec spec;
    spec.name = m_name->text().trimmed();
    spec.mode = m_full->isChecked() ? CloneMode::Full : CloneMode::Linked;
    spec.start = m_start->isChecked();
    return spec;
}

QString CloneDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (const QString p = NamePattern::nameProblem(name); !p.isEmpty())
        return p;
    if (m_existing.contains(name))
        return tr("A guest named \"%1\" already exists.").arg(name);
    return {};
}

void CloneDialog::validate()
{
    const QString p = problem();
    if (!m_busy)
        m_status->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty() && !m_busy);
}

void CloneDialog::accept()
{
    if (m_busy || !problem().isEmpty())
        return;
    m_busy = true;
    m_name->setEnabled(false);
    m_status->setText(tr("Cloning…"));
    validate();
    whenFinished(CloneService(m_session).clone(m_source, spec()), this, [this](const CloneResult &result) {
        m_busy = false;
        m_name->setEnabled(true);
        m_result = result;
        if (!result.ok) {
            m_status->setText(tr("Not cloned: %1").arg(result.error));
            validate();
            m_status->setText(tr("Not cloned: %1").arg(result.error));
            return;
        }
        Q_EMIT cloned(result);
        QDialog::accept();
    });
}

} // namespace VirtDeck
