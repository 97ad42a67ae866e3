// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QVector>

#include <array>

namespace VirtDeck {

// The last few percentages of one series, one byte each: 5000 guests with two graphs
// each cost 320 KiB, not a QVector<double> per cell.
class SparklineHistory
{
public:
    static constexpr int Capacity = 32;

    void push(float percent);
    void clear();
    int size() const { return m_size; }
    float latest() const;
    // True when every stored value (and so the drawn line) is the same.
    bool isFlat() const;
    // Oldest first.
    QVector<float> values() const;

private:
    std::array<quint8, Capacity> m_values{};
    quint8 m_head = 0; // next slot to write
    quint8 m_size = 0;
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::SparklineHistory)
