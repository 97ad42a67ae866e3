// SPDX-License-Identifier: GPL-2.0-or-later
#include "apppreferences.h"
#include "preferencesdialog.h"

#include <QCheckBox>
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
        QTest::mouseClick(child<QCheckBox>(dialog, u"confirmForceOffCheck"_s), Qt::LeftButton);
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
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
