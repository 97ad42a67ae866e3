// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "batchcreatejob.h"
#include "clonespec.h"
#include "templateinfo.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace VirtDeck {

class ConnectionSession;

// "Create from template…": template, how many, a name pattern with a live preview that
// marks clashes, vCPU / memory overrides, linked or full, network, start afterwards; then a
// table with a status per guest while the batch runs, and Cancel.
class BatchCreateDialog : public QDialog
{
    Q_OBJECT

public:
    BatchCreateDialog(ConnectionSession *session, const QUuid &preferredTemplate = {}, QWidget *parent = nullptr);

    QStringList previewNames() const { return m_names; }
    QStringList problems() const { return m_problems; }
    BatchCreateJob *job() const { return m_job; }

Q_SIGNALS:
    void batchFinished();

protected:
    void reject() override;

private:
    void updatePreview();
    void create();
    void showGuest(int index);
    CloneSpec spec() const;

    ConnectionSession *m_session;
    QUuid m_preferred;
    TemplateInfoList m_templates;
    QSet<QString> m_existing;
    QStringList m_names;
    QStringList m_problems;
    QPointer<BatchCreateJob> m_job;

    QComboBox *m_template;
    QSpinBox *m_count;
    QLineEdit *m_pattern;
    QListWidget *m_preview;
    QLabel *m_problemLabel;
    QSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QRadioButton *m_linked;
    QRadioButton *m_full;
    QComboBox *m_network;
    QCheckBox *m_start;
    QTableWidget *m_progress;
    QProgressBar *m_bar;
    QLabel *m_summary;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace VirtDeck
