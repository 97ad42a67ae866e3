// SPDX-License-Identifier: GPL-2.0-or-later
//
// ConsolePage without a display behind it: detaching to a window and back, closing the
// detached window, full screen with its overlay toolbar, the Send key menu's entries and the
// status line when the connection is missing.

#include "consolepage.h"
#include "vncview.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

class TestConsolePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detachAndBringBack();
    void fullScreenShowsTheOverlay();
    void sendKeyMenuHasEveryCombination();
    void missingConnectionIsShown();
};

void TestConsolePage::detachAndBringBack()
{
    QWidget window;
    auto *page = new ConsolePage(nullptr, QUuid::createUuid(), &window);
    page->setGuestName(u"guest-1"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *body = page->findChild<QWidget *>(u"consoleBody"_s);
    auto *placeholder = page->findChild<QWidget *>(u"consolePlaceholder"_s);
    QVERIFY(body && placeholder);
    QVERIFY(!body->isWindow());

    page->setDetached(true);
    QVERIFY(body->isWindow());
    QVERIFY(body->isVisible());
    QVERIFY(placeholder->isVisible());
    QVERIFY(body->windowTitle().contains(u"guest-1"_s));

    body->close(); // closing the console's window brings it back into the tab
    QVERIFY(!page->isDetached());
    QVERIFY(!body->isWindow());
    QCOMPARE(body->parentWidget(), page);
    QVERIFY(!placeholder->isVisible());

    page->setDetached(true);
    auto *attach = page->findChild<QPushButton *>(u"consoleAttach"_s);
    QVERIFY(attach);
    QTest::mouseClick(attach, Qt::LeftButton);
    QVERIFY(!page->isDetached());
    QCOMPARE(body->parentWidget(), page);
}

void TestConsolePage::fullScreenShowsTheOverlay()
{
    QWidget window;
    auto *page = new ConsolePage(nullptr, QUuid::createUuid(), &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *body = page->findChild<QWidget *>(u"consoleBody"_s);
    auto *toolBar = page->findChild<QToolBar *>(u"consoleToolBar"_s);
    auto *overlay = page->findChild<QWidget *>(u"consoleOverlay"_s);
    QVERIFY(body && toolBar && overlay);

    Q_EMIT page->view()->fullScreenToggleRequested(); // what Ctrl+Alt+F does
    QVERIFY(page->isFullScreen());
    QVERIFY(body->isWindow());
    QVERIFY(!toolBar->isVisible());
    QVERIFY(overlay->isVisible());
    auto *leave = overlay->findChild<QPushButton *>(u"consoleLeaveFullScreen"_s);
    QVERIFY(leave);
    QTest::mouseClick(leave, Qt::LeftButton);
    QVERIFY(!page->isFullScreen());
    QCOMPARE(body->parentWidget(), page);
    QVERIFY(toolBar->isVisible());
    QVERIFY(!overlay->isVisible());
}

void TestConsolePage::sendKeyMenuHasEveryCombination()
{
    ConsolePage page(nullptr, QUuid::createUuid());
    auto *button = page.findChild<QToolButton *>(u"consoleSendKey"_s);
    QVERIFY(button && button->menu());
    QStringList names;
    for (const QAction *action : button->menu()->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QStringList expected{u"sendCtrlAltDel"_s, u"sendCtrlAltBackspace"_s};
    for (int i = 1; i <= 12; ++i)
        expected << u"sendCtrlAltF%1"_s.arg(i);
    expected << u"sendPrintScreen"_s << u"sendSysRq"_s;
    QCOMPARE(names, expected);
}

void TestConsolePage::missingConnectionIsShown()
{
    ConsolePage page(nullptr, QUuid::createUuid());
    page.show();
    page.activate();
    auto *status = page.findChild<QLabel *>(u"consoleStatus"_s);
    QVERIFY(status);
    QTRY_VERIFY(status->text().contains(tr("The connection is gone.")));
}

} // namespace VirtDeck

QTEST_MAIN(VirtDeck::TestConsolePage)
#include "tst_consolepage.moc"
