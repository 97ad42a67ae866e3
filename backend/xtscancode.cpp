// SPDX-License-Identifier: GPL-2.0-or-later
#include "xtscancode.h"

#include <QHash>
#include <Qt>

#include <linux/input-event-codes.h>

namespace VirtDeck {

namespace {

struct Pair {
    quint32 evdev;
    quint32 xt;
};

// Keys above KEY_KPDOT. Up to KEY_KPDOT (83) the evdev codes were taken from set 1 and
// equal their XT make codes. The extended keys carry the 0xe0 prefix; Pause is QEMU's
// 0xe046 (its PS/2 emulation sends the real E1 sequence for it); Print Screen is its plain
// make code e0 37 (Alt+Print, SysRq, is 0x54: see fromQtKey).
constexpr Pair Extended[] = {
    {KEY_ZENKAKUHANKAKU, 0x76}, {KEY_102ND, 0x56},        {KEY_F11, 0x57},          {KEY_F12, 0x58},
    {KEY_RO, 0x73},             {KEY_KATAKANA, 0x78},     {KEY_HIRAGANA, 0x77},     {KEY_HENKAN, 0x79},
    {KEY_KATAKANAHIRAGANA, 0x70}, {KEY_MUHENKAN, 0x7b},   {KEY_KPJPCOMMA, 0x5c},
    {KEY_KPENTER, 0xe01c},      {KEY_RIGHTCTRL, 0xe01d},  {KEY_KPSLASH, 0xe035},    {KEY_SYSRQ, 0xe037},
    {KEY_RIGHTALT, 0xe038},     {KEY_HOME, 0xe047},       {KEY_UP, 0xe048},         {KEY_PAGEUP, 0xe049},
    {KEY_LEFT, 0xe04b},         {KEY_RIGHT, 0xe04d},      {KEY_END, 0xe04f},        {KEY_DOWN, 0xe050},
    {KEY_PAGEDOWN, 0xe051},     {KEY_INSERT, 0xe052},     {KEY_DELETE, 0xe053},     {KEY_MUTE, 0xe020},
    {KEY_VOLUMEDOWN, 0xe02e},   {KEY_VOLUMEUP, 0xe030},   {KEY_POWER, 0xe05e},      {KEY_KPEQUAL, 0x59},
    {KEY_PAUSE, 0xe046},        {KEY_KPCOMMA, 0x7e},      {KEY_YEN, 0x7d},          {KEY_LEFTMETA, 0xe05b},
    {KEY_RIGHTMETA, 0xe05c},    {KEY_COMPOSE, 0xe05d},    {KEY_STOP, 0xe068},       {KEY_CALC, 0xe021},
    {KEY_SLEEP, 0xe05f},        {KEY_WAKEUP, 0xe063},     {KEY_MAIL, 0xe06c},       {KEY_BOOKMARKS, 0xe066},
    {KEY_COMPUTER, 0xe06b},     {KEY_BACK, 0xe06a},       {KEY_FORWARD, 0xe069},    {KEY_NEXTSONG, 0xe019},
    {KEY_PLAYPAUSE, 0xe022},    {KEY_PREVIOUSSONG, 0xe010}, {KEY_STOPCD, 0xe024},   {KEY_HOMEPAGE, 0xe032},
    {KEY_REFRESH, 0xe067},      {KEY_SEARCH, 0xe065},     {KEY_MEDIA, 0xe06d},
};

struct QtPair {
    int key;
    quint32 evdev;
};

// Keys that sit in the same place on every layout.
constexpr QtPair QtKeys[] = {
    {Qt::Key_Escape, KEY_ESC},         {Qt::Key_Tab, KEY_TAB},           {Qt::Key_Backspace, KEY_BACKSPACE},
    {Qt::Key_Return, KEY_ENTER},       {Qt::Key_Enter, KEY_KPENTER},     {Qt::Key_Insert, KEY_INSERT},
    {Qt::Key_Delete, KEY_DELETE},      {Qt::Key_Pause, KEY_PAUSE},       {Qt::Key_Print, KEY_SYSRQ},
    {Qt::Key_Home, KEY_HOME},          {Qt::Key_End, KEY_END},           {Qt::Key_Left, KEY_LEFT},
    {Qt::Key_Up, KEY_UP},              {Qt::Key_Right, KEY_RIGHT},       {Qt::Key_Down, KEY_DOWN},
    {Qt::Key_PageUp, KEY_PAGEUP},      {Qt::Key_PageDown, KEY_PAGEDOWN}, {Qt::Key_Shift, KEY_LEFTSHIFT},
    {Qt::Key_Control, KEY_LEFTCTRL},   {Qt::Key_Meta, KEY_LEFTMETA},     {Qt::Key_Alt, KEY_LEFTALT},
    {Qt::Key_AltGr, KEY_RIGHTALT},     {Qt::Key_CapsLock, KEY_CAPSLOCK}, {Qt::Key_NumLock, KEY_NUMLOCK},
    {Qt::Key_ScrollLock, KEY_SCROLLLOCK}, {Qt::Key_Super_L, KEY_LEFTMETA}, {Qt::Key_Super_R, KEY_RIGHTMETA},
    {Qt::Key_Menu, KEY_COMPOSE},       {Qt::Key_Space, KEY_SPACE},
    {Qt::Key_F1, KEY_F1},   {Qt::Key_F2, KEY_F2},   {Qt::Key_F3, KEY_F3},   {Qt::Key_F4, KEY_F4},
    {Qt::Key_F5, KEY_F5},   {Qt::Key_F6, KEY_F6},   {Qt::Key_F7, KEY_F7},   {Qt::Key_F8, KEY_F8},
    {Qt::Key_F9, KEY_F9},   {Qt::Key_F10, KEY_F10}, {Qt::Key_F11, KEY_F11}, {Qt::Key_F12, KEY_F12},
};

} // namespace

quint32 XtScancode::fromEvdev(quint32 evdev)
{
    if (evdev >= KEY_ESC && evdev <= KEY_KPDOT)
        return evdev;
    static const QHash<quint32, quint32> table = [] {
        QHash<quint32, quint32> t;
        for (const Pair &pair : Extended)
            t.insert(pair.evdev, pair.xt);
        return t;
    }();
    return table.value(evdev, 0);
}

quint32 XtScancode::fromQtKey(int key)
{
    if (key == Qt::Key_SysReq)
        return 0x54; // what the keyboard sends for Print Screen while Alt is held
    static const QHash<int, quint32> table = [] {
        QHash<int, quint32> t;
        for (const QtPair &pair : QtKeys)
            t.insert(pair.key, pair.evdev);
        return t;
    }();
    const auto it = table.constFind(key);
    return it == table.constEnd() ? 0 : fromEvdev(it.value());
}

quint32 XtScancode::toQemuKeycode(quint32 xt)
{
    if (xt > 0 && xt < 0x80)
        return xt;
    if ((xt & 0xff80) == 0xe000)
        return 0x80 | (xt & 0x7f);
    return 0;
}

} // namespace VirtDeck
