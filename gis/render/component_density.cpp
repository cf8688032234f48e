#include "gis/render/component_density.h"

#include "core/store/component_points.h"
#include "gis/render/render_bands.h"

#include <QColor>
#include <algorithm>
#include <array>
#include <cmath>

namespace uo::render {

namespace {
// A street's dense core; more than that reads the same.
constexpr double kFullPerHectare = 600.0;
} // namespace

ComponentDensity::ComponentDensity(const ComponentPoints &points, const MapViewport &viewport,
                                   const JobTicket &job)
{
    const QSize size = viewport.size();
    m_cells = QSize((size.width() + kCellPixels - 1) / kCellPixels,
                    (size.height() + kCellPixels - 1) / kCellPixels);
    m_counts.fill(0, qsizetype(m_cells.width()) * m_cells.height());
    const double cellMetres = kCellPixels * viewport.mapUnitsPerPixel();
    m_cellHectares = cellMetres * cellMetres / 10000.0;
    const QRectF shown = viewport.visibleMapRect();
    const QPointF origin = points.origin();
    std::array<qint64, kRenderBands> counted{};
    runBands([&](int band) {
        // Each band counts the points of its rows of cells, walking only the tiles that meet them.
        const auto [first, last] = bandRows(0, m_cells.height(), band);
        const double top = shown.bottom() - first * cellMetres, bottom = shown.bottom() - last * cellMetres;
        const QRectF rows(QPointF(shown.left(), bottom), QPointF(shown.right(), top));
        qint64 n = 0, seen = 0;
        points.forEachNear(rows, [&](const ComponentPoints::Point &p) {
            if ((++seen & 0xffff) == 0 && !job.isCurrent())
                return;
            const double cx = (origin.x() + p.x - shown.left()) / cellMetres;
            const double cy = (shown.bottom() - (origin.y() + p.y)) / cellMetres;
            if (cx < 0 || cy < first || cx >= m_cells.width() || cy >= last)
                return;
            ++m_counts[qsizetype(cy) * m_cells.width() + qsizetype(cx)];
            ++n;
        });
        counted[size_t(band)] = n;
    });
    for (const qint64 n : counted)
        m_points += n;
}

double ComponentDensity::symbolCover(double dot) const
{
    constexpr quint32 kPixelsPerCell = kCellPixels * kCellPixels;
    double marks = 0;
    for (const quint32 n : m_counts)
        marks += std::min(n, kPixelsPerCell);
    const double pixels = double(m_cells.width()) * m_cells.height() * kPixelsPerCell;
    return pixels > 0 ? marks * dot * dot / pixels : 0.0;
}

QImage ComponentDensity::surface(const QColor &colour, double maxOpacity) const
{
    QImage image(m_cells, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const int w = m_cells.width(), h = m_cells.height();
    QList<float> density(m_counts.size());
    for (qsizetype i = 0; i < m_counts.size(); ++i)
        density[i] = float(m_counts[i] / m_cellHectares);
    // Spread over about 20 m: closer in, a cell is a few metres and holds one component or none, and a
    // surface of single cells would be speckle. Two box blurs, row then column, are near a Gaussian.
    const int radius = std::clamp(int(std::lround(20.0 / std::sqrt(m_cellHectares * 10000.0))), 0, 3);
    QList<float> spread(density.size());
    for (int pass = 0; pass < 2 && radius > 0; ++pass) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                float sum = 0;
                for (int dx = -radius; dx <= radius; ++dx)
                    sum += density[qsizetype(y) * w + std::clamp(x + dx, 0, w - 1)];
                spread[qsizetype(y) * w + x] = sum / float(2 * radius + 1);
            }
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                float sum = 0;
                for (int dy = -radius; dy <= radius; ++dy)
                    sum += spread[qsizetype(std::clamp(y + dy, 0, h - 1)) * w + x];
                density[qsizetype(y) * w + x] = sum / float(2 * radius + 1);
            }
    }
    // Opacity grows with the logarithm of the density, squared: a street's dense core and a quiet block
    // differ a hundredfold, and both must read, the street clearly darker. 256 steps of it, worked out
    // once: a picture has a hundred thousand cells.
    const double full = std::log1p(kFullPerHectare);
    std::array<QRgb, 256> rgbOf{};
    for (int i = 0; i < 256; ++i) {
        const double level = i / 255.0;
        QColor c = colour;
        c.setAlphaF(float(level * level * maxOpacity));
        rgbOf[size_t(i)] = qPremultiply(c.rgba());
    }
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const float d = density[qsizetype(y) * w + x];
            const int step = d <= 0.0f ? 0 : int(std::min(1.0, std::log1p(double(d)) / full) * 255.0 + 0.5);
            line[x] = rgbOf[size_t(step)];
        }
    }
    return image;
}

} // namespace uo::render
