// SPDX-License-Identifier: GPL-2.0-or-later
#include "keysymmapper.h"

#include <QCoreApplication>
#include <QHash>
#include <QKeyEvent>

#include <xkbcommon/xkbcommon.h>

#include <memory>

namespace VirtDeck {

namespace {

struct StateDeleter {
    void operator()(xkb_state *state) const { xkb_state_unref(state); }
};

struct KeyName {
    int key;
    const char *name;
};

// Keys that produce no text, or whose text would name the wrong key.
constexpr KeyName SpecialKeys[] = {
    {Qt::Key_Escape, "Escape"},         {Qt::Key_Tab, "Tab"},
    {Qt::Key_Backtab, "ISO_Left_Tab"},  {Qt::Key_Backspace, "BackSpace"},
    {Qt::Key_Return, "Return"},         {Qt::Key_Enter, "KP_Enter"},
    {Qt::Key_Insert, "Insert"},         {Qt::Key_Delete, "Delete"},
    {Qt::Key_Pause, "Pause"},           {Qt::Key_Print, "Print"},
    {Qt::Key_SysReq, "Sys_Req"},        {Qt::Key_Clear, "Clear"},
    {Qt::Key_Home, "Home"},             {Qt::Key_End, "End"},
    {Qt::Key_Left, "Left"},             {Qt::Key_Up, "Up"},
    {Qt::Key_Right, "Right"},           {Qt::Key_Down, "Down"},
    {Qt::Key_PageUp, "Prior"},          {Qt::Key_PageDown, "Next"},
    {Qt::Key_Shift, "Shift_L"},         {Qt::Key_Control, "Control_L"},
    {Qt::Key_Meta, "Super_L"},          {Qt::Key_Alt, "Alt_L"},
    {Qt::Key_AltGr, "ISO_Level3_Shift"}, {Qt::Key_CapsLock, "Caps_Lock"},
    {Qt::Key_NumLock, "Num_Lock"},      {Qt::Key_ScrollLock, "Scroll_Lock"},
    {Qt::Key_Super_L, "Super_L"},       {Qt::Key_Super_R, "Super_R"},
    {Qt::Key_Hyper_L, "Hyper_L"},       {Qt::Key_Hyper_R, "Hyper_R"},
    {Qt::Key_Menu, "Menu"},             {Qt::Key_Help, "Help"},
    {Qt::Key_Multi_key, "Multi_key"},   {Qt::Key_Mode_switch, "Mode_switch"},
    {Qt::Key_Space, "space"},           {Qt::Key_Cancel, "Cancel"},
    {Qt::Key_Dead_Grave, "dead_grave"}, {Qt::Key_Dead_Acute, "dead_acute"},
    {Qt::Key_Dead_Circumflex, "dead_circumflex"}, {Qt::Key_Dead_Tilde, "dead_tilde"},
    {Qt::Key_Dead_Macron, "dead_macron"}, {Qt::Key_Dead_Breve, "dead_breve"},
    {Qt::Key_Dead_Abovedot, "dead_abovedot"}, {Qt::Key_Dead_Diaeresis, "dead_diaeresis"},
    {Qt::Key_Dead_Abovering, "dead_abovering"}, {Qt::Key_Dead_Doubleacute, "dead_doubleacute"},
    {Qt::Key_Dead_Caron, "dead_caron"}, {Qt::Key_Dead_Cedilla, "dead_cedilla"},
    {Qt::Key_Dead_Ogonek, "dead_ogonek"}, {Qt::Key_Dead_Iota, "dead_iota"},
    {Qt::Key_Dead_Voiced_Sound, "dead_voiced_sound"}, {Qt::Key_Dead_Semivoiced_Sound, "dead_semivoiced_sound"},
    {Qt::Key_Dead_Belowdot, "dead_belowdot"}, {Qt::Key_Dead_Hook, "dead_hook"},
    {Qt::Key_Dead_Horn, "dead_horn"},   {Qt::Key_Dead_Stroke, "dead_stroke"},
};

// With Qt::KeypadModifier: the keypad's own keysyms (num lock on and off).
constexpr KeyName KeypadKeys[] = {
    {Qt::Key_0, "KP_0"}, {Qt::Key_1, "KP_1"}, {Qt::Key_2, "KP_2"}, {Qt::Key_3, "KP_3"}, {Qt::Key_4, "KP_4"},
    {Qt::Key_5, "KP_5"}, {Qt::Key_6, "KP_6"}, {Qt::Key_7, "KP_7"}, {Qt::Key_8, "KP_8"}, {Qt::Key_9, "KP_9"},
    {Qt::Key_Asterisk, "KP_Multiply"}, {Qt::Key_Plus, "KP_Add"}, {Qt::Key_Minus, "KP_Subtract"},
    {Qt::Key_Period, "KP_Decimal"}, {Qt::Key_Comma, "KP_Separator"}, {Qt::Key_Slash, "KP_Divide"},
    {Qt::Key_Enter, "KP_Enter"}, {Qt::Key_Return, "KP_Enter"}, {Qt::Key_Equal, "KP_Equal"},
    {Qt::Key_Home, "KP_Home"}, {Qt::Key_End, "KP_End"}, {Qt::Key_Left, "KP_Left"}, {Qt::Key_Up, "KP_Up"},
    {Qt::Key_Right, "KP_Right"}, {Qt::Key_Down, "KP_Down"}, {Qt::Key_PageUp, "KP_Prior"},
    {Qt::Key_PageDown, "KP_Next"}, {Qt::Key_Insert, "KP_Insert"}, {Qt::Key_Delete, "KP_Delete"},
    {Qt::Key_Clear, "KP_Begin"},
};

QHash<int, quint32> buildTable(const KeyName *begin, const KeyName *end)
{
    QHash<int, quint32> table;
    for (const KeyName *entry = begin; entry != end; ++entry)
        table.insert(entry->key, xkb_keysym_from_name(entry->name, XKB_KEYSYM_NO_FLAGS));
    return table;
}

const QHash<int, quint32> &specialTable()
{
    static const QHash<int, quint32> table = [] {
        QHash<int, quint32> t = buildTable(std::begin(SpecialKeys), std::end(SpecialKeys));
        for (int i = 1; i <= 35; ++i)
            t.insert(Qt::Key_F1 + i - 1, xkb_keysym_from_name(QByteArray("F" + QByteArray::number(i)).constData(),
                                                              XKB_KEYSYM_NO_FLAGS));
        return t;
    }();
    return table;
}

const QHash<int, quint32> &keypadTable()
{
    static const QHash<int, quint32> table = buildTable(std::begin(KeypadKeys), std::end(KeypadKeys));
    return table;
}

} // namespace

void KeysymMapper::ContextDeleter::operator()(xkb_context *context) const
{
    xkb_context_unref(context);
}

void KeysymMapper::KeymapDeleter::operator()(xkb_keymap *keymap) const
{
    xkb_keymap_unref(keymap);
}

KeysymMapper::KeysymMapper() = default;
KeysymMapper::~KeysymMapper() = default;

bool KeysymMapper::setLayout(const QString &layout, const QString &variant, QString *error)
{
    m_keymap.reset();
    if (layout.isEmpty())
        return true;
    if (!m_context)
        m_context.reset(xkb_context_new(XKB_CONTEXT_NO_ENVIRONMENT_NAMES));
    if (!m_context) {
        if (error)
            *error = QCoreApplication::translate("VirtDeck::KeysymMapper", "Cannot start libxkbcommon.");
        return false;
    }
    const QByteArray layoutName = layout.toUtf8();
    const QByteArray variantName = variant.toUtf8();
    xkb_rule_names names{};
    names.rules = "evdev";
    names.model = "pc105";
    names.layout = layoutName.constData();
    names.variant = variant.isEmpty() ? nullptr : variantName.constData();
    m_keymap.reset(xkb_keymap_new_from_names(m_context.get(), &names, XKB_KEYMAP_COMPILE_NO_FLAGS));
    if (!m_keymap && error) {
        *error = QCoreApplication::translate("VirtDeck::KeysymMapper", "Unknown keyboard layout \"%1\" (is xkb-data installed?)")
                     .arg(layout);
    }
    return m_keymap != nullptr;
}

quint32 KeysymMapper::keysymForKeycode(quint32 keycode, bool shift, bool altGr) const
{
    if (!m_keymap || keycode < xkb_keymap_min_keycode(m_keymap.get()) || keycode > xkb_keymap_max_keycode(m_keymap.get()))
        return 0;
    const std::unique_ptr<xkb_state, StateDeleter> state(xkb_state_new(m_keymap.get()));
    if (!state)
        return 0;
    xkb_mod_mask_t mask = 0;
    const xkb_mod_index_t shiftIndex = xkb_keymap_mod_get_index(m_keymap.get(), XKB_MOD_NAME_SHIFT);
    // AltGr is ISO_Level3_Shift, on Mod5 in the evdev rules.
    const xkb_mod_index_t level3Index = xkb_keymap_mod_get_index(m_keymap.get(), "Mod5");
    if (shift && shiftIndex != XKB_MOD_INVALID)
        mask |= 1u << shiftIndex;
    if (altGr && level3Index != XKB_MOD_INVALID)
        mask |= 1u << level3Index;
    xkb_state_update_mask(state.get(), mask, 0, 0, 0, 0, 0);
    return xkb_state_key_get_one_sym(state.get(), keycode);
}

quint32 KeysymMapper::specialKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::KeypadModifier) {
        const auto it = keypadTable().constFind(key);
        if (it != keypadTable().constEnd())
            return it.value();
    }
    return specialTable().value(key, 0);
}

quint32 KeysymMapper::keysym(const QKeyEvent &event) const
{
    return keysym(event.key(), event.modifiers(), event.text(), event.nativeScanCode(), event.nativeVirtualKey());
}

quint32 KeysymMapper::keysym(int key, Qt::KeyboardModifiers modifiers, const QString &text, quint32 nativeScanCode,
                             quint32 nativeVirtualKey) const
{
    if (m_nativeIsKeysym && nativeVirtualKey != 0)
        return nativeVirtualKey;
    if (m_keymap && nativeScanCode != 0) {
        const bool altGr = modifiers & Qt::GroupSwitchModifier;
        if (const quint32 sym = keysymForKeycode(nativeScanCode, modifiers & Qt::ShiftModifier, altGr))
            return sym;
    }
    if (const quint32 sym = specialKey(key, modifiers))
        return sym;
    // The text the key produced: right for every layout, AltGr included. Control
    // characters (Ctrl+A gives "\x01") name no key: fall through to the key code.
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() == 1 && codePoints.first() >= 0x20 && codePoints.first() != 0x7f) {
        if (const quint32 sym = xkb_utf32_to_keysym(codePoints.first()))
            return sym;
    }
    if (key >= Qt::Key_A && key <= Qt::Key_Z) // Latin letters: lower case unless Shift
        return quint32(modifiers & Qt::ShiftModifier ? key : key - Qt::Key_A + 'a');
    if (key >= 0x20 && key <= 0xff)
        return quint32(key); // Latin-1 keysyms equal their code points
    if (key > 0xff && key < 0x01000000)
        return xkb_utf32_to_keysym(quint32(key));
    return 0;
}

quint32 KeysymMapper::keysymFromName(const char *name)
{
    return xkb_keysym_from_name(name, XKB_KEYSYM_NO_FLAGS);
}

QString KeysymMapper::keysymName(quint32 keysym)
{
    char buffer[64];
    const int length = xkb_keysym_get_name(keysym, buffer, sizeof buffer);
    return length > 0 ? QString::fromLatin1(buffer, qMin(length, int(sizeof buffer) - 1)) : QString();
}

} // namespace VirtDeck
