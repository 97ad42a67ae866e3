// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <Qt>

#include <memory>

class QKeyEvent;
struct xkb_context;
struct xkb_keymap;

namespace VirtDeck {

// Turns Qt key events into X11 keysyms (what RFB key events carry), with libxkbcommon.
// In order of preference:
//  1. the native virtual key, where the platform says it is a keysym (xcb, wayland): it
//     already reflects the user's layout, AltGr and dead keys exactly;
//  2. with a layout set (setLayout("de")), the key's scan code looked up in that keymap
//     with the Shift and AltGr state of the event;
//  3. a table for keys without text (function keys, keypad, modifiers, navigation, dead
//     keys), then the produced text (xkb_utf32_to_keysym: '@' -> at, 'é' -> eacute), then
//     the Qt key code itself.
// Returns 0 for keys it cannot map.
class KeysymMapper
{
public:
    KeysymMapper();
    ~KeysymMapper();
    KeysymMapper(const KeysymMapper &) = delete;
    KeysymMapper &operator=(const KeysymMapper &) = delete;

    void setNativeVirtualKeyIsKeysym(bool isKeysym) { m_nativeIsKeysym = isKeysym; }
    bool setLayout(const QString &layout, const QString &variant = {}, QString *error = nullptr);
    bool hasLayout() const { return m_keymap != nullptr; }

    quint32 keysym(const QKeyEvent &event) const;
    quint32 keysym(int key, Qt::KeyboardModifiers modifiers, const QString &text, quint32 nativeScanCode = 0,
                   quint32 nativeVirtualKey = 0) const;
    // The keysym the layout gives an evdev+8 (X11) keycode with Shift and/or AltGr held.
    quint32 keysymForKeycode(quint32 keycode, bool shift, bool altGr) const;

    static quint32 keysymFromName(const char *name);
    static QString keysymName(quint32 keysym);

private:
    struct ContextDeleter {
        void operator()(xkb_context *context) const;
    };
    struct KeymapDeleter {
        void operator()(xkb_keymap *keymap) const;
    };

    static quint32 specialKey(int key, Qt::KeyboardModifiers modifiers);

    bool m_nativeIsKeysym = false;
    std::unique_ptr<xkb_context, ContextDeleter> m_context;
    std::unique_ptr<xkb_keymap, KeymapDeleter> m_keymap;
};

} // namespace VirtDeck
