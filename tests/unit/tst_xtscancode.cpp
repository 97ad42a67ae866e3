// SPDX-License-Identifier: GPL-2.0-or-later
//
// The evdev -> XT (PC set 1) table behind QEMU extended key events, the encoding QEMU wants
// on the wire, the Send key menu's keys, and what VncView sends for a key event: the
// physical key's scan code next to the keysym.

#include "vncview.h"
#include "xtscancode.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

#include <linux/input-event-codes.h>
#include <xkbcommon/xkbcommon-keysyms.h>

namespace VirtDeck {

namespace {

// VncView's key mapping, reachable from the test.
class ProbeView : public VncView
{
public:
    using VncView::keyCode;
    using VncView::keyCodeForQtKey;
};

} // namespace

class TestXtScancode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evdevToXt_data();
    void evdevToXt();
    void everyMappedKeyIsUniqueAndEncodable();
    void qemuEncoding();
    void sendKeyMenuKeys();
    void viewSendsScancodeWithKeysym();
};

void TestXtScancode::evdevToXt_data()
{
    QTest::addColumn<quint32>("evdev");
    QTest::addColumn<quint32>("xt");
    QTest::newRow("Escape") << quint32(KEY_ESC) << 0x01u;
    QTest::newRow("A") << quint32(KEY_A) << 0x1eu;
    QTest::newRow("Z") << quint32(KEY_Z) << 0x2cu;
    QTest::newRow("Left Ctrl") << quint32(KEY_LEFTCTRL) << 0x1du;
    QTest::newRow("Right Ctrl") << quint32(KEY_RIGHTCTRL) << 0xe01du;
    QTest::newRow("keypad Enter") << quint32(KEY_KPENTER) << 0xe01cu;
    QTest::newRow("Enter") << quint32(KEY_ENTER) << 0x1cu;
    QTest::newRow("keypad /") << quint32(KEY_KPSLASH) << 0xe035u;
    QTest::newRow("keypad .") << quint32(KEY_KPDOT) << 0x53u;
    QTest::newRow("ISO <> key") << quint32(KEY_102ND) << 0x56u;
    QTest::newRow("F10") << quint32(KEY_F10) << 0x44u;
    QTest::newRow("F11") << quint32(KEY_F11) << 0x57u;
    QTest::newRow("F12") << quint32(KEY_F12) << 0x58u;
    QTest::newRow("Right Alt (AltGr)") << quint32(KEY_RIGHTALT) << 0xe038u;
    QTest::newRow("Delete") << quint32(KEY_DELETE) << 0xe053u;
    QTest::newRow("Up") << quint32(KEY_UP) << 0xe048u;
    QTest::newRow("Left Meta") << quint32(KEY_LEFTMETA) << 0xe05bu;
    QTest::newRow("Menu") << quint32(KEY_COMPOSE) << 0xe05du;
    QTest::newRow("Print Screen") << quint32(KEY_SYSRQ) << 0xe037u;
    QTest::newRow("Pause") << quint32(KEY_PAUSE) << 0xe046u;
    QTest::newRow("Japanese Ro") << quint32(KEY_RO) << 0x73u;
    QTest::newRow("Yen") << quint32(KEY_YEN) << 0x7du;
    QTest::newRow("none: 0") << 0u << 0u;
    QTest::newRow("none: 84 (unused)") << 84u << 0u;
    QTest::newRow("none: KEY_MACRO") << quint32(KEY_MACRO) << 0u;
    QTest::newRow("none: beyond") << 0x2ffu << 0u;
}

void TestXtScancode::evdevToXt()
{
    QFETCH(quint32, evdev);
    QFETCH(quint32, xt);
    QCOMPARE(XtScancode::fromEvdev(evdev), xt);
}

void TestXtScancode::everyMappedKeyIsUniqueAndEncodable()
{
    // Two keys on one scan code would type the wrong one in the guest.
    QHash<quint32, quint32> seen;
    for (quint32 evdev = 0; evdev < 0x300; ++evdev) {
        const quint32 xt = XtScancode::fromEvdev(evdev);
        if (xt == 0)
            continue;
        QVERIFY2(!seen.contains(xt), qPrintable(QStringLiteral("evdev %1 and %2 share XT %3").arg(seen.value(xt)).arg(evdev).arg(xt, 0, 16)));
        seen.insert(xt, evdev);
        QVERIFY2(XtScancode::toQemuKeycode(xt) != 0, qPrintable(QStringLiteral("XT %1 has no QEMU code").arg(xt, 0, 16)));
    }
    QVERIFY(seen.size() >= 130);
}

void TestXtScancode::qemuEncoding()
{
    QCOMPARE(XtScancode::toQemuKeycode(0x1e), 0x1eu);
    QCOMPARE(XtScancode::toQemuKeycode(0xe01d), 0x9du); // extended: high bit of the low byte
    QCOMPARE(XtScancode::toQemuKeycode(0xe01c), 0x9cu);
    QCOMPARE(XtScancode::toQemuKeycode(0xe046), 0xc6u); // QEMU's Pause
    QCOMPARE(XtScancode::toQemuKeycode(0), 0u);
    QCOMPARE(XtScancode::toQemuKeycode(0x80), 0u);     // a break code is no key
    QCOMPARE(XtScancode::toQemuKeycode(0xe11d), 0u);
}

void TestXtScancode::sendKeyMenuKeys()
{
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Control), 0x1du);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Alt), 0x38u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Delete), 0xe053u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Backspace), 0x0eu);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_F1), 0x3bu);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_F7), 0x41u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_F12), 0x58u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Print), 0xe037u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_SysReq), 0x54u); // Alt+Print Screen
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_Escape), 0x01u);
    QCOMPARE(XtScancode::fromQtKey(Qt::Key_A), 0u); // depends on the layout: keysym only
}

void TestXtScancode::viewSendsScancodeWithKeysym()
{
    ProbeView view;
    view.setNativeScanCodesAreEvdev(true); // as on xcb: X11 key code = evdev + 8
    // German layout, the key right of T (US "y", German "z"): the keysym says z, the scan
    // code says which key, so a guest with its own German layout types z as well.
    const QKeyEvent z(QEvent::KeyPress, Qt::Key_Z, Qt::NoModifier, KEY_Y + 8, XKB_KEY_z, 0, QStringLiteral("z"));
    QCOMPARE(view.keyCode(z), (RemoteKey{XKB_KEY_z, 0x15}));
    const QKeyEvent rightCtrl(QEvent::KeyPress, Qt::Key_Control, Qt::ControlModifier, KEY_RIGHTCTRL + 8, XKB_KEY_Control_R, 0);
    QCOMPARE(view.keyCode(rightCtrl).scancode, 0xe01du);
    const QKeyEvent kpEnter(QEvent::KeyPress, Qt::Key_Enter, Qt::KeypadModifier, KEY_KPENTER + 8, XKB_KEY_KP_Enter, 0);
    QCOMPARE(view.keyCode(kpEnter).scancode, 0xe01cu);

    // The Send key menu: keysym and scan code for every key of the combination.
    QCOMPARE(view.keyCodeForQtKey(Qt::Key_Delete), (RemoteKey{XKB_KEY_Delete, 0xe053}));
    QCOMPARE(view.keyCodeForQtKey(Qt::Key_Control), (RemoteKey{XKB_KEY_Control_L, 0x1d}));

    // A platform whose scan codes are not evdev's: no scan code, the keysym decides.
    view.setNativeScanCodesAreEvdev(false);
    QCOMPARE(view.keyCode(z).scancode, 0u);
    QVERIFY(view.keyCode(z).keysym != 0);
}

} // namespace VirtDeck

QTEST_MAIN(VirtDeck::TestXtScancode)
#include "tst_xtscancode.moc"
