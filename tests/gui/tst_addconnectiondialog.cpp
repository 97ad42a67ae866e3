// SPDX-License-Identifier: GPL-2.0-or-later
#include "addconnectiondialog.h"
#include "connectionconfig.h"
#include "libvirturi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::AddConnectionDialog;
using VirtDeck::ConnectionConfig;
using VirtDeck::ConnectionKind;

Q_DECLARE_METATYPE(VirtDeck::ConnectionKind)

class TestAddConnectionDialog : public QObject
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

    static void chooseKind(AddConnectionDialog &dialog, ConnectionKind kind)
    {
        auto *combo = child<QComboBox>(dialog, u"kindCombo"_s);
        const int index = combo->findData(int(kind));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    static bool okEnabled(const AddConnectionDialog &dialog)
    {
        return child<QPushButton>(dialog, u"okButton"_s)->isEnabled();
    }

    static QLabel *message(const AddConnectionDialog &dialog)
    {
        return child<QLabel>(dialog, u"messageLabel"_s);
    }

    static void verifyValid(const AddConnectionDialog &dialog, const QString &uri)
    {
        QCOMPARE(child<QLineEdit>(dialog, u"uriPreview"_s)->text(), uri);
        QCOMPARE(dialog.config().uri, uri);
        QVERIFY(okEnabled(dialog));
        QVERIFY(!message(dialog)->isVisible());
    }

    static void verifyInvalid(const AddConnectionDialog &dialog)
    {
        QVERIFY(!okEnabled(dialog));
        QVERIFY(message(dialog)->isVisible());
        QVERIFY(!message(dialog)->text().isEmpty());
    }

    QTemporaryDir m_dir;
    QString m_hostFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hostFile = m_dir.filePath(u"host.xml"_s);
        QFile file(m_hostFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<node/>\n");
    }

    void defaultsToSystemQemu()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        verifyValid(dialog, u"qemu:///system"_s);
        QVERIFY(dialog.config().autoconnect);
        QVERIFY(dialog.config().displayName.isEmpty());
    }

    void buildsUriForEachKind_data()
    {
        QTest::addColumn<ConnectionKind>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("system");
        QTest::addColumn<bool>("useHostFile");
        QTest::addColumn<QString>("expected");

        QTest::newRow("system") << ConnectionKind::QemuSystem << QString() << QString() << 0 << true
                                << false << u"qemu:///system"_s;
        QTest::newRow("session") << ConnectionKind::QemuSession << QString() << QString() << 0 << true
                                 << false << u"qemu:///session"_s;
        QTest::newRow("test default") << ConnectionKind::TestDriver << QString() << QString() << 0 << true
                                      << false << u"test:///default"_s;
        QTest::newRow("test file") << ConnectionKind::TestDriver << QString() << QString() << 0 << true
                                   << true << QString();
        QTest::newRow("ssh user port") << ConnectionKind::RemoteSsh << u"user"_s << u"host"_s << 2222 << true
                                       << false << u"qemu+ssh://user@host:2222/system"_s;
        QTest::newRow("ssh session") << ConnectionKind::RemoteSsh << QString() << u"kvm.example.org"_s << 0
                                     << false << false << u"qemu+ssh://kvm.example.org/session"_s;
    }

    void buildsUriForEachKind()
    {
        QFETCH(ConnectionKind, kind);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, system);
        QFETCH(bool, useHostFile);
        QFETCH(QString, expected);
        if (useHostFile)
            expected = u"test://"_s + m_hostFile;

        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, kind);

        const bool ssh = kind == ConnectionKind::RemoteSsh;
        QCOMPARE(child<QLineEdit>(dialog, u"sshHostEdit"_s)->isVisible(), ssh);
        QCOMPARE(child<QLineEdit>(dialog, u"testFileEdit"_s)->isVisible(), kind == ConnectionKind::TestDriver);
        QCOMPARE(child<QPushButton>(dialog, u"testFileBrowseButton"_s)->isVisible(),
                 kind == ConnectionKind::TestDriver);
        QVERIFY(!child<QLineEdit>(dialog, u"customUriEdit"_s)->isVisible());

        if (ssh) {
            QVERIFY(child<QSpinBox>(dialog, u"sshPortSpin"_s)->isVisible());
            type(child<QLineEdit>(dialog, u"sshUserEdit"_s), user);
            type(child<QLineEdit>(dialog, u"sshHostEdit"_s), host);
            child<QSpinBox>(dialog, u"sshPortSpin"_s)->setValue(port);
            auto *mode = child<QComboBox>(dialog, u"sshModeCombo"_s);
            mode->setCurrentIndex(mode->findData(system));
        }
        if (useHostFile)
            type(child<QLineEdit>(dialog, u"testFileEdit"_s), m_hostFile);

        verifyValid(dialog, expected);
    }

    void keepsNameAndAutoconnect()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(dialog, u"displayNameEdit"_s), u"Lab server"_s);
        QTest::mouseClick(child<QCheckBox>(dialog, u"autoconnectCheck"_s), Qt::LeftButton);
        const ConnectionConfig config = dialog.config();
        QCOMPARE(config.displayName, u"Lab server"_s);
        QCOMPARE(config.autoconnect, false);
    }

    void rejectsInvalidCustomUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("no scheme") << u"foo"_s;
        QTest::newRow("bad transport") << u"qemu+bogus://x/system"_s;
        QTest::newRow("ssh without host") << u"qemu+ssh:///system"_s;
    }

    void rejectsInvalidCustomUri()
    {
        QFETCH(QString, uri);
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ConnectionKind::Custom);
        auto *edit = child<QLineEdit>(dialog, u"customUriEdit"_s);
        QVERIFY(edit->isVisible());
        type(edit, uri);

        verifyInvalid(dialog);
        QCOMPARE(message(dialog)->text(), VirtDeck::LibvirtUri::validate(uri));
        QCOMPARE(edit->text(), uri);
        QCOMPARE(dialog.config().uri, uri);

        type(edit, u"qemu+ssh://admin@kvm1/system"_s);
        verifyValid(dialog, u"qemu+ssh://admin@kvm1/system"_s);
    }

    void rejectsMissingTestFile()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ConnectionKind::TestDriver);
        auto *edit = child<QLineEdit>(dialog, u"testFileEdit"_s);
        const QString missing = m_dir.filePath(u"missing.xml"_s);
        type(edit, missing);
        verifyInvalid(dialog);
        QVERIFY(message(dialog)->text().contains(missing));
        QCOMPARE(edit->text(), missing);

        type(edit, m_hostFile);
        verifyValid(dialog, u"test://"_s + m_hostFile);
    }

    void rejectsRelativeTestFile()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ConnectionKind::TestDriver);
        auto *edit = child<QLineEdit>(dialog, u"testFileEdit"_s);
        type(edit, u"host.xml"_s);
        verifyInvalid(dialog);
        QCOMPARE(edit->text(), u"host.xml"_s);
    }

    void sshNeedsHost()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ConnectionKind::RemoteSsh);
        type(child<QLineEdit>(dialog, u"sshUserEdit"_s), u"root"_s);
        verifyInvalid(dialog);
        type(child<QLineEdit>(dialog, u"sshHostEdit"_s), u"kvm1"_s);
        verifyValid(dialog, u"qemu+ssh://root@kvm1/system"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"sshUserEdit"_s)->text(), u"root"_s);
    }

    void switchingKindsKeepsTypedText()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseKind(dialog, ConnectionKind::RemoteSsh);
        type(child<QLineEdit>(dialog, u"sshHostEdit"_s), u"kvm1"_s);
        chooseKind(dialog, ConnectionKind::QemuSession);
        verifyValid(dialog, u"qemu:///session"_s);
        chooseKind(dialog, ConnectionKind::RemoteSsh);
        QCOMPARE(child<QLineEdit>(dialog, u"sshHostEdit"_s)->text(), u"kvm1"_s);
        verifyValid(dialog, u"qemu+ssh://kvm1/system"_s);
        // The custom field starts from the URI built so far.
        chooseKind(dialog, ConnectionKind::Custom);
        QCOMPARE(child<QLineEdit>(dialog, u"customUriEdit"_s)->text(), u"qemu+ssh://kvm1/system"_s);
        verifyValid(dialog, u"qemu+ssh://kvm1/system"_s);
    }

    void setConfigRestoresFields_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<ConnectionKind>("kind");
        QTest::newRow("system") << u"qemu:///system"_s << ConnectionKind::QemuSystem;
        QTest::newRow("session") << u"qemu:///session"_s << ConnectionKind::QemuSession;
        QTest::newRow("test default") << u"test:///default"_s << ConnectionKind::TestDriver;
        QTest::newRow("ssh") << u"qemu+ssh://user@host:2222/session"_s << ConnectionKind::RemoteSsh;
        QTest::newRow("tls") << u"qemu+tls://host/system"_s << ConnectionKind::Custom;
        QTest::newRow("ssh with query") << u"qemu+ssh://host/system?keyfile=/k"_s << ConnectionKind::Custom;
        QTest::newRow("invalid") << u"foo"_s << ConnectionKind::Custom;
    }

    void setConfigRestoresFields()
    {
        QFETCH(QString, uri);
        QFETCH(ConnectionKind, kind);
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const ConnectionConfig config{uri, u"Saved"_s, false};
        dialog.setConfig(config);
        QCOMPARE(dialog.config(), config);
        QCOMPARE(ConnectionKind(child<QComboBox>(dialog, u"kindCombo"_s)->currentData().toInt()), kind);
        QCOMPARE(child<QLineEdit>(dialog, u"displayNameEdit"_s)->text(), u"Saved"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"autoconnectCheck"_s)->isChecked());
        QCOMPARE(okEnabled(dialog), VirtDeck::LibvirtUri::validate(uri).isEmpty());
        if (kind == ConnectionKind::RemoteSsh) {
            QCOMPARE(child<QLineEdit>(dialog, u"sshUserEdit"_s)->text(), u"user"_s);
            QCOMPARE(child<QLineEdit>(dialog, u"sshHostEdit"_s)->text(), u"host"_s);
            QCOMPARE(child<QSpinBox>(dialog, u"sshPortSpin"_s)->value(), 2222);
            QCOMPARE(child<QComboBox>(dialog, u"sshModeCombo"_s)->currentData().toBool(), false);
        }
    }

    void setConfigRestoresTestFile()
    {
        AddConnectionDialog dialog;
        const QString uri = u"test://"_s + m_hostFile;
        dialog.setConfig(ConnectionConfig{uri, {}, true});
        QCOMPARE(child<QLineEdit>(dialog, u"testFileEdit"_s)->text(), m_hostFile);
        QCOMPARE(dialog.config().uri, uri);
        QVERIFY(okEnabled(dialog));
    }
};

QTEST_MAIN(TestAddConnectionDialog)
#include "tst_addconnectiondialog.moc"
