#include "gis/render/pixel_marks.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace uo::render {

namespace {
// Most pixels hold nothing when zoomed in: eight of them are tested at once.
quint64 word(const quint8 *p)
{
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
} // namespace

PixelMarks::PixelMarks(const QRect &area)
    : m_area(area), m_seen(size_t(std::max(0, area.width())) * size_t(std::max(0, area.height())), 0)
{
}

qint64 PixelMarks::markCount() const
{
    // Bits counted eight bytes at a time by halves, nibbles and bytes: the portable build has no
    // popcount instruction, and its library call would cost more than this.
    const auto bitsIn = [](quint64 w) {
        w -= (w >> 1) & 0x5555555555555555ull;
        w = (w & 0x3333333333333333ull) + ((w >> 2) & 0x3333333333333333ull);
        w = (w + (w >> 4)) & 0x0f0f0f0f0f0f0f0full;
        return int((w * 0x0101010101010101ull) >> 56);
    };
    qint64 n = 0;
    const size_t size = m_seen.size();
    size_t i = 0;
    for (; i + 8 <= size; i += 8)
        if (const quint64 w = word(m_seen.data() + i))
            n += bitsIn(w);
    for (; i < size; ++i)
        n += bitsIn(m_seen[i]);
    return n;
}

QList<QList<QPoint>> PixelMarks::marksByKind(int top, int bottom) const
{
    QList<QList<QPoint>> marks(kMaxKinds);
    top = std::max(top, m_area.top());
    bottom = std::min(bottom, m_area.top() + m_area.height());
    const int width = m_area.width();
    for (int y = top; y < bottom; ++y) {
        const quint8 *bits = row(y);
        for (int i = 0; i < width; ++i) {
            if (i + 8 <= width && word(bits + i) == 0) {
                i += 7;
                continue;
            }
            for (unsigned b = bits[i]; b; b &= b - 1)
                marks[std::countr_zero(b)].append(QPoint(m_area.left() + i, y));
        }
    }
    return marks;
}

} // namespace uo::render
