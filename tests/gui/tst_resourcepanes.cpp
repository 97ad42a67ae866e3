// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionconfig.h"
#include "connectionsession.h"
#include "hostbridgemodel.h"
#include "hostinterfacespane.h"
#include "hostoverviewwindow.h"
#include "networkdialog.h"
#include "networkmodel.h"
#include "networkspane.h"
#include "storagepane.h"
#include "storagepoolmodel.h"
#include "storageservice.h"
#include "storagevolumedialog.h"
#include "storagevolumemodel.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

// The networks, storage and host-interface tabs of the host window on the test driver.
class TestResourcePanes : public QObject
{
    Q_OBJECT

private:
    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void tabsShowResources()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        HostOverviewWindow window(&session);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15000);
        auto *tabs = window.findChild<QTabWidget *>(u"hostTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);

        auto *networks = window.findChild<NetworksPane *>(u"networksPane"_s);
        QVERIFY(networks);
        QTRY_COMPARE_WITH_TIMEOUT(networks->model()->rowCount(), 1, 10000);
        tabs->setCurrentWidget(networks);
        saveShot(&window, u"networks"_s);

        auto *storage = window.findChild<StoragePane *>(u"storagePane"_s);
        QVERIFY(storage);
        tabs->setCurrentWidget(storage);
        QTRY_COMPARE_WITH_TIMEOUT(storage->poolModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(storage->currentPool(), u"default-pool"_s, 10000);
        QCOMPARE(storage->volumeModel()->pool(), u"default-pool"_s);
        StorageVolumeForm form; // test:///default's pool starts empty
        form.name = u"virtdeck-test-gui.qcow2"_s;
        form.capacity = 8ull << 30;
        QFuture<Result<StorageVolumeInfo>> created = StorageService(&session).createVolume(u"default-pool"_s, form);
        QTRY_VERIFY(created.isFinished());
        QVERIFY(created.result().ok());
        storage->volumeModel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(storage->volumeModel()->rowCount() > 0, 10000);
        saveShot(&window, u"storage"_s);

        auto *interfaces = window.findChild<HostInterfacesPane *>(u"hostInterfacesPane"_s);
        QVERIFY(interfaces);
        tabs->setCurrentWidget(interfaces);
        QTRY_VERIFY_WITH_TIMEOUT(interfaces->model()->rowCount() > 0, 10000);
        saveShot(&window, u"interfaces"_s);
    }

    void networkDialogKeepsInputOnBadCidr()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15000);
        NetworkDialog dialog(&session, {u"default"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"default"_s);
        dialog.findChild<QLineEdit *>(u"ipv4CidrEdit"_s)->setText(u"10.200.9.0/33"_s);
        dialog.findChild<QLineEdit *>(u"ipv4GatewayEdit"_s)->setText(u"10.200.9.1"_s);
        dialog.findChild<QLineEdit *>(u"dhcpStartEdit"_s)->setText(u"10.200.9.10"_s);
        dialog.findChild<QLineEdit *>(u"dhcpEndEdit"_s)->setText(u"10.200.9.20"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        auto *problems = dialog.findChild<QLabel *>(u"problemsLabel"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"default"_s));  // duplicate name
        QVERIFY(problems->text().contains(u"/33"_s));      // bad CIDR
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"ipv4CidrEdit"_s)->text(), u"10.200.9.0/33"_s);
        saveShot(&dialog, u"networkdialog"_s);

        // Fixed, it creates the network and closes.
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"virtdeck-test-gui"_s);
        dialog.findChild<QLineEdit *>(u"ipv4CidrEdit"_s)->setText(u"10.200.9.0/24"_s);
        QSignalSpy created(&dialog, &NetworkDialog::networkCreated);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QVERIFY(created.wait(10000));
        QTRY_VERIFY(!dialog.isVisible());
    }

    void volumeDialogRefusesZeroSize()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15000);
        StorageVolumeInfo existing;
        existing.name = u"taken.img"_s;
        StorageVolumeDialog dialog(&session, u"default-pool"_s, {existing});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"taken.img"_s);
        dialog.findChild<QDoubleSpinBox *>(u"capacitySpin"_s)->setValue(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        auto *problems = dialog.findChild<QLabel *>(u"problemsLabel"_s);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"taken.img"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"taken.img"_s);
    }
};

QTEST_MAIN(TestResourcePanes)
#include "tst_resourcepanes.moc"
