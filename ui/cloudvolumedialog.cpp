// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudvolumedialog.h"

#include "cloudsession.h"
#include "problemslabel.h"
#include "volumeclient.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudVolumeDialog::CloudVolumeDialog(CloudSession *session, qint64 remainingGb, qint64 remainingVolumes, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_remainingGb(remainingGb)
    , m_remainingVolumes(remainingVolumes)
{
    build();
}

CloudVolumeDialog::CloudVolumeDialog(CloudSession *session, const CloudVolume &extend, qint64 remainingGb, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_volume(extend)
    , m_remainingGb(remainingGb)
    , m_remainingVolumes(-1)
{
    build();
}

void CloudVolumeDialog::build()
{
    setObjectName(u"cloudVolumeDialog"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"volumeName"_s);
    m_size = new QSpinBox(this);
    m_size->setObjectName(u"volumeSize"_s);
    m_size->setRange(1, 1024 * 1024);
    m_size->setSuffix(tr(" GiB"));
    m_quota = new QLabel(this);
    m_quota->setObjectName(u"volumeQuota"_s);
    m_quota->setWordWrap(true);
    m_problems = new ProblemsLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloudVolumeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    if (isExtend()) {
        setWindowTitle(tr("Extend Volume %1").arg(m_volume.name.isEmpty() ? m_volume.id : m_volume.name));
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend"));
        m_name->setText(m_volume.name);
        m_name->setReadOnly(true);
        m_size->setValue(int(m_volume.sizeGb + 1));
        layout->addRow(tr("Volume:"), m_name);
        layout->addRow(tr("Current size:"), new QLabel(tr("%1 GiB").arg(m_volume.sizeGb), this));
        layout->addRow(tr("&New size:"), m_size);
    } else {
        setWindowTitle(tr("Create Volume"));
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
        m_description = new QLineEdit(this);
        m_description->setObjectName(u"volumeDescription"_s);
        m_size->setValue(1);
        layout->addRow(tr("&Name:"), m_name);
        layout->addRow(tr("&Size:"), m_size);
        layout->addRow(tr("&Description:"), m_description);
    }
    QStringList quota;
    if (m_remainingGb >= 0)
        quota.append(tr("The volume quota leaves %n GiB.", nullptr, int(m_remainingGb)));
    if (m_remainingVolumes >= 0 && !isExtend())
        quota.append(tr("%n more volume(s) allowed.", nullptr, int(m_remainingVolumes)));
    m_quota->setText(quota.isEmpty() ? tr("No volume quota limit known.") : quota.join(u' '));
    layout->addRow(m_quota);
    layout->addRow(m_problems);
    layout->addRow(buttons);
    setMinimumWidth(420);
}

FormProblems CloudVolumeDialog::problems() const
{
    FormProblems problems;
    const qint64 size = m_size->value();
    if (isExtend()) {
        if (const QString problem = VolumeClient::validateExtend(m_volume, size); !problem.isEmpty())
            problems.append({u"size"_s, problem});
        else if (m_remainingGb >= 0 && size - m_volume.sizeGb > m_remainingGb)
            problems.append({u"size"_s, tr("Growing by %1 GiB exceeds the volume quota, which leaves %2 GiB.")
                                            .arg(size - m_volume.sizeGb).arg(m_remainingGb)});
        return problems;
    }
    if (const QString problem = VolumeClient::validateNew(m_name->text(), size); !problem.isEmpty())
        problems.append({u"name"_s, problem});
    if (m_remainingGb >= 0 && size > m_remainingGb)
        problems.append({u"size"_s, tr("%1 GiB exceeds the volume quota, which leaves %2 GiB.").arg(size).arg(m_remainingGb)});
    if (m_remainingVolumes == 0)
        problems.append({u"size"_s, tr("The project has as many volumes as its quota allows.")});
    return problems;
}

QString CloudVolumeDialog::problemText() const
{
    return m_problems->shownText();
}

qint64 CloudVolumeDialog::sizeGb() const
{
    return m_size->value();
}

void CloudVolumeDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
    // Grow so that every message line shows; never shrink what the user sized.
    if (const int wanted = sizeHint().height(); wanted > height())
        resize(width(), wanted);
}

void CloudVolumeDialog::submit()
{
    const FormProblems found = problems();
    showProblems(found);
    if (!found.isEmpty())
        return;
    if (!m_session) {
        showProblems({{{}, tr("Not signed in.")}});
        return;
    }
    setEnabled(false);
    const VolumeClient client(m_session);
    if (isExtend()) {
        whenFinished(client.extendVolume(m_volume.id, m_size->value()), this, [this](const Result<bool> &result) {
            setEnabled(true);
            if (!result.ok()) {
                showProblems({{{}, result.error}});
                return;
            }
            Q_EMIT volumeChanged(m_volume.id);
            accept();
        });
        return;
    }
    whenFinished(client.createVolume(m_name->text(), m_size->value(), m_description->text()), this,
                 [this](const Result<CloudVolume> &result) {
                     setEnabled(true);
                     if (!result.ok()) {
                         showProblems({{{}, result.error}});
                         return;
                     }
                     Q_EMIT volumeChanged(result.value.id);
                     accept();
                 });
}

} // namespace VirtDeck
