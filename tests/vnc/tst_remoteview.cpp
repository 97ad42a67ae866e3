// SPDX-License-Identifier: GPL-2.0-or-later
//
// RemoteView's input and painting rules, against a session that records what the view
// sends (no network): mouse mapping through every scaling mode, wheel notches, keys
// released with the keysym of their press, no stuck keys after focus loss, Ctrl+Alt
// releasing the keyboard grab, the Send key combinations, and damage-only repaints.

#include "keysymmapper.h"
#include "recordingdisplaysession.h"
#include "remoteview.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

#include <xkbcommon/xkbcommon-keysyms.h>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

namespace {

using RecordingSession = Test::RecordingDisplaySession;
using SentKey = RecordingSession::SentKey;

class TestView : public RemoteView
{
public:
    using RemoteView::RemoteView;

protected:
    RemoteKey keyCode(const QKeyEvent &event) const override { return {m_mapper.keysym(event), 0}; }
    RemoteKey keyCodeForQtKey(int key) const override { return {m_mapper.keysym(key, Qt::NoModifier, QString()), 0}; }

private:
    KeysymMapper m_mapper;
};

} // namespace

class TestRemoteView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mouseMapsThroughEveryScaling();
    void wheelSendsOneClickPerNotch();
    void releaseSendsTheKeysymOfThePress();
    void focusLossReleasesEverything();
    void controlAltReleasesTheGrab();
    void sendKeyCombinationPressesAndReleasesInOrder();
    void repaintsOnlyDamage();
};

void TestRemoteView::mouseMapsThroughEveryScaling()
{
    RecordingSession session;
    TestView view(&session);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithScreen(QSize(800, 600), qRgb(10, 20, 30));

    view.setScaling(RemoteView::Scaling::Fit); // 800x600 in 400x300: half size, no border
    QCOMPARE(view.framebufferTarget(), QRectF(0, 0, 400, 300));
    QCOMPARE(view.mapToFramebuffer(QPointF(0, 0)), QPoint(0, 0));
    QCOMPARE(view.mapToFramebuffer(QPointF(200.25, 150.75)), QPoint(400, 301));
    QCOMPARE(view.mapToFramebuffer(QPointF(399.9, 299.9)), QPoint(799, 599));

    view.resize(500, 300); // fit keeps the aspect: 400x300 centred, 50 px bars
    QCOMPARE(view.framebufferTarget(), QRectF(50, 0, 400, 300));
    QCOMPARE(view.mapToFramebuffer(QPointF(50, 0)), QPoint(0, 0));
    QCOMPARE(view.mapToFramebuffer(QPointF(10, 10)), QPoint(0, 20)); // in the bar: clamped

    view.setScaling(RemoteView::Scaling::Always); // stretched to 500x300
    QCOMPARE(view.framebufferTarget(), QRectF(0, 0, 500, 300));
    QCOMPARE(view.mapToFramebuffer(QPointF(250, 150)), QPoint(400, 300));

    view.setScaling(RemoteView::Scaling::Never); // one guest pixel per device pixel
    view.resize(1000, 700);
    QCOMPARE(view.framebufferTarget(), QRectF(100, 50, 800, 600));
    QCOMPARE(view.mapToFramebuffer(QPointF(100, 50)), QPoint(0, 0));
    QCOMPARE(view.mapToFramebuffer(QPointF(537, 421)), QPoint(437, 371));

    session.pointers.clear();
    QTest::mouseMove(&view, QPoint(537, 421));
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(537, 421));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(537, 421));
    QVERIFY(session.pointers.size() >= 2);
    QCOMPARE(session.pointers.at(session.pointers.size() - 2).position, QPoint(437, 371));
    QCOMPARE(session.pointers.at(session.pointers.size() - 2).buttons, 1);
    QCOMPARE(session.pointers.last().buttons, 0);
}

void TestRemoteView::wheelSendsOneClickPerNotch()
{
    RecordingSession session;
    TestView view(&session);
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithScreen(QSize(800, 600), qRgb(0, 0, 0));
    const auto wheel = [&](QPoint delta) {
        QWheelEvent event(QPointF(10, 20), view.mapToGlobal(QPointF(10, 20)), QPoint(), delta, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &event);
    };
    wheel(QPoint(0, 240)); // two notches up
    QCOMPARE(session.pointers.size(), 4);
    QCOMPARE(session.pointers.at(0).buttons, 8);
    QCOMPARE(session.pointers.at(1).buttons, 0);
    QCOMPARE(session.pointers.at(0).position, QPoint(10, 20));
    session.pointers.clear();
    wheel(QPoint(0, -60)); // half a notch: nothing yet
    QVERIFY(session.pointers.isEmpty());
    wheel(QPoint(0, -60));
    QCOMPARE(session.pointers.size(), 2);
    QCOMPARE(session.pointers.at(0).buttons, 16);
}

void TestRemoteView::releaseSendsTheKeysymOfThePress()
{
    RecordingSession session;
    TestView view(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithScreen(QSize(64, 48), qRgb(0, 0, 0));
    // US Shift+2 = '@'; the user lets go of Shift first: '2' comes up as "2" in Qt, but the
    // server must see the release of the key it saw pressed ("at").
    QKeyEvent shiftDown(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, 50, 0, 0);
    QKeyEvent atDown(QEvent::KeyPress, Qt::Key_At, Qt::ShiftModifier, 11, 0, 0, u"@"_s);
    QKeyEvent shiftUp(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, 50, 0, 0);
    QKeyEvent twoUp(QEvent::KeyRelease, Qt::Key_2, Qt::NoModifier, 11, 0, 0, u"2"_s);
    for (QKeyEvent *event : {&shiftDown, &atDown, &shiftUp, &twoUp})
        QApplication::sendEvent(&view, event);
    const QList<SentKey> expected{{XKB_KEY_Shift_L, true}, {XKB_KEY_at, true}, {XKB_KEY_Shift_L, false}, {XKB_KEY_at, false}};
    QCOMPARE(session.keys, expected);
}

void TestRemoteView::focusLossReleasesEverything()
{
    RecordingSession session;
    QWidget window;
    auto *view = new TestView(&session, &window);
    auto *other = new QWidget(&window);
    other->setFocusPolicy(Qt::StrongFocus);
    other->move(0, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.connectWithScreen(QSize(64, 48), qRgb(0, 0, 0));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QKeyEvent ctrl(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier, 37, 0, 0);
    QKeyEvent alt(QEvent::KeyPress, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier, 64, 0, 0);
    QKeyEvent x(QEvent::KeyPress, Qt::Key_X, Qt::ControlModifier | Qt::AltModifier, 53, 0, 0, u"x"_s);
    for (QKeyEvent *event : {&ctrl, &alt, &x})
        QApplication::sendEvent(view, event);
    QCOMPARE(session.keys.size(), 3);
    session.keys.clear();
    other->setFocus(); // e.g. Alt+Tab away: the keys' releases never reach the view
    QTRY_VERIFY(!view->hasFocus());
    QCOMPARE(session.keys.size(), 3);
    for (const SentKey &key : std::as_const(session.keys))
        QVERIFY(!key.down);
    QVERIFY(session.keys.contains(SentKey{XKB_KEY_Control_L, false}));
    QVERIFY(session.keys.contains(SentKey{XKB_KEY_Alt_L, false}));
    QVERIFY(session.keys.contains(SentKey{XKB_KEY_x, false}));
}

void TestRemoteView::controlAltReleasesTheGrab()
{
    RecordingSession session;
    TestView view(&session);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithScreen(QSize(64, 48), qRgb(0, 0, 0));
    QSignalSpy grab(&view, &RemoteView::keyboardGrabChanged);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(5, 5)); // a click grabs
    QVERIFY(view.isKeyboardGrabbed());
    QKeyEvent ctrlDown(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier, 37, 0, 0);
    QKeyEvent altDown(QEvent::KeyPress, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier, 64, 0, 0);
    QKeyEvent altUp(QEvent::KeyRelease, Qt::Key_Alt, Qt::ControlModifier, 64, 0, 0);
    QKeyEvent ctrlUp(QEvent::KeyRelease, Qt::Key_Control, Qt::NoModifier, 37, 0, 0);
    for (QKeyEvent *event : {&ctrlDown, &altDown, &altUp, &ctrlUp})
        QApplication::sendEvent(&view, event);
    QVERIFY(!view.isKeyboardGrabbed());
    QCOMPARE(grab.size(), 2);

    // Ctrl+Alt+Del is not "Ctrl+Alt alone": the grab stays.
    view.setKeyboardGrabbed(true);
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::ControlModifier | Qt::AltModifier, 119, 0, 0);
    QKeyEvent delUp(QEvent::KeyRelease, Qt::Key_Delete, Qt::ControlModifier | Qt::AltModifier, 119, 0, 0);
    for (QKeyEvent *event : {&ctrlDown, &altDown, &del, &delUp, &altUp, &ctrlUp})
        QApplication::sendEvent(&view, event);
    QVERIFY(view.isKeyboardGrabbed());
    view.setKeyboardGrabbed(false);
}

void TestRemoteView::sendKeyCombinationPressesAndReleasesInOrder()
{
    RecordingSession session;
    TestView view(&session);
    session.connectWithScreen(QSize(64, 48), qRgb(0, 0, 0));
    view.sendKeyCombination({Qt::Key_Control, Qt::Key_Alt, Qt::Key_Delete});
    const QList<SentKey> expected{{XKB_KEY_Control_L, true}, {XKB_KEY_Alt_L, true}, {XKB_KEY_Delete, true},
                                  {XKB_KEY_Delete, false},   {XKB_KEY_Alt_L, false}, {XKB_KEY_Control_L, false}};
    QCOMPARE(session.keys, expected);
    session.keys.clear();
    view.sendKeyCombination({Qt::Key_Control, Qt::Key_Alt, Qt::Key_F7});
    QCOMPARE(session.keys.at(2), (SentKey{XKB_KEY_F7, true}));
    session.keys.clear();
    view.sendKeyCombination({Qt::Key_SysReq});
    QCOMPARE(session.keys.first(), (SentKey{XKB_KEY_Sys_Req, true}));
}

void TestRemoteView::repaintsOnlyDamage()
{
    RecordingSession session;
    TestView view(&session);
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.connectWithScreen(QSize(640, 480), qRgb(1, 2, 3));
    QTRY_VERIFY(view.paintedPixels() >= 640 * 480);
    const qint64 before = view.paintedPixels();
    Q_EMIT session.framebufferUpdated(QRegion(10, 10, 20, 5));
    QTRY_VERIFY(view.paintedPixels() > before);
    QCOMPARE(view.paintedPixels() - before, qint64(20 * 5));
    // And the pixels on screen are the framebuffer's.
    const QImage grabbed = view.grab().toImage();
    QCOMPARE(grabbed.pixel(15, 12) & 0xffffff, qRgb(1, 2, 3) & 0xffffff);
}

} // namespace VirtDeck

QTEST_MAIN(VirtDeck::TestRemoteView)
#include "tst_remoteview.moc"
