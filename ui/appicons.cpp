// SPDX-License-Identifier: GPL-2.0-or-later
#include "appicons.h"

#include <QFile>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

QIcon AppIcons::application()
{
    const QString id = QString::fromLatin1(ApplicationId);
    // The rendered PNGs for small sizes (hinted by rsvg), the SVG for everything larger.
    QIcon bundled;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        bundled.addFile(u":/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(id), QSize(size, size));
    bundled.addFile(u":/icons/app/%1.svg"_s.arg(id));
    return QIcon::fromTheme(id, bundled);
}

QIcon AppIcons::themed(const QString &name)
{
    const QString fallback = u":/icons/actions/%1.svg"_s.arg(name);
    return QIcon::fromTheme(name, QFile::exists(fallback) ? QIcon(fallback) : QIcon());
}

} // namespace VirtDeck
