// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "storagepoolform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace VirtDeck {

class ProblemsLabel;

class ConnectionSession;

// The "new storage pool" form: full forms for dir, netfs and logical pools, an XML editor
// for fs, disk, iSCSI and the rest. Validated before libvirt is asked; problems show in the
// dialog, which keeps what was typed.
class StoragePoolDialog : public QDialog
{
    Q_OBJECT

public:
    StoragePoolDialog(ConnectionSession *session, const QStringList &existingPools, QWidget *parent = nullptr);

    StoragePoolForm form() const;
    void submit();

Q_SIGNALS:
    void poolCreated(const QString &name);

private:
    void showProblems(const FormProblems &problems);
    void typeChanged();

    ConnectionSession *m_session;
    QStringList m_existing;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_target;
    QLineEdit *m_sourceHost;
    QLineEdit *m_sourcePath;
    QComboBox *m_sourceFormat;
    QLineEdit *m_devices;
    QLineEdit *m_vgName;
    QPlainTextEdit *m_xml;
    QCheckBox *m_build;
    QCheckBox *m_start;
    QCheckBox *m_autostart;
    ProblemsLabel *m_problems;
    QWidget *m_formPage;
};

} // namespace VirtDeck
