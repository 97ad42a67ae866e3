// SPDX-License-Identifier: GPL-2.0-or-later
#include "flavordialog.h"

#include "computeclient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

FlavorDialog::FlavorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_autoId(new QCheckBox(tr("Automatic"), this))
    , m_id(new QLineEdit(this))
    , m_vcpus(new QSpinBox(this))
    , m_ram(new QSpinBox(this))
    , m_disk(new QSpinBox(this))
    , m_ephemeral(new QSpinBox(this))
    , m_swap(new QSpinBox(this))
    , m_rxtx(new QDoubleSpinBox(this))
    , m_public(new QCheckBox(tr("Public (every project may use it)"), this))
    , m_description(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"flavorDialog"_s);
    setWindowTitle(tr("Create Flavor"));
    m_name->setObjectName(u"flavorName"_s);
    m_id->setObjectName(u"flavorId"_s);
    m_autoId->setChecked(true);
    m_id->setEnabled(false);
    m_id->setPlaceholderText(tr("chosen by the cloud"));
    m_vcpus->setObjectName(u"flavorVcpus"_s);
    m_vcpus->setRange(1, 4096);
    m_ram->setObjectName(u"flavorRam"_s);
    m_ram->setRange(1, std::numeric_limits<int>::max());
    m_ram->setSuffix(tr(" MiB"));
    m_ram->setValue(1024);
    for (QSpinBox *box : {m_disk, m_ephemeral})
        box->setSuffix(tr(" GiB"));
    m_disk->setRange(0, 1000000);
    m_ephemeral->setRange(0, 1000000);
    m_swap->setRange(0, std::numeric_limits<int>::max());
    m_swap->setSuffix(tr(" MiB"));
    m_rxtx->setRange(0.01, 1000);
    m_rxtx->setValue(1.0);
    m_public->setObjectName(u"flavorPublic"_s);
    m_public->setChecked(true);
    m_problem->setObjectName(u"flavorProblem"_s);
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_autoId);
    idRow->addWidget(m_id, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("&vCPUs:"), m_vcpus);
    form->addRow(tr("&RAM:"), m_ram);
    form->addRow(tr("Root &disk:"), m_disk);
    form->addRow(tr("&Ephemeral disk:"), m_ephemeral);
    form->addRow(tr("&Swap:"), m_swap);
    form->addRow(tr("RX/TX factor:"), m_rxtx);
    form->addRow(tr("Description:"), m_description);
    form->addRow(m_public);
    form->addRow(m_problem);
    form->addRow(buttons);

    connect(m_autoId, &QCheckBox::toggled, this, [this](bool automatic) {
        m_id->setEnabled(!automatic);
        validate();
    });
    for (QLineEdit *edit : {m_name, m_id})
        connect(edit, &QLineEdit::textChanged, this, &FlavorDialog::validate);
    for (QSpinBox *box : {m_vcpus, m_ram, m_disk, m_ephemeral, m_swap})
        connect(box, &QSpinBox::valueChanged, this, &FlavorDialog::validate);
    validate();
}

Cloud::Flavor FlavorDialog::flavor() const
{
    Cloud::Flavor flavor;
    flavor.name = m_name->text().trimmed();
    flavor.id = m_autoId->isChecked() ? QString() : m_id->text().trimmed();
    flavor.vcpus = m_vcpus->value();
    flavor.ramMb = m_ram->value();
    flavor.diskGb = m_disk->value();
    flavor.ephemeralGb = m_ephemeral->value();
    flavor.swapMb = m_swap->value();
    flavor.rxtxFactor = m_rxtx->value();
    flavor.isPublic = m_public->isChecked();
    flavor.description = m_description->text().trimmed();
    return flavor;
}

void FlavorDialog::validate()
{
    QString problem = Cloud::ComputeClient::validate(flavor());
    if (problem.isEmpty() && !m_autoId->isChecked() && m_id->text().trimmed().isEmpty())
        problem = tr("Give an ID, or let the cloud choose one.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace VirtDeck
