// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_statsInterval(new QSpinBox(this))
    , m_connectTimeout(new QSpinBox(this))
    , m_confirmForceOff(new QCheckBox(tr("Ask before forcing a guest off"), this))
    , m_confirmDelete(new QCheckBox(tr("Ask before deleting a guest"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_statsInterval->setObjectName(u"statsIntervalSpin"_s);
    m_statsInterval->setRange(AppPreferences::MinStatsIntervalSeconds, AppPreferences::MaxStatsIntervalSeconds);
    m_statsInterval->setSuffix(tr(" s"));
    m_statsInterval->setToolTip(tr("How often CPU, memory, disk and network figures are refreshed."));

    m_connectTimeout->setObjectName(u"connectTimeoutSpin"_s);
    m_connectTimeout->setRange(AppPreferences::MinConnectTimeoutSeconds, AppPreferences::MaxConnectTimeoutSeconds);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setToolTip(tr("How long to wait for a host to answer before giving up."));

    m_confirmForceOff->setObjectName(u"confirmForceOffCheck"_s);
    m_confirmDelete->setObjectName(u"confirmDeleteCheck"_s);

    auto *monitoring = new QGroupBox(tr("Connections and monitoring"), this);
    auto *monitoringForm = new QFormLayout(monitoring);
    monitoringForm->addRow(tr("&Statistics interval:"), m_statsInterval);
    monitoringForm->addRow(tr("Connection &timeout:"), m_connectTimeout);

    auto *confirmations = new QGroupBox(tr("Confirmations"), this);
    auto *confirmationsLayout = new QVBoxLayout(confirmations);
    confirmationsLayout->addWidget(m_confirmForceOff);
    confirmationsLayout->addWidget(m_confirmDelete);

    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaultsButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(AppPreferences{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(monitoring);
    layout->addWidget(confirmations);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setPreferences(AppPreferences{});
}

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences prefs;
    prefs.statsIntervalSeconds = m_statsInterval->value();
    prefs.connectTimeoutSeconds = m_connectTimeout->value();
    prefs.confirmForceOff = m_confirmForceOff->isChecked();
    prefs.confirmDelete = m_confirmDelete->isChecked();
    return prefs;
}

void PreferencesDialog::setPreferences(const AppPreferences &preferences)
{
    m_statsInterval->setValue(preferences.statsIntervalSeconds);
    m_connectTimeout->setValue(preferences.connectTimeoutSeconds);
    m_confirmForceOff->setChecked(preferences.confirmForceOff);
    m_confirmDelete->setChecked(preferences.confirmDelete);
}

} // namespace VirtDeck
