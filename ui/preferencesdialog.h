// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "apppreferences.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace VirtDeck {

// Edits AppPreferences on three pages: General (language, default connection, statistics,
// confirmations), Guest list (columns and graphs) and Console (scaling, keyboard grab, Send
// key entries). The dialog does not touch QSettings itself: the caller loads, passes the
// values in with setPreferences(), and saves preferences() after exec().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    AppPreferences preferences() const;
    void setPreferences(const AppPreferences &preferences);
    // The URIs offered as the default connection (the connections the window knows).
    void setConnectionChoices(const QStringList &uris);

    void accept() override;

private:
    bool validate();

    QTabWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_defaultConnection = nullptr;
    QLabel *m_connectionProblem = nullptr;
    QSpinBox *m_statsInterval = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_confirmForceOff = nullptr;
    QCheckBox *m_confirmDelete = nullptr;
    QCheckBox *m_confirmShutdown = nullptr;
    QCheckBox *m_confirmPause = nullptr;
    QCheckBox *m_confirmRemoveConnection = nullptr;
    QHash<int, QCheckBox *> m_columns; // GuestListModel column -> "shown"
    QCheckBox *m_showGraphs = nullptr;
    QComboBox *m_consoleScaling = nullptr;
    QCheckBox *m_consoleGrabOnClick = nullptr;
    QHash<QString, QCheckBox *> m_sendKeys; // AppPreferences::sendKeyIds()
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace VirtDeck
