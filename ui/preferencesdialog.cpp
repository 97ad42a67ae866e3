// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesdialog.h"

#include "guestlistmodel.h"
#include "libvirturi.h"
#include "translationloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString sendKeyText(const QString &id)
{
    if (id == u"ctrl-alt-del"_s)
        return PreferencesDialog::tr("Ctrl+Alt+Del");
    if (id == u"ctrl-alt-backspace"_s)
        return PreferencesDialog::tr("Ctrl+Alt+Backspace");
    if (id == u"ctrl-alt-fn"_s)
        return PreferencesDialog::tr("Ctrl+Alt+F1 … F12");
    if (id == u"print"_s)
        return PreferencesDialog::tr("Print Screen");
    if (id == u"sysrq"_s)
        return PreferencesDialog::tr("SysRq");
    return id;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_pages->setObjectName(u"preferencesPages"_s);

    // General: language, connections, statistics, confirmations.
    auto *general = new QWidget(m_pages);
    general->setObjectName(u"generalPage"_s);
    m_language = new QComboBox(general);
    m_language->setObjectName(u"languageCombo"_s);
    for (const TranslationLoader::Language &language : TranslationLoader::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setToolTip(tr("The language of VirtDeck's windows. The main window, guest windows, host overviews and the Cloud tab's pages change at once; dialogs and page contents change when next opened."));

    m_defaultConnection = new QComboBox(general);
    m_defaultConnection->setObjectName(u"defaultConnectionCombo"_s);
    m_defaultConnection->setEditable(true);
    m_defaultConnection->setInsertPolicy(QComboBox::NoInsert);
    m_defaultConnection->lineEdit()->setPlaceholderText(tr("None"));
    m_defaultConnection->setToolTip(tr("A libvirt URI VirtDeck opens at every start, for example qemu:///system."));
    m_connectionProblem = new QLabel(general);
    m_connectionProblem->setObjectName(u"defaultConnectionProblem"_s);
    m_connectionProblem->setWordWrap(true);
    m_connectionProblem->setStyleSheet(u"color: #b00020"_s);
    m_connectionProblem->hide();
    connect(m_defaultConnection, &QComboBox::currentTextChanged, m_connectionProblem, &QWidget::hide);

    m_statsInterval = new QSpinBox(general);
    m_statsInterval->setObjectName(u"statsIntervalSpin"_s);
    m_statsInterval->setRange(AppPreferences::MinStatsIntervalSeconds, AppPreferences::MaxStatsIntervalSeconds);
    m_statsInterval->setSuffix(tr(" s"));
    m_statsInterval->setToolTip(tr("How often CPU, memory, disk and network figures are refreshed."));

    m_connectTimeout = new QSpinBox(general);
    m_connectTimeout->setObjectName(u"connectTimeoutSpin"_s);
    m_connectTimeout->setRange(AppPreferences::MinConnectTimeoutSeconds, AppPreferences::MaxConnectTimeoutSeconds);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setToolTip(tr("How long to wait for a host to answer before giving up."));

    auto *appearance = new QGroupBox(tr("Language"), general);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);

    auto *monitoring = new QGroupBox(tr("Connections and monitoring"), general);
    auto *monitoringForm = new QFormLayout(monitoring);
    monitoringForm->addRow(tr("&Default connection:"), m_defaultConnection);
    monitoringForm->addRow(QString(), m_connectionProblem);
    monitoringForm->addRow(tr("&Statistics interval:"), m_statsInterval);
    monitoringForm->addRow(tr("Connection &timeout:"), m_connectTimeout);

    m_confirmForceOff = new QCheckBox(tr("Ask before forcing a guest off"), general);
    m_confirmForceOff->setObjectName(u"confirmForceOffCheck"_s);
    m_confirmDelete = new QCheckBox(tr("Ask before deleting a guest"), general);
    m_confirmDelete->setObjectName(u"confirmDeleteCheck"_s);
    m_confirmShutdown = new QCheckBox(tr("Ask before shutting down or rebooting a guest"), general);
    m_confirmShutdown->setObjectName(u"confirmShutdownCheck"_s);
    m_confirmPause = new QCheckBox(tr("Ask before pausing a guest"), general);
    m_confirmPause->setObjectName(u"confirmPauseCheck"_s);
    m_confirmRemoveConnection = new QCheckBox(tr("Ask before removing a connection"), general);
    m_confirmRemoveConnection->setObjectName(u"confirmRemoveConnectionCheck"_s);
    auto *confirmations = new QGroupBox(tr("Confirmations"), general);
    auto *confirmationsLayout = new QVBoxLayout(confirmations);
    for (QCheckBox *check : {m_confirmForceOff, m_confirmDelete, m_confirmShutdown, m_confirmPause, m_confirmRemoveConnection})
        confirmationsLayout->addWidget(check);

    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(appearance);
    generalLayout->addWidget(monitoring);
    generalLayout->addWidget(confirmations);
    generalLayout->addStretch();
    m_pages->addTab(general, tr("&General"));

    // Guest list: which columns show, and whether CPU columns draw graphs.
    auto *list = new QWidget(m_pages);
    list->setObjectName(u"guestListPage"_s);
    auto *columns = new QGroupBox(tr("Columns"), list);
    auto *columnsLayout = new QGridLayout(columns);
    const GuestListModel headers; // an empty model: only its column titles are read
    for (int column = GuestListModel::NameColumn + 1; column < GuestListModel::ColumnCount; ++column) {
        auto *check = new QCheckBox(headers.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), columns);
        check->setObjectName(u"columnCheck%1"_s.arg(column));
        const int index = column - 1;
        columnsLayout->addWidget(check, index / 2, index % 2);
        m_columns.insert(column, check);
    }
    m_showGraphs = new QCheckBox(tr("Draw CPU usage as a graph of its recent history"), list);
    m_showGraphs->setObjectName(u"showGraphsCheck"_s);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->addWidget(columns);
    listLayout->addWidget(m_showGraphs);
    listLayout->addStretch();
    m_pages->addTab(list, tr("Guest &list"));

    // Console defaults.
    auto *console = new QWidget(m_pages);
    console->setObjectName(u"consoleDefaultsPage"_s);
    m_consoleScaling = new QComboBox(console);
    m_consoleScaling->setObjectName(u"consoleScalingCombo"_s);
    m_consoleScaling->addItem(tr("Actual size"), 0);
    m_consoleScaling->addItem(tr("Fit to window"), 1);
    m_consoleScaling->addItem(tr("Stretch"), 2);
    m_consoleGrabOnClick = new QCheckBox(tr("Grab the keyboard when the console is clicked (Ctrl+Alt releases it)"), console);
    m_consoleGrabOnClick->setObjectName(u"consoleGrabCheck"_s);
    auto *consoleForm = new QFormLayout;
    consoleForm->addRow(tr("&Scaling:"), m_consoleScaling);
    auto *sendKeys = new QGroupBox(tr("Keys the Send key menu offers"), console);
    auto *sendKeysLayout = new QVBoxLayout(sendKeys);
    for (const QString &id : AppPreferences::sendKeyIds()) {
        auto *check = new QCheckBox(sendKeyText(id), sendKeys);
        check->setObjectName(u"sendKeyCheck-%1"_s.arg(id));
        sendKeysLayout->addWidget(check);
        m_sendKeys.insert(id, check);
    }
    auto *consoleLayout = new QVBoxLayout(console);
    consoleLayout->addLayout(consoleForm);
    consoleLayout->addWidget(m_consoleGrabOnClick);
    consoleLayout->addWidget(sendKeys);
    consoleLayout->addStretch();
    m_pages->addTab(console, tr("&Console"));

    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(u"restoreDefaultsButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(AppPreferences{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    setPreferences(AppPreferences{});
}

void PreferencesDialog::setConnectionChoices(const QStringList &uris)
{
    const QString current = m_defaultConnection->currentText();
    m_defaultConnection->clear();
    m_defaultConnection->addItems(uris);
    m_defaultConnection->setCurrentText(current);
}

AppPreferences PreferencesDialog::preferences() const
{
    AppPreferences prefs;
    prefs.statsIntervalSeconds = m_statsInterval->value();
    prefs.connectTimeoutSeconds = m_connectTimeout->value();
    prefs.language = m_language->currentData().toString();
    prefs.defaultConnectionUri = m_defaultConnection->currentText().trimmed();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (!it.value()->isChecked())
            prefs.hiddenColumns.append(it.key());
    }
    std::sort(prefs.hiddenColumns.begin(), prefs.hiddenColumns.end());
    prefs.showGraphs = m_showGraphs->isChecked();
    prefs.consoleScaling = m_consoleScaling->currentData().toInt();
    prefs.consoleGrabOnClick = m_consoleGrabOnClick->isChecked();
    prefs.consoleSendKeys.clear();
    for (const QString &id : AppPreferences::sendKeyIds()) {
        if (m_sendKeys.value(id)->isChecked())
            prefs.consoleSendKeys.append(id);
    }
    prefs.confirmForceOff = m_confirmForceOff->isChecked();
    prefs.confirmDelete = m_confirmDelete->isChecked();
    prefs.confirmShutdown = m_confirmShutdown->isChecked();
    prefs.confirmPause = m_confirmPause->isChecked();
    prefs.confirmRemoveConnection = m_confirmRemoveConnection->isChecked();
    return prefs;
}

void PreferencesDialog::setPreferences(const AppPreferences &preferences)
{
    m_statsInterval->setValue(preferences.statsIntervalSeconds);
    m_connectTimeout->setValue(preferences.connectTimeoutSeconds);
    const int language = m_language->findData(preferences.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_defaultConnection->setCurrentText(preferences.defaultConnectionUri);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        it.value()->setChecked(!preferences.hiddenColumns.contains(it.key()));
    m_showGraphs->setChecked(preferences.showGraphs);
    const int scaling = m_consoleScaling->findData(preferences.consoleScaling);
    m_consoleScaling->setCurrentIndex(scaling >= 0 ? scaling : 1);
    m_consoleGrabOnClick->setChecked(preferences.consoleGrabOnClick);
    for (auto it = m_sendKeys.cbegin(); it != m_sendKeys.cend(); ++it)
        it.value()->setChecked(preferences.consoleSendKeys.contains(it.key()));
    m_confirmForceOff->setChecked(preferences.confirmForceOff);
    m_confirmDelete->setChecked(preferences.confirmDelete);
    m_confirmShutdown->setChecked(preferences.confirmShutdown);
    m_confirmPause->setChecked(preferences.confirmPause);
    m_confirmRemoveConnection->setChecked(preferences.confirmRemoveConnection);
}

bool PreferencesDialog::validate()
{
    const QString uri = m_defaultConnection->currentText().trimmed();
    const QString problem = uri.isEmpty() ? QString() : LibvirtUri::validate(uri);
    m_connectionProblem->setText(problem.isEmpty() ? QString() : tr("Default connection: %1").arg(problem));
    m_connectionProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_pages->setCurrentIndex(0);
        m_defaultConnection->setFocus();
    }
    return problem.isEmpty();
}

void PreferencesDialog::accept()
{
    // A bad URI keeps the dialog open with everything as typed.
    if (validate())
        QDialog::accept();
}

} // namespace VirtDeck
