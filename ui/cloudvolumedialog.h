// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudvolume.h"
#include "formproblem.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace VirtDeck {

class ProblemsLabel;

namespace Cloud {
class CloudSession;
}

// Creates a Cinder volume (name, size, description) or extends one (new size), checked
// against the rules and the project's remaining volume quota before anything is sent.
// Problems and Cinder's refusals show in the dialog, which keeps what was typed.
class CloudVolumeDialog : public QDialog
{
    Q_OBJECT

public:
    // remainingGb / remainingVolumes: what the quota still allows (-1 = unlimited or unknown).
    CloudVolumeDialog(Cloud::CloudSession *session, qint64 remainingGb, qint64 remainingVolumes, QWidget *parent = nullptr);
    CloudVolumeDialog(Cloud::CloudSession *session, const Cloud::CloudVolume &extend, qint64 remainingGb,
                      QWidget *parent = nullptr);

    bool isExtend() const { return !m_volume.id.isEmpty(); }
    qint64 sizeGb() const;
    FormProblems problems() const;
    void submit();
    QString problemText() const;

Q_SIGNALS:
    void volumeChanged(const QString &id);

private:
    void build();
    void showProblems(const FormProblems &problems);

    QPointer<Cloud::CloudSession> m_session;
    Cloud::CloudVolume m_volume; // the volume to extend; empty id when creating
    qint64 m_remainingGb;
    qint64 m_remainingVolumes;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QSpinBox *m_size = nullptr;
    QLabel *m_quota = nullptr;
    ProblemsLabel *m_problems = nullptr;
};

} // namespace VirtDeck
