// SPDX-License-Identifier: GPL-2.0-or-later
#include "sparklinehistory.h"

#include <algorithm>
#include <cmath>

namespace VirtDeck {

void SparklineHistory::push(float percent)
{
    m_values[m_head] = quint8(std::lround(std::clamp(percent, 0.f, 100.f)));
    m_head = quint8((m_head + 1) % Capacity);
    if (m_size < Capacity)
        ++m_size;
}

void SparklineHistory::clear()
{
    m_head = 0;
    m_size = 0;
}

float SparklineHistory::latest() const
{
    if (m_size == 0)
        return 0;
    return m_values[(m_head + Capacity - 1) % Capacity];
}

bool SparklineHistory::isFlat() const
{
    const int start = (m_head + Capacity - m_size) % Capacity;
    for (int i = 1; i < m_size; ++i) {
        if (m_values[(start + i) % Capacity] != m_values[start])
            return false;
    }
    return true;
}

QVector<float> SparklineHistory::values() const
{
    QVector<float> out;
    out.reserve(m_size);
    const int start = (m_head + Capacity - m_size) % Capacity;
    for (int i = 0; i < m_size; ++i)
        out.append(m_values[(start + i) % Capacity]);
    return out;
}

} // namespace VirtDeck
