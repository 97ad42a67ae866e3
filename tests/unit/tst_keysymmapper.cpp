// SPDX-License-Identifier: GPL-2.0-or-later
//
// KeysymMapper: a table of Qt key events and the X11 keysyms the console must send for
// them: letters, digits, shifted punctuation, function keys, keypad, modifiers, AltGr on a
// German layout and dead keys.

#include "keysymmapper.h"

#include <QKeyEvent>
#include <QTest>

#include <xkbcommon/xkbcommon-keysyms.h>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

class TestKeysymMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsQtKeyEvents_data();
    void mapsQtKeyEvents();
    void functionKeys();
    void germanLayoutThroughScanCodes_data();
    void germanLayoutThroughScanCodes();
    void nativeKeysymWinsWhenThePlatformGivesOne();
    void unknownKeysGiveZero();
};

void TestKeysymMapper::mapsQtKeyEvents_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("keysym");

    const int none = Qt::NoModifier;
    const int shift = Qt::ShiftModifier;
    const int keypad = Qt::KeypadModifier;
    const int altGr = Qt::GroupSwitchModifier;
    QTest::newRow("a") << int(Qt::Key_A) << none << u"a"_s << quint32(XKB_KEY_a);
    QTest::newRow("Shift+A") << int(Qt::Key_A) << shift << u"A"_s << quint32(XKB_KEY_A);
    QTest::newRow("Ctrl+A (text \\x01)") << int(Qt::Key_A) << int(Qt::ControlModifier) << u"\x01"_s << quint32(XKB_KEY_a);
    QTest::newRow("Ctrl+Shift+Z no text") << int(Qt::Key_Z) << int(Qt::ControlModifier | Qt::ShiftModifier) << QString()
                                          << quint32(XKB_KEY_Z);
    QTest::newRow("z") << int(Qt::Key_Z) << none << u"z"_s << quint32(XKB_KEY_z);
    QTest::newRow("0") << int(Qt::Key_0) << none << u"0"_s << quint32(XKB_KEY_0);
    QTest::newRow("9") << int(Qt::Key_9) << none << u"9"_s << quint32(XKB_KEY_9);
    QTest::newRow("!") << int(Qt::Key_Exclam) << shift << u"!"_s << quint32(XKB_KEY_exclam);
    QTest::newRow("@ (US Shift+2)") << int(Qt::Key_At) << shift << u"@"_s << quint32(XKB_KEY_at);
    QTest::newRow("#") << int(Qt::Key_NumberSign) << shift << u"#"_s << quint32(XKB_KEY_numbersign);
    QTest::newRow("$") << int(Qt::Key_Dollar) << shift << u"$"_s << quint32(XKB_KEY_dollar);
    QTest::newRow("%") << int(Qt::Key_Percent) << shift << u"%"_s << quint32(XKB_KEY_percent);
    QTest::newRow("^") << int(Qt::Key_AsciiCircum) << shift << u"^"_s << quint32(XKB_KEY_asciicircum);
    QTest::newRow("&") << int(Qt::Key_Ampersand) << shift << u"&"_s << quint32(XKB_KEY_ampersand);
    QTest::newRow("*") << int(Qt::Key_Asterisk) << shift << u"*"_s << quint32(XKB_KEY_asterisk);
    QTest::newRow("(") << int(Qt::Key_ParenLeft) << shift << u"("_s << quint32(XKB_KEY_parenleft);
    QTest::newRow("_") << int(Qt::Key_Underscore) << shift << u"_"_s << quint32(XKB_KEY_underscore);
    QTest::newRow("+") << int(Qt::Key_Plus) << shift << u"+"_s << quint32(XKB_KEY_plus);
    QTest::newRow("{") << int(Qt::Key_BraceLeft) << shift << u"{"_s << quint32(XKB_KEY_braceleft);
    QTest::newRow("|") << int(Qt::Key_Bar) << shift << u"|"_s << quint32(XKB_KEY_bar);
    QTest::newRow(":") << int(Qt::Key_Colon) << shift << u":"_s << quint32(XKB_KEY_colon);
    QTest::newRow("\"") << int(Qt::Key_QuoteDbl) << shift << u"\""_s << quint32(XKB_KEY_quotedbl);
    QTest::newRow("<") << int(Qt::Key_Less) << shift << u"<"_s << quint32(XKB_KEY_less);
    QTest::newRow("?") << int(Qt::Key_Question) << shift << u"?"_s << quint32(XKB_KEY_question);
    QTest::newRow("~") << int(Qt::Key_AsciiTilde) << shift << u"~"_s << quint32(XKB_KEY_asciitilde);
    QTest::newRow("-") << int(Qt::Key_Minus) << none << u"-"_s << quint32(XKB_KEY_minus);
    QTest::newRow("space") << int(Qt::Key_Space) << none << u" "_s << quint32(XKB_KEY_space);
    QTest::newRow("Return") << int(Qt::Key_Return) << none << u"\r"_s << quint32(XKB_KEY_Return);
    QTest::newRow("Tab") << int(Qt::Key_Tab) << none << u"\t"_s << quint32(XKB_KEY_Tab);
    QTest::newRow("Backspace") << int(Qt::Key_Backspace) << none << u"\b"_s << quint32(XKB_KEY_BackSpace);
    QTest::newRow("Escape") << int(Qt::Key_Escape) << none << u"\x1b"_s << quint32(XKB_KEY_Escape);
    QTest::newRow("Delete") << int(Qt::Key_Delete) << none << u"\x7f"_s << quint32(XKB_KEY_Delete);
    QTest::newRow("Left") << int(Qt::Key_Left) << none << QString() << quint32(XKB_KEY_Left);
    QTest::newRow("PageDown") << int(Qt::Key_PageDown) << none << QString() << quint32(XKB_KEY_Next);
    QTest::newRow("Print") << int(Qt::Key_Print) << none << QString() << quint32(XKB_KEY_Print);
    QTest::newRow("SysReq") << int(Qt::Key_SysReq) << none << QString() << quint32(XKB_KEY_Sys_Req);
    // Keypad: Qt reports the digit or the navigation key with KeypadModifier.
    QTest::newRow("KP 7") << int(Qt::Key_7) << keypad << u"7"_s << quint32(XKB_KEY_KP_7);
    QTest::newRow("KP 0") << int(Qt::Key_0) << keypad << u"0"_s << quint32(XKB_KEY_KP_0);
    QTest::newRow("KP +") << int(Qt::Key_Plus) << keypad << u"+"_s << quint32(XKB_KEY_KP_Add);
    QTest::newRow("KP -") << int(Qt::Key_Minus) << keypad << u"-"_s << quint32(XKB_KEY_KP_Subtract);
    QTest::newRow("KP *") << int(Qt::Key_Asterisk) << keypad << u"*"_s << quint32(XKB_KEY_KP_Multiply);
    QTest::newRow("KP /") << int(Qt::Key_Slash) << keypad << u"/"_s << quint32(XKB_KEY_KP_Divide);
    QTest::newRow("KP .") << int(Qt::Key_Period) << keypad << u"."_s << quint32(XKB_KEY_KP_Decimal);
    QTest::newRow("KP Enter") << int(Qt::Key_Enter) << keypad << u"\r"_s << quint32(XKB_KEY_KP_Enter);
    QTest::newRow("KP Home (num lock off)") << int(Qt::Key_Home) << keypad << QString() << quint32(XKB_KEY_KP_Home);
    QTest::newRow("KP Up (num lock off)") << int(Qt::Key_Up) << keypad << QString() << quint32(XKB_KEY_KP_Up);
    // Modifiers.
    QTest::newRow("Shift") << int(Qt::Key_Shift) << shift << QString() << quint32(XKB_KEY_Shift_L);
    QTest::newRow("Control") << int(Qt::Key_Control) << int(Qt::ControlModifier) << QString() << quint32(XKB_KEY_Control_L);
    QTest::newRow("Alt") << int(Qt::Key_Alt) << int(Qt::AltModifier) << QString() << quint32(XKB_KEY_Alt_L);
    QTest::newRow("Meta (Windows key)") << int(Qt::Key_Meta) << int(Qt::MetaModifier) << QString() << quint32(XKB_KEY_Super_L);
    QTest::newRow("AltGr") << int(Qt::Key_AltGr) << altGr << QString() << quint32(XKB_KEY_ISO_Level3_Shift);
    QTest::newRow("Caps Lock") << int(Qt::Key_CapsLock) << none << QString() << quint32(XKB_KEY_Caps_Lock);
    QTest::newRow("Num Lock") << int(Qt::Key_NumLock) << none << QString() << quint32(XKB_KEY_Num_Lock);
    // AltGr results as Qt reports them on a German layout (key and text of the result).
    QTest::newRow("de AltGr+Q = @") << int(Qt::Key_At) << altGr << u"@"_s << quint32(XKB_KEY_at);
    QTest::newRow("de AltGr+E = €") << int(Qt::Key_unknown) << altGr << u"€"_s << quint32(XKB_KEY_EuroSign);
    QTest::newRow("de AltGr+8 = [") << int(Qt::Key_BracketLeft) << altGr << u"["_s << quint32(XKB_KEY_bracketleft);
    QTest::newRow("de AltGr+ß = \\") << int(Qt::Key_Backslash) << altGr << u"\\"_s << quint32(XKB_KEY_backslash);
    // Non-US letters.
    QTest::newRow("ä") << int(Qt::Key_Adiaeresis) << none << u"ä"_s << quint32(XKB_KEY_adiaeresis);
    QTest::newRow("Ä") << int(Qt::Key_Adiaeresis) << shift << u"Ä"_s << quint32(XKB_KEY_Adiaeresis);
    QTest::newRow("ß") << int(Qt::Key_ssharp) << none << u"ß"_s << quint32(XKB_KEY_ssharp);
    QTest::newRow("é") << int(Qt::Key_Eacute) << none << u"é"_s << quint32(XKB_KEY_eacute);
    QTest::newRow("Cyrillic ж") << 0x0416 << none << u"ж"_s << quint32(XKB_KEY_Cyrillic_zhe);
    // Dead keys as Qt reports them (no text).
    QTest::newRow("dead acute") << int(Qt::Key_Dead_Acute) << none << QString() << quint32(XKB_KEY_dead_acute);
    QTest::newRow("dead grave") << int(Qt::Key_Dead_Grave) << shift << QString() << quint32(XKB_KEY_dead_grave);
    QTest::newRow("dead circumflex") << int(Qt::Key_Dead_Circumflex) << none << QString() << quint32(XKB_KEY_dead_circumflex);
    QTest::newRow("dead tilde") << int(Qt::Key_Dead_Tilde) << altGr << QString() << quint32(XKB_KEY_dead_tilde);
    QTest::newRow("dead diaeresis") << int(Qt::Key_Dead_Diaeresis) << shift << QString() << quint32(XKB_KEY_dead_diaeresis);
    QTest::newRow("dead cedilla") << int(Qt::Key_Dead_Cedilla) << none << QString() << quint32(XKB_KEY_dead_cedilla);
}

void TestKeysymMapper::mapsQtKeyEvents()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(quint32, keysym);
    KeysymMapper mapper;
    const QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers), text);
    const quint32 mapped = mapper.keysym(event);
    QVERIFY2(mapped == keysym, qPrintable(u"got %1 (0x%2), expected %3 (0x%4)"_s.arg(KeysymMapper::keysymName(mapped))
                                              .arg(mapped, 0, 16)
                                              .arg(KeysymMapper::keysymName(keysym))
                                              .arg(keysym, 0, 16)));
}

void TestKeysymMapper::functionKeys()
{
    KeysymMapper mapper;
    for (int i = 0; i < 12; ++i) {
        const QKeyEvent event(QEvent::KeyPress, Qt::Key_F1 + i, Qt::NoModifier);
        QCOMPARE(mapper.keysym(event), quint32(XKB_KEY_F1 + i));
    }
    const QKeyEvent f24(QEvent::KeyPress, Qt::Key_F24, Qt::NoModifier);
    QCOMPARE(mapper.keysym(f24), quint32(XKB_KEY_F24));
}

void TestKeysymMapper::germanLayoutThroughScanCodes_data()
{
    // X11 keycodes (evdev + 8) of a pc105 keyboard and what a German layout gives them.
    QTest::addColumn<quint32>("keycode");
    QTest::addColumn<bool>("shift");
    QTest::addColumn<bool>("altGr");
    QTest::addColumn<quint32>("keysym");
    QTest::newRow("Q") << 24u << false << false << quint32(XKB_KEY_q);
    QTest::newRow("AltGr+Q = @") << 24u << false << true << quint32(XKB_KEY_at);
    QTest::newRow("AltGr+E = €") << 26u << false << true << quint32(XKB_KEY_EuroSign);
    QTest::newRow("Z key gives y") << 29u << false << false << quint32(XKB_KEY_z);
    QTest::newRow("Y key gives z") << 52u << false << false << quint32(XKB_KEY_y);
    QTest::newRow("Shift+2 = \"") << 11u << true << false << quint32(XKB_KEY_quotedbl);
    QTest::newRow("AltGr+7 = {") << 16u << false << true << quint32(XKB_KEY_braceleft);
    QTest::newRow("ö") << 47u << false << false << quint32(XKB_KEY_odiaeresis);
    QTest::newRow("dead circumflex (key left of 1)") << 49u << false << false << quint32(XKB_KEY_dead_circumflex);
    QTest::newRow("dead acute (key left of Backspace)") << 21u << false << false << quint32(XKB_KEY_dead_acute);
    QTest::newRow("Shift+dead acute = dead grave") << 21u << true << false << quint32(XKB_KEY_dead_grave);
}

void TestKeysymMapper::germanLayoutThroughScanCodes()
{
    QFETCH(quint32, keycode);
    QFETCH(bool, shift);
    QFETCH(bool, altGr);
    QFETCH(quint32, keysym);
    KeysymMapper mapper;
    QString error;
    QVERIFY2(mapper.setLayout(u"de"_s, {}, &error), qPrintable(error));
    QCOMPARE(KeysymMapper::keysymName(mapper.keysymForKeycode(keycode, shift, altGr)), KeysymMapper::keysymName(keysym));
    // The same through a key event that carries only the scan code.
    Qt::KeyboardModifiers modifiers;
    modifiers.setFlag(Qt::ShiftModifier, shift);
    modifiers.setFlag(Qt::GroupSwitchModifier, altGr);
    const QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, modifiers, keycode, 0, 0);
    QCOMPARE(KeysymMapper::keysymName(mapper.keysym(event)), KeysymMapper::keysymName(keysym));
}

void TestKeysymMapper::nativeKeysymWinsWhenThePlatformGivesOne()
{
    KeysymMapper mapper;
    // xcb reports AltGr+Q on a German layout as Qt::Key_At with the keysym "at" native.
    const QKeyEvent event(QEvent::KeyPress, Qt::Key_At, Qt::GroupSwitchModifier, 24, XKB_KEY_at, 0, u"@"_s);
    mapper.setNativeVirtualKeyIsKeysym(true);
    QCOMPARE(mapper.keysym(event), quint32(XKB_KEY_at));
    const QKeyEvent rightShift(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, 62, XKB_KEY_Shift_R, 0);
    QCOMPARE(mapper.keysym(rightShift), quint32(XKB_KEY_Shift_R));
    mapper.setNativeVirtualKeyIsKeysym(false);
    QCOMPARE(mapper.keysym(rightShift), quint32(XKB_KEY_Shift_L)); // without it: the generic one
}

void TestKeysymMapper::unknownKeysGiveZero()
{
    KeysymMapper mapper;
    const QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier);
    QCOMPARE(mapper.keysym(event), 0u);
    QVERIFY(!mapper.setLayout(u"no-such-layout-xyz"_s));
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestKeysymMapper)
#include "tst_keysymmapper.moc"
