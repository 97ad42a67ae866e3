// SPDX-License-Identifier: GPL-2.0-or-later
#include "apppreferences.h"
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::AppPreferences;
using VirtDeck::PreferencesDialog;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(const QObject &parent, const QString &name)
    {
        auto *widget = parent.findChild<T *>(name);
        if (!widget)
            qWarning("no child named %s", qPrintable(name));
        return widget;
    }

    QString iniPath() const { return m_dir.filePath(u"virtdeck.ini"_s); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QFile::remove(iniPath()); }

    void startsWithDefaults()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.preferences(), AppPreferences{});
        QCOMPARE(child<QSpinBox>(dialog, u"statsIntervalSpin"_s)->value(), 2);
        QCOMPARE(child<QSpinBox>(dialog, u"connectTimeoutSpin"_s)->value(), 30);
        QVERIFY(child<QCheckBox>(dialog, u"confirmForceOffCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"confirmDeleteCheck"_s)->isChecked());
    }

    void limitsTheRanges()
    {
        PreferencesDialog dialog;
        auto *interval = child<QSpinBox>(dialog, u"statsIntervalSpin"_s);
        auto *timeout = child<QSpinBox>(dialog, u"connectTimeoutSpin"_s);
        QCOMPARE(interval->minimum(), 1);
        QCOMPARE(interval->maximum(), 60);
        QCOMPARE(timeout->minimum(), 5);
        QCOMPARE(timeout->maximum(), 300);
    }

    void emptySettingsGiveDefaults()
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(AppPreferences::load(settings), AppPreferences{});
    }

    void roundTripsThroughSettings()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, u"statsIntervalSpin"_s)->setValue(7);
        child<QSpinBox>(dialog, u"connectTimeoutSpin"_s)->setValue(120);
        // On the box itself: a check box takes clicks on its indicator and text only, and the
        // page is wider than the text.
        auto *forceOff = child<QCheckBox>(dialog, u"confirmForceOffCheck"_s);
        QTest::mouseClick(forceOff, Qt::LeftButton, {}, QPoint(8, forceOff->height() / 2));
        const AppPreferences edited = dialog.preferences();
        QCOMPARE(edited.statsIntervalSeconds, 7);
        QCOMPARE(edited.statsIntervalMs(), 7000);
        QCOMPARE(edited.connectTimeoutSeconds, 120);
        QCOMPARE(edited.connectTimeoutMs(), 120000);
        QCOMPARE(edited.confirmForceOff, false);
        QCOMPARE(edited.confirmDelete, true);

        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            edited.save(settings);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }

        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(reread.childGroups(), QStringList{u"preferences"_s});
        for (const QString &key : reread.allKeys())
            QVERIFY2(key.startsWith(u"preferences/"), qPrintable(key));
        const AppPreferences loaded = AppPreferences::load(reread);
        QCOMPARE(loaded, edited);

        PreferencesDialog second;
        second.setPreferences(loaded);
        QCOMPARE(child<QSpinBox>(second, u"statsIntervalSpin"_s)->value(), 7);
        QCOMPARE(child<QSpinBox>(second, u"connectTimeoutSpin"_s)->value(), 120);
        QVERIFY(!child<QCheckBox>(second, u"confirmForceOffCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(second, u"confirmDeleteCheck"_s)->isChecked());
        QCOMPARE(second.preferences(), edited);
    }

    void clampsHandEditedValues()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"preferences/statsIntervalSeconds"_s, 0);
            settings.setValue(u"preferences/connectTimeoutSeconds"_s, 100000);
            settings.setValue(u"preferences/confirmDelete"_s, false);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        const AppPreferences loaded = AppPreferences::load(settings);
        QCOMPARE(loaded.statsIntervalSeconds, AppPreferences::MinStatsIntervalSeconds);
        QCOMPARE(loaded.connectTimeoutSeconds, AppPreferences::MaxConnectTimeoutSeconds);
        QCOMPARE(loaded.confirmForceOff, true);
        QCOMPARE(loaded.confirmDelete, false);
    }

    void ignoresGarbage()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"preferences/statsIntervalSeconds"_s, u"often"_s);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(AppPreferences::load(settings).statsIntervalSeconds, AppPreferences{}.statsIntervalSeconds);
    }

    void restoreDefaultsResetsTheFields()
    {
        PreferencesDialog dialog;
        AppPreferences changed;
        changed.statsIntervalSeconds = 10;
        changed.connectTimeoutSeconds = 60;
        changed.confirmForceOff = false;
        changed.confirmDelete = false;
        dialog.setPreferences(changed);
        QCOMPARE(dialog.preferences(), changed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultsButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.preferences(), AppPreferences{});
    }

    void everyPageRoundTrips()
    {
        AppPreferences edited;
        edited.language = u"zh_CN"_s;
        edited.defaultConnectionUri = u"qemu:///system"_s;
        edited.hiddenColumns = {3, 10};
        edited.showGraphs = false;
        edited.consoleScaling = 2;
        edited.consoleGrabOnClick = false;
        edited.consoleSendKeys = {u"ctrl-alt-del"_s, u"sysrq"_s};
        edited.confirmShutdown = true;
        edited.confirmPause = true;
        edited.confirmRemoveConnection = false;

        PreferencesDialog dialog;
        dialog.setPreferences(edited);
        QCOMPARE(child<QComboBox>(dialog, u"languageCombo"_s)->currentData().toString(), u"zh_CN"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"columnCheck3"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"columnCheck4"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, u"showGraphsCheck"_s)->isChecked());
        QCOMPARE(child<QComboBox>(dialog, u"consoleScalingCombo"_s)->currentData().toInt(), 2);
        QVERIFY(!child<QCheckBox>(dialog, u"consoleGrabCheck"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"sendKeyCheck-sysrq"_s)->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, u"sendKeyCheck-print"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"confirmPauseCheck"_s)->isChecked());
        QCOMPARE(dialog.preferences(), edited);

        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            edited.save(settings);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(AppPreferences::load(settings), edited);
    }

    void noSendKeysIsRememberedAsNone()
    {
        AppPreferences none;
        none.consoleSendKeys.clear();
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            none.save(settings);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(AppPreferences::load(settings).consoleSendKeys, QStringList{});
    }

    void handEditedListsAreCleaned()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"preferences/hiddenColumns"_s, QStringList{u"0"_s, u"4"_s, u"x"_s, u"4"_s, u"999"_s, u"2"_s});
            settings.setValue(u"preferences/consoleSendKeys"_s, QStringList{u"sysrq"_s, u"rm -rf"_s, u"ctrl-alt-del"_s});
            settings.setValue(u"preferences/consoleScaling"_s, 9);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        const AppPreferences loaded = AppPreferences::load(settings);
        QCOMPARE(loaded.hiddenColumns, (QList<int>{2, 4}));
        QCOMPARE(loaded.consoleSendKeys, (QStringList{u"ctrl-alt-del"_s, u"sysrq"_s}));
        QCOMPARE(loaded.consoleScaling, 2);
    }

    void badDefaultConnectionKeepsTheDialogOpen()
    {
        PreferencesDialog dialog;
        dialog.setConnectionChoices({u"qemu:///system"_s, u"test:///default"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(dialog, u"defaultConnectionCombo"_s);
        QCOMPARE(combo->count(), 2);
        child<QTabWidget>(dialog, u"preferencesPages"_s)->setCurrentIndex(2);
        combo->setCurrentText(u"not a uri"_s);
        child<QPushButton>(dialog, u"okButton"_s)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problem = child<QLabel>(dialog, u"defaultConnectionProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QCOMPARE(child<QTabWidget>(dialog, u"preferencesPages"_s)->currentIndex(), 0);
        QCOMPARE(combo->currentText(), u"not a uri"_s); // nothing typed is lost

        combo->setCurrentText(u"test:///default"_s);
        QVERIFY(!problem->isVisible());
        child<QPushButton>(dialog, u"okButton"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.preferences().defaultConnectionUri, u"test:///default"_s);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
