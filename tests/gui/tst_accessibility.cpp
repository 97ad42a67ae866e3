// SPDX-License-Identifier: GPL-2.0-or-later
// Every interactive element of VirtDeck's windows has an accessible name (a screen reader
// can say what it is), and the main window works from the keyboard: the guest list has
// focus at start and Tab leaves and comes back. The check is generic
// (tests/support/accessibilitycheck.h) and runs here on each main window and dialog.
#include "accessibilitycheck.h"
#include "addconnectiondialog.h"
#include "apppreferences.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "guestwindow.h"
#include "hostoverviewwindow.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "testhostgenerator.h"

#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::AccessibilityCheck;
using Test::TestHostGenerator;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    static void expectAllNamed(QWidget *window)
    {
        const QStringList unnamed = AccessibilityCheck::unnamed(window);
        if (!unnamed.isEmpty())
            qWarning().noquote() << u"unnamed:\n  "_s + unnamed.join(u"\n  "_s);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"%1 unnamed interactive element(s) in %2, first: %3"_s.arg(unnamed.size())
                                                   .arg(window->objectName(), unnamed.value(0))));
    }

    QTemporaryDir m_dir;
    QString m_hostFile;
    ConnectionManager *m_manager = nullptr;
    MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        m_hostFile = m_dir.filePath(u"host.xml"_s);
        TestHostGenerator::Options options;
        options.guestCount = 8;
        options.snapshotEvery = 2;
        QString error;
        QVERIFY2(!TestHostGenerator::write(m_hostFile, options, &error).isEmpty(), qPrintable(error));

        m_manager = new ConnectionManager;
        m_manager->addConnection(ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"generated"_s, true});
        m_window = new MainWindow(m_manager);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_manager->openAutoconnect();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->guestModel()->guestCount(), 8, 20000);
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_manager;
    }

    void mainWindowIsNamed()
    {
        expectAllNamed(m_window);
        // The cloud tab too, once shown.
        m_window->centralTabs()->setCurrentIndex(1);
        expectAllNamed(m_window);
        m_window->centralTabs()->setCurrentIndex(0);
    }

    void guestListHasFocusAtStart()
    {
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_window->guestView()));
    }

    void tabLeavesTheListAndComesBack()
    {
        QTreeView *list = m_window->guestView();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QList<QWidget *> visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (focus == list)
                break;
            visited.append(focus);
        }
        QVERIFY2(!visited.isEmpty(), "Tab never leaves the guest list");
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        const bool reachesSearch = std::any_of(visited.cbegin(), visited.cend(), [](QWidget *w) {
            return w->objectName() == u"guestSearch"_s || (w->parentWidget() && w->parentWidget()->objectName() == u"guestSearch"_s);
        });
        QVERIFY2(reachesSearch, "the search field is not in the Tab chain");
    }

    void guestWindowIsNamed()
    {
        const QModelIndex connection = m_window->guestModel()->index(0, 0);
        const DomainInfo *info = m_window->guestModel()->domain(m_window->guestModel()->index(0, 0, connection));
        QVERIFY(info);
        GuestWindow *window = m_window->openGuestWindow(connection.data(GuestListModel::ConnectionIdRole).toInt(), info->uuid);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tabs = window->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QTest::qWait(0);
            expectAllNamed(window);
        }
        window->close();
    }

    void hostOverviewIsNamed()
    {
        HostOverviewWindow *window = m_window->openHostOverview(m_manager->sessions().first()->id());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const auto tabs = window->findChildren<QTabWidget *>();
        if (tabs.isEmpty()) {
            expectAllNamed(window);
        }
        for (QTabWidget *tab : tabs) {
            for (int page = 0; page < tab->count(); ++page) {
                tab->setCurrentIndex(page);
                expectAllNamed(window);
            }
        }
        window->close();
    }

    void preferencesDialogIsNamed()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QTabWidget *>(u"preferencesPages"_s);
        QVERIFY(pages);
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            expectAllNamed(&dialog);
        }
    }

    void addConnectionDialogIsNamed()
    {
        AddConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        expectAllNamed(&dialog);
    }

    // The check itself finds what it should.
    void checkFindsAnUnnamedButton()
    {
        QWidget window;
        window.setObjectName(u"probe"_s);
        auto *edit = new QLineEdit(&window);
        edit->setObjectName(u"nameless"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList unnamed = AccessibilityCheck::unnamed(&window);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed.first().contains(u"nameless"_s), qPrintable(unnamed.first()));
        edit->setAccessibleName(u"Name"_s);
        QCOMPARE(AccessibilityCheck::unnamed(&window), QStringList{});
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
