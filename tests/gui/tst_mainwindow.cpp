// SPDX-License-Identifier: GPL-2.0-or-later
// The main window on a generated test-driver host: select guests, run actions, see the
// rows change and a result per guest in the notification area.
#include "apppreferences.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "deleteguestdialog.h"
#include "guestfilterproxymodel.h"
#include "guestlistmodel.h"
#include "mainwindow.h"
#include "notificationarea.h"
#include "testhostgenerator.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::TestHostGenerator;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryGuest();
    void startsTheSelectionWithAResultPerGuest();
    void failedActionShowsLibvirtsMessage();
    void forceOffAsksFirst();
    void deleteAsksWhichStorageGoes();
    void searchFilters();

private:
    QList<TestHostGenerator::ExpectedGuest> guestsIn(DomainState state, int count) const;
    DomainState stateOf(const QString &name) const;
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    ConnectionManager *m_manager = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the user's real settings out of the test.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 30;
    options.snapshotEvery = 0;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

void TestMainWindow::init()
{
    m_manager = new ConnectionManager;
    m_manager->addConnection(ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"generated"_s, true});
    m_window = new MainWindow(m_manager);
    AppPreferences preferences;
    preferences.confirmForceOff = false;
    m_window->setPreferences(preferences);
    m_window->show();
    m_manager->openAutoconnect();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->guestModel()->guestCount(), int(m_expected.size()), 20000);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_manager;
    m_window = nullptr;
    m_manager = nullptr;
}

QList<TestHostGenerator::ExpectedGuest> TestMainWindow::guestsIn(DomainState state, int count) const
{
    QList<TestHostGenerator::ExpectedGuest> out;
    for (const auto &guest : m_expected) {
        if (guest.state == state && !guest.hasManagedSave && out.size() < count)
            out.append(guest);
    }
    return out;
}

DomainState TestMainWindow::stateOf(const QString &name) const
{
    const GuestListModel *model = m_window->guestModel();
    const QModelIndex connection = model->index(0, 0);
    for (int row = 0; row < model->rowCount(connection); ++row) {
        const DomainInfo *info = model->domain(model->index(row, 0, connection));
        if (info && info->name == name)
            return info->state;
    }
    return DomainState::NoState;
}

void TestMainWindow::showsEveryGuest()
{
    const QTreeView *view = m_window->guestView();
    const QModelIndex connection = view->model()->index(0, 0);
    QVERIFY(view->isExpanded(connection));
    QCOMPARE(view->model()->rowCount(connection), int(m_expected.size()));
    // Sorted by name.
    QCOMPARE(view->model()->index(0, 0, connection).data().toString(), m_expected.first().name);
}

void TestMainWindow::startsTheSelectionWithAResultPerGuest()
{
    const auto targets = guestsIn(DomainState::ShutOff, 3);
    QCOMPARE(targets.size(), 3);
    m_window->selectGuests({targets[0].name, targets[1].name, targets[2].name});
    QVERIFY(action(u"actionStart"_s)->isEnabled());
    QVERIFY(!action(u"actionResume"_s)->isEnabled());

    action(u"actionStart"_s)->trigger();
    for (const auto &guest : targets)
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(guest.name), DomainState::Running, 5000);
    NotificationArea *notes = m_window->notifications();
    QTRY_COMPARE_WITH_TIMEOUT(notes->entryCount(), 1, 5000);
    const QString summary = notes->latestSummary();
    QVERIFY2(summary.contains(u"3 done, 0 failed"_s), qPrintable(summary));
    for (const auto &guest : targets)
        QVERIFY2(summary.contains(guest.name + u": done"_s), qPrintable(summary));
    // Now running: Start no longer applies, Pause and Force Off do.
    QTRY_VERIFY(!action(u"actionStart"_s)->isEnabled());
    QVERIFY(action(u"actionPause"_s)->isEnabled());
    QVERIFY(!m_window->runOnSelection(DomainAction::Start));
}

void TestMainWindow::failedActionShowsLibvirtsMessage()
{
    const auto running = guestsIn(DomainState::Running, 1);
    QCOMPARE(running.size(), 1);
    m_window->selectGuests({running.first().name});
    // The second pause is sent before the first one's event arrives: libvirt refuses it.
    QVERIFY(m_window->runOnSelection(DomainAction::Pause));
    QVERIFY(m_window->runOnSelection(DomainAction::Pause));
    NotificationArea *notes = m_window->notifications();
    QTRY_COMPARE_WITH_TIMEOUT(notes->entryCount(), 2, 5000);
    QCOMPARE(notes->errorCount(), 1);
    QVERIFY2(notes->latestSummary().contains(u"failed"_s), qPrintable(notes->latestSummary()));
    QVERIFY2(notes->latestSummary().contains(u"not running"_s), qPrintable(notes->latestSummary()));
    QVERIFY(m_window->findChild<QDockWidget *>(u"notificationDock"_s)->isVisible());
    QTRY_COMPARE(stateOf(running.first().name), DomainState::Paused);
}

void TestMainWindow::forceOffAsksFirst()
{
    AppPreferences preferences = m_window->preferences();
    preferences.confirmForceOff = true;
    m_window->setPreferences(preferences);
    const auto running = guestsIn(DomainState::Running, 2);
    m_window->selectGuests({running[0].name, running[1].name});

    // Cancel: nothing happens.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_window->runOnSelection(DomainAction::ForceOff));
    QCOMPARE(stateOf(running[0].name), DomainState::Running);

    // Yes: both go off.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(m_window->runOnSelection(DomainAction::ForceOff));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(running[0].name), DomainState::ShutOff, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(running[1].name), DomainState::ShutOff, 5000);
}

void TestMainWindow::deleteAsksWhichStorageGoes()
{
    const auto victim = guestsIn(DomainState::ShutOff, 1).first();
    m_window->selectGuests({victim.name});
    QVERIFY(m_window->runOnSelection(DomainAction::Delete));
    DeleteGuestDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DeleteGuestDialog *>(u"deleteGuestDialog"_s)) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 5000);
    QCOMPARE(stateOf(victim.name), DomainState::ShutOff); // nothing happened yet
    dialog->findChild<QPushButton *>(u"confirmDelete"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->guestModel()->guestCount(), int(m_expected.size()) - 1, 5000);
    QCOMPARE(stateOf(victim.name), DomainState::NoState);
}

void TestMainWindow::searchFilters()
{
    auto *search = m_window->findChild<QLineEdit *>(u"guestSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, m_expected[5].name);
    const QAbstractItemModel *shown = m_window->guestView()->model();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
    QCOMPARE(shown->index(0, 0, shown->index(0, 0)).data().toString(), m_expected[5].name);
    search->clear();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), int(m_expected.size()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
