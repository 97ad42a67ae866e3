// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace VirtDeck {

// Icons that look right on any desktop: the desktop theme's icon when it has one (Breeze,
// Adwaita…), else the one bundled under :/icons (SVG, sharp at any scale factor).
struct AppIcons
{
    static constexpr const char *ApplicationId = "io.github.virtdeck.VirtDeck";

    static QIcon application();
    // A freedesktop icon name (media-playback-start, edit-delete…); the bundled fallback is
    // :/icons/actions/<name>.svg.
    static QIcon themed(const QString &name);
};

} // namespace VirtDeck
