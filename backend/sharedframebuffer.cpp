// SPDX-License-Identifier: GPL-2.0-or-later
#include "sharedframebuffer.h"

#include <cstring>

namespace VirtDeck {

bool SharedFramebuffer::publish(const uchar *pixels, int width, int height, qsizetype stride, const QRegion &damage)
{
    QMutexLocker lock(&m_mutex);
    const bool resized = m_image.width() != width || m_image.height() != height;
    QRegion region = damage;
    if (resized) {
        m_image = QImage(width, height, QImage::Format_RGB32);
        region = QRegion(0, 0, width, height);
    }
    if (m_image.isNull())
        return resized;
    const QRect bounds(0, 0, width, height);
    for (const QRect &r : region) {
        const QRect rect = r & bounds;
        if (rect.isEmpty())
            continue;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            const auto *src = reinterpret_cast<const quint32 *>(pixels + y * stride) + rect.left();
            auto *dst = reinterpret_cast<quint32 *>(m_image.scanLine(y)) + rect.left();
            // Format_RGB32 wants 0xff in the top byte; the wire format leaves it undefined.
            for (int x = 0; x < rect.width(); ++x)
                dst[x] = src[x] | 0xff000000u;
        }
    }
    return resized;
}

void SharedFramebuffer::clear()
{
    QMutexLocker lock(&m_mutex);
    m_image = QImage();
}

QImage SharedFramebuffer::copy() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.copy();
}

QSize SharedFramebuffer::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.size();
}

} // namespace VirtDeck
