// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QMutex>
#include <QRegion>

namespace VirtDeck {

// The picture a remote display session hands to the GUI. The protocol thread decodes into
// a buffer of its own and, once per complete framebuffer update, copies only the damaged
// rectangles in here under the mutex; the GUI reads (paints) under the same mutex. So the
// GUI never sees half an update (no tearing) and never reads memory that a resize freed.
class SharedFramebuffer
{
public:
    SharedFramebuffer() = default;
    SharedFramebuffer(const SharedFramebuffer &) = delete;
    SharedFramebuffer &operator=(const SharedFramebuffer &) = delete;

    // Protocol thread. pixels: width x height 32-bit 0x??RRGGBB words, stride in bytes.
    // A new size reallocates and copies everything; otherwise only damage is copied.
    // Returns true when the size changed.
    bool publish(const uchar *pixels, int width, int height, qsizetype stride, const QRegion &damage);
    void clear();

    // Any thread. fn gets the current image (Format_RGB32) while the lock is held: keep it short.
    template<typename Fn>
    void read(Fn &&fn) const
    {
        QMutexLocker lock(&m_mutex);
        fn(static_cast<const QImage &>(m_image));
    }
    QImage copy() const;
    QSize size() const;

private:
    mutable QMutex m_mutex;
    QImage m_image;
};

} // namespace VirtDeck
