// SPDX-License-Identifier: GPL-2.0-or-later
// Validation in cloud part 2's dialogs, offscreen and without a cloud: key pair import and
// create, subnet, the guided project network and volumes. Bad input gets its message, the
// dialog stays open and keeps what was typed; nothing is sent.
#include "cloudsubnetdialog.h"
#include "cloudvolumedialog.h"
#include "keypairdialog.h"
#include "projectnetworkdialog.h"
#include "sshkeygenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

void click(QWidget *dialog, const QString &name = u"okButton"_s)
{
    QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
}

// With VIRTDECK_SCREENSHOT_DIR set, each dialog is saved there for a look.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestCloudNetworkDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // ~/.ssh of this test, so the defaults are predictable and nothing real is touched.
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void importKeyPairValidation()
    {
        KeyPairDialog dialog(KeyPairDialog::Mode::Import, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(&dialog);
        QVERIFY(dialog.isVisible());
        const QString empty = child<QLabel>(&dialog, u"problemsLabel"_s)->text();
        QVERIFY2(empty.contains(u"needs a name"_s) && empty.contains(u"empty"_s), qPrintable(empty));

        child<QLineEdit>(&dialog, u"keyPairName"_s)->setText(u"virtdeck-test-net-k"_s);
        child<QPlainTextEdit>(&dialog, u"publicKeyEdit"_s)->setPlainText(u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----"_s);
        click(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, u"problemsLabel"_s)->text().contains(u"private key"_s),
                 qPrintable(child<QLabel>(&dialog, u"problemsLabel"_s)->text()));
        // What was typed stays.
        QVERIFY(child<QPlainTextEdit>(&dialog, u"publicKeyEdit"_s)->toPlainText().contains(u"PRIVATE"_s));

        // A .pub file from ~/.ssh: read in, and the name comes from the file when empty.
        QDir(m_home.path()).mkpath(u".ssh"_s);
        const QString pub = m_home.filePath(u".ssh/laptop.pub"_s);
        QFile file(pub);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKz me@laptop\n");
        file.close();
        child<QLineEdit>(&dialog, u"keyPairName"_s)->clear();
        QVERIFY(dialog.loadPublicKeyFile(pub));
        QCOMPARE(child<QLineEdit>(&dialog, u"keyPairName"_s)->text(), u"laptop"_s);
        QVERIFY(dialog.problems().isEmpty());
        child<QLineEdit>(&dialog, u"keyPairName"_s)->setText(u"bad/name"_s);
        QCOMPARE(dialog.problems().size(), 1);
        QCOMPARE(dialog.problems().first().field, u"name"_s);
        screenshot(&dialog, u"keypair-import"_s);
        // Valid, but no cloud: said so, and still open.
        child<QLineEdit>(&dialog, u"keyPairName"_s)->setText(u"laptop"_s);
        click(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, u"problemsLabel"_s)->text().contains(u"Not signed in"_s));
    }

    void createKeyPairValidation()
    {
        KeyPairDialog dialog(KeyPairDialog::Mode::Create, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, u"keyTypeCombo"_s)->currentData().toString(), u"ed25519"_s);
        auto *name = child<QLineEdit>(&dialog, u"keyPairName"_s);
        auto *path = child<QLineEdit>(&dialog, u"privateKeyPath"_s);
        QTest::keyClicks(name, u"virtdeck-test-net-new"_s);
        QCOMPARE(path->text(), QDir(m_home.path()).filePath(u".ssh/virtdeck-test-net-new"_s));
        // An existing file is never overwritten.
        QDir(m_home.path()).mkpath(u".ssh"_s);
        QFile existing(path->text());
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        click(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(child<QLabel>(&dialog, u"problemsLabel"_s)->text().contains(u"exists already"_s),
                 qPrintable(child<QLabel>(&dialog, u"problemsLabel"_s)->text()));
        // Once the user edits the path, the name no longer moves it.
        QTest::keyClicks(path, u"-2"_s);
        QTest::keyClicks(name, u"x"_s);
        QVERIFY(path->text().endsWith(u"virtdeck-test-net-new-2"_s));
        QVERIFY(dialog.problems().isEmpty());
        screenshot(&dialog, u"keypair-create"_s);
    }

    void subnetValidationKeepsTheDialogOpen()
    {
        CloudSubnetDialog dialog(nullptr, u"net-id"_s, u"demo-net"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *cidr = child<QLineEdit>(&dialog, u"subnetCidr"_s);
        auto *gateway = child<QLineEdit>(&dialog, u"subnetGateway"_s);
        auto *pools = child<QPlainTextEdit>(&dialog, u"subnetPools"_s);
        auto *dns = child<QLineEdit>(&dialog, u"subnetDns"_s);
        QTest::keyClicks(cidr, u"10.0.0.0/33"_s);
        click(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.problemText().contains(u"10.0.0.0/33"_s), qPrintable(dialog.problemText()));
        QCOMPARE(cidr->text(), u"10.0.0.0/33"_s);
        QVERIFY(cidr->hasFocus());

        cidr->setText(u"12.12.12.0/24"_s);
        gateway->setText(u"12.12.13.1"_s);
        pools->setPlainText(u"12.12.12.10-12.12.12.50\n12.12.12.40-12.12.12.60"_s);
        dns->setText(u"8.8.4.4, fd00::53"_s);
        click(&dialog);
        QVERIFY(dialog.isVisible());
        const QString problems = dialog.problemText();
        QVERIFY2(problems.contains(u"outside"_s) && problems.contains(u"overlap"_s) && problems.contains(u"IPv6"_s), qPrintable(problems));
        QVERIFY(gateway->hasFocus());
        screenshot(&dialog, u"subnet-problems"_s);

        gateway->setText(u"12.12.12.1"_s);
        pools->setPlainText(u"12.12.12.1-12.12.12.60"_s);
        dns->setText(u"8.8.4.4"_s);
        click(&dialog);
        QVERIFY2(dialog.problemText().contains(u"contains the gateway"_s), qPrintable(dialog.problemText()));
        pools->setPlainText(u"12.12.12.10 12.12.12.60"_s);
        click(&dialog);
        QVERIFY2(dialog.problemText().contains(u"not a range"_s), qPrintable(dialog.problemText()));

        // No gateway: the gateway field is off and a pool from .1 is fine.
        child<QCheckBox>(&dialog, u"subnetNoGateway"_s)->setChecked(true);
        QVERIFY(!gateway->isEnabled());
        pools->setPlainText(u"12.12.12.1-12.12.12.60"_s);
        QVERIFY(dialog.problems().isEmpty());
        const CloudSubnet subnet = dialog.subnet();
        QVERIFY(subnet.noGateway);
        QCOMPARE(subnet.networkId, u"net-id"_s);
        QCOMPARE(subnet.allocationPools.size(), 1);

        // Typing an IPv6 CIDR switches the version.
        cidr->clear();
        QTest::keyClicks(cidr, u"fd00:1::/64"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"subnetVersion"_s)->currentData().toInt(), 6);
        pools->clear();
        QCOMPARE(dialog.problems().size(), 1); // the IPv4 DNS server no longer fits
        QCOMPARE(dialog.problems().first().field, u"dns"_s);
        dns->clear();
        QVERIFY(dialog.problems().isEmpty());
        click(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemText().contains(u"Not signed in"_s));
    }

    void projectNetworkValidation()
    {
        CloudNetwork external;
        external.id = u"ext-id"_s;
        external.name = u"public"_s;
        external.external = true;
        ProjectNetworkDialog dialog(nullptr, {external});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, u"externalNetwork"_s)->currentData().toString(), u"ext-id"_s);
        QVERIFY(dialog.problems().isEmpty()); // the defaults are a valid plan
        const QStringList before = dialog.stepTexts();
        QCOMPARE(before.size(), 5);
        child<QLineEdit>(&dialog, u"subnetCidr"_s)->setText(u"12.12.12.0/24"_s);
        child<QLineEdit>(&dialog, u"subnetGateway"_s)->setText(u"12.12.99.1"_s);
        child<QLineEdit>(&dialog, u"networkName"_s)->clear();
        click(&dialog, u"createButton"_s);
        QVERIFY(dialog.isVisible());
        const QString problems = dialog.problemText();
        QVERIFY2(problems.contains(u"network needs a name"_s) && problems.contains(u"outside"_s), qPrintable(problems));
        QCOMPARE(dialog.stepTexts(), before); // nothing started
        QVERIFY(child<QLineEdit>(&dialog, u"networkName"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"subnetGateway"_s)->text(), u"12.12.99.1"_s);
        const ProjectNetworkPlan plan = dialog.plan();
        QCOMPARE(plan.externalNetworkId, u"ext-id"_s);
        screenshot(&dialog, u"project-network"_s);
    }

    void volumeValidation()
    {
        CloudVolumeDialog create(nullptr, 5, 2);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QVERIFY(child<QLabel>(&create, u"volumeQuota"_s)->text().contains(u"5 GiB"_s));
        child<QSpinBox>(&create, u"volumeSize"_s)->setValue(6);
        click(&create);
        QVERIFY(create.isVisible());
        QVERIFY2(create.problemText().contains(u"quota"_s), qPrintable(create.problemText()));
        QCOMPARE(child<QSpinBox>(&create, u"volumeSize"_s)->value(), 6);
        child<QSpinBox>(&create, u"volumeSize"_s)->setValue(5);
        QVERIFY(create.problems().isEmpty());
        screenshot(&create, u"volume-create"_s);

        CloudVolumeDialog full(nullptr, 100, 0);
        QVERIFY(!full.problems().isEmpty());

        CloudVolume volume;
        volume.id = u"v"_s;
        volume.name = u"data"_s;
        volume.sizeGb = 3;
        volume.status = u"available"_s;
        CloudVolumeDialog extend(nullptr, volume, 2);
        extend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&extend));
        QVERIFY(extend.isExtend());
        QCOMPARE(child<QSpinBox>(&extend, u"volumeSize"_s)->value(), 4);
        QVERIFY(extend.problems().isEmpty());
        child<QSpinBox>(&extend, u"volumeSize"_s)->setValue(3);
        click(&extend);
        QVERIFY(extend.isVisible());
        QVERIFY2(extend.problemText().contains(u"shrink"_s), qPrintable(extend.problemText()));
        child<QSpinBox>(&extend, u"volumeSize"_s)->setValue(6);
        QVERIFY(extend.problems().first().message.contains(u"quota"_s));
        screenshot(&extend, u"volume-extend"_s);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestCloudNetworkDialogs)
#include "tst_cloudnetworkdialogs.moc"
