// SPDX-License-Identifier: GPL-2.0-or-later
#include "stateicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace VirtDeck {

namespace {

enum class Shape { Play, Pause, Stop, Cross, Moon, Dot, Ring, Save };

QIcon draw(Shape shape, QColor color)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal s = size;
        const qreal m = s * 0.15;
        switch (shape) {
        case Shape::Play: {
            QPainterPath path;
            path.moveTo(m * 1.5, m);
            path.lineTo(s - m, s / 2);
            path.lineTo(m * 1.5, s - m);
            path.closeSubpath();
            p.drawPath(path);
            break;
        }
        case Shape::Pause:
            p.drawRect(QRectF(m * 1.4, m, s * 0.22, s - 2 * m));
            p.drawRect(QRectF(s - m * 1.4 - s * 0.22, m, s * 0.22, s - 2 * m));
            break;
        case Shape::Stop:
            p.drawRoundedRect(QRectF(m, m, s - 2 * m, s - 2 * m), s * 0.1, s * 0.1);
            break;
        case Shape::Save:
            p.drawRoundedRect(QRectF(m, m, s - 2 * m, s - 2 * m), s * 0.1, s * 0.1);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(s * 0.3, m, s * 0.4, s * 0.3));
            break;
        case Shape::Cross:
            p.setPen(QPen(color, s * 0.18, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(m, m), QPointF(s - m, s - m));
            p.drawLine(QPointF(s - m, m), QPointF(m, s - m));
            break;
        case Shape::Moon:
            p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
            p.setCompositionMode(QPainter::CompositionMode_Clear);
            p.drawEllipse(QRectF(m + s * 0.3, m - s * 0.1, s - 2 * m, s - 2 * m));
            break;
        case Shape::Dot:
            p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
            break;
        case Shape::Ring:
            p.setPen(QPen(color, s * 0.14));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon cached(int key, Shape shape, QColor color)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, draw(shape, color));
    return *it;
}

} // namespace

QIcon StateIcons::forDomain(DomainState state, bool hasManagedSave)
{
    const int key = int(state) * 2 + (hasManagedSave ? 1 : 0);
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked:
        return cached(key, Shape::Play, QColor(0x2e, 0x9d, 0x3a));
    case DomainState::Paused:
        return cached(key, Shape::Pause, QColor(0xd8, 0x9b, 0x0e));
    case DomainState::ShuttingDown:
        return cached(key, Shape::Stop, QColor(0xd8, 0x9b, 0x0e));
    case DomainState::Crashed:
        return cached(key, Shape::Cross, QColor(0xc6, 0x28, 0x28));
    case DomainState::PmSuspended:
        return cached(key, Shape::Moon, QColor(0x3f, 0x6f, 0xb5));
    case DomainState::ShutOff:
        if (hasManagedSave)
            return cached(key, Shape::Save, QColor(0x3f, 0x6f, 0xb5));
        return cached(key, Shape::Stop, QColor(0x80, 0x80, 0x80));
    case DomainState::NoState:
        break;
    }
    return cached(key, Shape::Ring, QColor(0x80, 0x80, 0x80));
}

QIcon StateIcons::forConnection(ConnectionState state)
{
    const int key = 1000 + int(state);
    switch (state) {
    case ConnectionState::Connected:
        return cached(key, Shape::Dot, QColor(0x2e, 0x9d, 0x3a));
    case ConnectionState::Connecting:
    case ConnectionState::Lost:
        return cached(key, Shape::Ring, QColor(0xd8, 0x9b, 0x0e));
    case ConnectionState::Failed:
        return cached(key, Shape::Cross, QColor(0xc6, 0x28, 0x28));
    case ConnectionState::Disconnected:
        break;
    }
    return cached(key, Shape::Ring, QColor(0x80, 0x80, 0x80));
}

} // namespace VirtDeck
