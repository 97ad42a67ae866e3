// SPDX-License-Identifier: GPL-2.0-or-later
// The Cloud tab against the real test cloud: sign in from clouds.yaml, the three quota boxes,
// flavors and security groups listed, the endpoints view, quota editing as admin, and the
// rule dialog's validation.
#include "catalogendpointmodel.h"
#include "cloudflavorspage.h"
#include "cloudpage.h"
#include "cloudquotaspage.h"
#include "cloudsecuritygroupspage.h"
#include "flavordialog.h"
#include "flavorlistmodel.h"
#include "securitygrouplistmodel.h"
#include "securitygroupruledialog.h"
#include "securitygrouprulemodel.h"
#include "testcloud.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

class TestCloudPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = TestCloud::unavailableReason();
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
        qputenv("OS_CLIENT_CONFIG_FILE", TestCloud::cloudsYaml().toLocal8Bit());
        qputenv("OS_CLIENT_SECURE_FILE", "/dev/null");
    }

    void unknownCloud()
    {
        CloudPage page;
        QVERIFY(!page.openCloud(u"no-such-cloud"_s));
        auto *status = page.findChild<QLabel *>(u"cloudStatus"_s);
        QVERIFY2(status->text().contains(u"virtdeck-admin"_s), qPrintable(status->text()));
        QVERIFY(!page.showPage(u"nonsense"_s));
    }

    void adminPages()
    {
        CloudPage page;
        page.resize(1200, 700);
        page.show();
        QSignalSpy quotasLoaded(page.quotasPage(), &CloudQuotasPage::loaded);
        QSignalSpy flavorsLoaded(page.flavorsPage(), &CloudFlavorsPage::loaded);
        QSignalSpy groupsLoaded(page.securityGroupsPage(), &CloudSecurityGroupsPage::loaded);
        QAbstractItemModelTester flavorTester(page.flavorsPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester groupTester(page.securityGroupsPage()->groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ruleTester(page.securityGroupsPage()->ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.openCloud(u"virtdeck-admin"_s));
        QVERIFY(page.showPage(u"flavors"_s));
        QVERIFY(quotasLoaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!flavorsLoaded.isEmpty() && !groupsLoaded.isEmpty(), 30000);

        // Quotas: all three services, limits with use.
        for (const QString &type : {u"compute"_s, u"volumev3"_s, u"network"_s}) {
            auto *status = page.findChild<QLabel *>(u"quotaStatus_"_s + type);
            QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
        }
        QTRY_VERIFY(page.findChild<QLabel *>(u"quotaUsage_instances"_s));
        QCOMPARE(page.findChild<QLabel *>(u"quotaUsage_instances"_s)->text(), u"0 of 10"_s);
        QVERIFY(page.findChild<QLabel *>(u"quotaUsage_gigabytes"_s));
        QVERIFY(page.findChild<QLabel *>(u"quotaUsage_security_group_rule"_s));

        // Flavors from the start script; security groups; the catalog.
        QVERIFY(page.flavorsPage()->model()->rowCount() >= 3);
        QVERIFY(page.securityGroupsPage()->groupModel()->rowCount() >= 1);
        auto *endpoints = page.findChild<QTableView *>(u"endpointList"_s);
        QAbstractItemModelTester endpointTester(endpoints->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(endpoints->model()->rowCount() >= 18); // 6 services x 3 interfaces
        QCOMPARE(page.findChild<QTabWidget *>(u"cloudPages"_s)->currentWidget(), page.flavorsPage());

        // Admin edits the key pair limit of its project and sees the new value.
        auto *edit = page.findChild<QPushButton *>(u"quotaEdit"_s);
        QVERIFY(!edit->isHidden());
        edit->click();
        auto *keyPairs = page.findChild<QSpinBox *>(u"quotaEdit_key_pairs"_s);
        QVERIFY(keyPairs);
        keyPairs->setValue(123);
        page.findChild<QPushButton *>(u"quotaSave_compute"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(u"quotaUsage_key_pairs"_s)
                                     && page.findChild<QLabel *>(u"quotaUsage_key_pairs"_s)->text() == u"0 of 123"_s,
                                 20000);
        QVERIFY(page.findChild<QLabel *>(u"quotaStatus_compute"_s)->text().contains(u"Saved"_s));
        page.findChild<QSpinBox *>(u"quotaEdit_key_pairs"_s)->setValue(100);
        page.findChild<QPushButton *>(u"quotaSave_compute"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(u"quotaUsage_key_pairs"_s)
                                     && page.findChild<QLabel *>(u"quotaUsage_key_pairs"_s)->text() == u"0 of 100"_s,
                                 20000);

        // Admins look at (and set) the quotas of other projects too.
        auto *chooser = page.findChild<QComboBox *>(u"quotaProjectChooser"_s);
        QTRY_VERIFY_WITH_TIMEOUT(chooser->findData(TestCloud::projectId(u"demo2"_s)) >= 0, 20000);
        QVERIFY(!chooser->isHidden());
        quotasLoaded.clear();
        page.quotasPage()->setProjectId(TestCloud::projectId(u"demo2"_s));
        QVERIFY(quotasLoaded.wait(30000));
        QCOMPARE(chooser->currentText(), u"demo2"_s);
        QCOMPARE(page.findChild<QLabel *>(u"quotaUsage_instances"_s)->text(), u"0 of 10"_s);
    }

    void memberHasNoQuotaEditing()
    {
        CloudPage page;
        QSignalSpy quotasLoaded(page.quotasPage(), &CloudQuotasPage::loaded);
        QVERIFY(page.openCloud(u"virtdeck-demo"_s));
        QVERIFY(quotasLoaded.wait(30000));
        QVERIFY(page.findChild<QPushButton *>(u"quotaEdit"_s)->isHidden());
        QVERIFY(page.findChild<QLabel *>(u"cloudStatus"_s)->text().contains(u"member"_s));
    }

    void ruleDialogValidates()
    {
        SecurityGroupRuleDialog dialog(u"g1"_s, {});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *protocol = dialog.findChild<QComboBox *>(u"ruleProtocol"_s);
        auto *from = dialog.findChild<QSpinBox *>(u"ruleFrom"_s);
        auto *to = dialog.findChild<QSpinBox *>(u"ruleTo"_s);
        auto *cidr = dialog.findChild<QLineEdit *>(u"ruleCidr"_s);
        QVERIFY(ok->isEnabled()); // any protocol from anywhere
        dialog.findChild<QComboBox *>(u"rulePreset"_s)->setCurrentIndex(1); // SSH
        QCOMPARE(dialog.rule().protocol, u"tcp"_s);
        QCOMPARE(dialog.rule().portRangeMin, 22);
        QVERIFY(ok->isEnabled());
        from->setValue(2000);
        to->setValue(1000);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(u"ruleProblem"_s)->text().isEmpty());
        to->setValue(3000);
        QVERIFY(ok->isEnabled());
        cidr->setText(u"10.0.0.0/33"_s);
        QVERIFY(!ok->isEnabled());
        cidr->setText(u"10.0.0.0/8"_s);
        protocol->setCurrentIndex(protocol->findData(3)); // ICMP: type and code
        from->setValue(8);
        to->setValue(0);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.rule().protocol, u"icmp"_s);
        dialog.findChild<QComboBox *>(u"ruleEtherType"_s)->setCurrentIndex(1); // IPv6 with an IPv4 CIDR
        QVERIFY(!ok->isEnabled());
        // For looking at the dialog: VIRTDECK_SCREENSHOT_DIR=/tmp ctest -R tst_cloudpage
        if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.adjustSize();
            dialog.grab().save(dir + u"/securityruledialog.png"_s);
            FlavorDialog flavor;
            flavor.adjustSize();
            flavor.grab().save(dir + u"/flavordialog.png"_s);
        }
    }
};

QTEST_MAIN(TestCloudPage)
#include "tst_cloudpage.moc"
