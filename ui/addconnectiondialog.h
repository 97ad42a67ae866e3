// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionconfig.h"
#include "libvirturi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace VirtDeck {

// Asks for a libvirt connection: the kind of hypervisor, the fields that kind needs, a
// live preview of the resulting URI, and whether to connect at start-up. OK stays disabled
// while the URI is invalid; the reason is shown in red under the fields. Switching kinds
// never clears what was typed for another kind.
class AddConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddConnectionDialog(QWidget *parent = nullptr);

    ConnectionConfig config() const;
    // Fills the dialog from a saved entry (to edit it). A URI the structured kinds cannot
    // reproduce exactly is shown as a custom URI.
    void setConfig(const ConnectionConfig &config);

    // The URI for the current fields, as the preview shows it.
    QString uri() const;

private:
    UriParts parts() const;
    ConnectionKind currentKind() const;
    void setKind(ConnectionKind kind);
    void updateFieldVisibility();
    void refresh();
    void fitHeight(bool allowShrink);
    void browseTestFile();
    QString problemWith(const QString &uri) const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_sshHost = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QComboBox *m_sshMode = nullptr;
    QWidget *m_testFileRow = nullptr;
    QLineEdit *m_testFile = nullptr;
    QPushButton *m_testBrowse = nullptr;
    QLineEdit *m_customUri = nullptr;
    QLineEdit *m_preview = nullptr;
    QLineEdit *m_displayName = nullptr;
    QCheckBox *m_autoconnect = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_lastStructuredUri; // seeds the custom URI field when the user switches to it
};

} // namespace VirtDeck
