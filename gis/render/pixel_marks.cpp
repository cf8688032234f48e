#include "pixel_marks.h"

#include <algorithm>
#include <cmath>

namespace uo::render {

PixelMarks::PixelMarks(const QRect &area, int kinds)
    : m_area(area), m_seen(size_t(std::max(0, area.width())) * size_t(std::max(0, area.height())), 0),
      m_marks(kinds), m_counts(kinds, 0)
{
    Q_ASSERT(kinds > 0 && kinds <= 16);
}

bool PixelMarks::add(QPointF pixel, int kind)
{
    ++m_counts[kind];
    const double fx = std::floor(pixel.x()) - m_area.left();
    const double fy = std::floor(pixel.y()) - m_area.top();
    if (!(fx >= 0 && fy >= 0 && fx < m_area.width() && fy < m_area.height()))
        return false;
    quint16 &seen = m_seen[size_t(fy) * size_t(m_area.width()) + size_t(fx)];
    const quint16 bit = quint16(1u << kind);
    if (seen & bit)
        return false;
    seen |= bit;
    m_marks[kind].append(pixel);
    return true;
}

qint64 PixelMarks::markCount() const
{
    qint64 n = 0;
    for (const QPolygonF &marks : m_marks)
        n += marks.size();
    return n;
}

} // namespace uo::render
