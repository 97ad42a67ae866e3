// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "apppreferences.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QSpinBox;

namespace VirtDeck {

// Edits AppPreferences. The dialog does not touch QSettings itself: the caller loads,
// passes the values in with setPreferences(), and saves preferences() after exec().
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    AppPreferences preferences() const;
    void setPreferences(const AppPreferences &preferences);

private:
    QSpinBox *m_statsInterval = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_confirmForceOff = nullptr;
    QCheckBox *m_confirmDelete = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace VirtDeck
