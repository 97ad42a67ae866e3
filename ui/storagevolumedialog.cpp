// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagevolumedialog.h"

#include "problemslabel.h"
#include "storageformvalidator.h"
#include "storageservice.h"
#include "whenfinished.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
}

StorageVolumeDialog::StorageVolumeDialog(ConnectionSession *session, const QString &pool,
                                         const StorageVolumeInfoList &volumes, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pool(pool)
    , m_volumes(volumes)
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_capacity(new QDoubleSpinBox(this))
    , m_allocation(new QDoubleSpinBox(this))
    , m_backing(new QComboBox(this))
    , m_problems(new ProblemsLabel(this))
{
    setObjectName(u"storageVolumeDialog"_s);
    setWindowTitle(tr("New Volume in %1").arg(pool));
    m_name->setObjectName(u"nameEdit"_s);
    m_format->setObjectName(u"formatCombo"_s);
    m_format->addItem(tr("qcow2 (thin, snapshots)"), u"qcow2"_s);
    m_format->addItem(tr("raw"), u"raw"_s);
    for (QDoubleSpinBox *box : {m_capacity, m_allocation}) {
        box->setRange(0, 64 * 1024);
        box->setDecimals(2);
        box->setSuffix(tr(" GiB"));
    }
    m_capacity->setObjectName(u"capacitySpin"_s);
    m_capacity->setValue(10);
    m_allocation->setObjectName(u"allocationSpin"_s);
    m_backing->setObjectName(u"backingCombo"_s);
    m_backing->addItem(tr("None"));
    for (const StorageVolumeInfo &volume : volumes)
        m_backing->addItem(volume.name, volume.name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StorageVolumeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backing, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            m_format->setCurrentIndex(m_format->findData(u"qcow2"_s));
    });

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_name);
    layout->addRow(tr("&Format:"), m_format);
    layout->addRow(tr("&Capacity:"), m_capacity);
    layout->addRow(tr("&Allocation:"), m_allocation);
    layout->addRow(tr("&Backing volume:"), m_backing);
    layout->addRow(m_problems);
    layout->addRow(buttons);
}

StorageVolumeForm StorageVolumeDialog::form() const
{
    StorageVolumeForm form;
    form.name = m_name->text().trimmed();
    form.format = m_format->currentData().toString();
    form.capacity = quint64(m_capacity->value() * GiB);
    form.allocation = quint64(m_allocation->value() * GiB);
    const QString backing = m_backing->currentData().toString();
    for (const StorageVolumeInfo &volume : m_volumes) {
        if (volume.name == backing && !backing.isEmpty()) {
            form.backingPath = volume.path;
            form.backingFormat = volume.format.isEmpty() ? u"raw"_s : volume.format;
            form.backingCapacity = volume.capacity;
        }
    }
    return form;
}

void StorageVolumeDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
}

void StorageVolumeDialog::submit()
{
    const StorageVolumeForm current = form();
    QStringList names;
    for (const StorageVolumeInfo &volume : std::as_const(m_volumes))
        names.append(volume.name);
    const FormProblems problems = StorageFormValidator::validateVolume(current, names);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    setEnabled(false);
    whenFinished(StorageService(m_session).createVolume(m_pool, current), this,
                 [this, name = current.name](const Result<StorageVolumeInfo> &result) {
                     setEnabled(true);
                     if (!result.ok()) {
                         showProblems({FormProblem{{}, result.error}});
                         return;
                     }
                     Q_EMIT volumeCreated(name);
                     accept();
                 });
}

} // namespace VirtDeck
