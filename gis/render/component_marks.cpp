#include "gis/render/component_marks.h"

#include "core/store/component_points.h"
#include "gis/render/render_bands.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace uo::render {

namespace {
static_assert(map_style::kComponentKinds <= PixelMarks::kMaxKinds);

// The symbol kind of every (state, major class) pair: looked up, not worked out a million times.
const std::array<quint8, 64> &kindTable()
{
    static const std::array<quint8, 64> table = [] {
        std::array<quint8, 64> t{};
        for (int state = 0; state < 8; ++state)
            for (int major = 0; major < 8; ++major) {
                const bool defect = state == ComponentPoints::Damaged || state == ComponentPoints::Missing;
                t[size_t(state * 8 + major)] = quint8(map_style::componentKind(major, defect));
            }
        return t;
    }();
    return table;
}

QRect markArea(const MapViewport &viewport, int margin)
{
    const QSize size = viewport.size();
    return QRect(-margin, -margin, size.width() + 2 * margin, size.height() + 2 * margin);
}
} // namespace

ComponentMarks::ComponentMarks(const ComponentPoints &points, const MapViewport &viewport, int marginPixels,
                               const JobTicket &job)
    : m_marks(markArea(viewport, marginPixels))
{
    std::array<Counts, kRenderBands> bandCounts{};
    const QRect area = m_marks.area();
    runBands([&](int band) {
        const auto [top, bottom] = bandRows(area.top(), area.top() + area.height(), band);
        gather(points, viewport, top, bottom, bandCounts[size_t(band)], job);
    });
    for (const Counts &counts : bandCounts)
        for (size_t kind = 0; kind < m_counts.size(); ++kind)
            m_counts[kind] += counts[kind];
}

const QList<QList<QPoint>> &ComponentMarks::marksByKind() const
{
    // Asked for by both bands of a picture at once: whichever comes first gathers them.
    std::call_once(m_byKindOnce, [this] {
        m_byKind = m_marks.marksByKind(m_marks.area().top(), m_marks.area().top() + m_marks.area().height());
    });
    return m_byKind;
}

qint64 ComponentMarks::pointCount() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
}

QList<int> ComponentMarks::drawingOrder() const
{
    QList<int> order;
    for (int kind = 0; kind < map_style::kComponentKinds; ++kind)
        if (kind != map_style::kDefect)
            order.append(kind);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_counts[a] > m_counts[b]; });
    order.append(map_style::kDefect);
    return order;
}

void ComponentMarks::gather(const ComponentPoints &points, const MapViewport &viewport, int rowBegin,
                            int rowEnd, Counts &counts, const JobTicket &job)
{
    const QRect area = m_marks.area();
    if (rowBegin >= rowEnd || area.isEmpty() || points.size() == 0)
        return;
    // pixel = point * scale + offset, with y flipped: the points are metres from the origin, y up.
    const double scale = 1.0 / viewport.mapUnitsPerPixel();
    const QPointF origin = points.origin();
    const double offsetX = (origin.x() - viewport.centre().x()) * scale + viewport.size().width() / 2.0;
    const double offsetY = (viewport.centre().y() - origin.y()) * scale + viewport.size().height() / 2.0;
    // Truncation rounds towards zero; shifted by a whole number of pixels it floors every pixel that
    // can be in the area, and anything further off still lands outside it.
    constexpr double kShift = 1 << 24;
    const int left = area.left(), right = area.left() + area.width();
    const std::array<quint8, 64> &kinds = kindTable();

    const QPointF topLeft = viewport.toMap(QPointF(left, rowBegin));
    const QPointF bottomRight = viewport.toMap(QPointF(right, rowEnd));
    const double tile = ComponentPoints::kTileSize;
    const int firstRow = std::max(0, int(std::floor((bottomRight.y() - origin.y()) / tile)));
    const int lastRow = int(std::floor((topLeft.y() - origin.y()) / tile));
    // A row of tiles at a time, so that a cancelled render stops soon.
    for (int tileRow = firstRow; tileRow <= lastRow; ++tileRow) {
        if (!job.isCurrent())
            return;
        // Strictly inside one row of tiles, so that each tile is walked once.
        const QRectF strip(topLeft.x(), origin.y() + tileRow * tile + 1.0, bottomRight.x() - topLeft.x(),
                           tile - 2.0);
        points.forEachNear(strip, [&](const ComponentPoints::Point &p) {
            const int y = int(offsetY - p.y * scale + kShift) - int(kShift);
            if (y < rowBegin || y >= rowEnd)
                return;
            const int x = int(p.x * scale + offsetX + kShift) - int(kShift);
            if (x < left || x >= right)
                return;
            const int kind = kinds[size_t((p.state & 7) * 8 + (p.major & 7))];
            ++counts[size_t(kind)];
            m_marks.add(x, y, kind);
        });
    }
}

} // namespace uo::render
