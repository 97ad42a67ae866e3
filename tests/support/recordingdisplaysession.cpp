// SPDX-License-Identifier: GPL-2.0-or-later
#include "recordingdisplaysession.h"

namespace VirtDeck::Test {

void RecordingDisplaySession::connectWithImage(const QImage &image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    const_cast<SharedFramebuffer &>(framebuffer()).publish(pixels.constBits(), pixels.width(), pixels.height(),
                                                           pixels.bytesPerLine(), QRegion(pixels.rect()));
    setState(State::Connected, {});
    Q_EMIT framebufferResized(pixels.size());
    Q_EMIT framebufferUpdated(QRegion(pixels.rect()));
}

void RecordingDisplaySession::connectWithScreen(const QSize &size, QRgb colour)
{
    QImage pixels(size, QImage::Format_RGB32);
    pixels.fill(colour);
    connectWithImage(pixels);
}

} // namespace VirtDeck::Test
