#include "gis/render/map_viewport.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace uo {

namespace {
constexpr double kMetresPerInch = 0.0254;
}

MapViewport::MapViewport(QPointF centre, double mapUnitsPerPixel, QSize size, double devicePixelRatio)
    : m_centre(centre), m_size(size)
{
    setMapUnitsPerPixel(mapUnitsPerPixel);
    setDevicePixelRatio(devicePixelRatio);
}

void MapViewport::setMapUnitsPerPixel(double mapUnitsPerPixel)
{
    if (!(mapUnitsPerPixel > 0) || !std::isfinite(mapUnitsPerPixel))
        return;
    m_mapUnitsPerPixel = std::clamp(mapUnitsPerPixel, kMinMapUnitsPerPixel, kMaxMapUnitsPerPixel);
}

QSize MapViewport::deviceSize() const
{
    return QSize(qCeil(m_size.width() * m_devicePixelRatio), qCeil(m_size.height() * m_devicePixelRatio));
}

QPointF MapViewport::toPixel(QPointF map) const
{
    return QPointF((map.x() - m_centre.x()) / m_mapUnitsPerPixel + m_size.width() / 2.0,
                   (m_centre.y() - map.y()) / m_mapUnitsPerPixel + m_size.height() / 2.0);
}

QPointF MapViewport::toMap(QPointF pixel) const
{
    return QPointF(m_centre.x() + (pixel.x() - m_size.width() / 2.0) * m_mapUnitsPerPixel,
                   m_centre.y() - (pixel.y() - m_size.height() / 2.0) * m_mapUnitsPerPixel);
}

QRectF MapViewport::toPixel(const QRectF &map) const
{
    // A map rect's top() is its smallest y, which is the bottom on screen.
    return QRectF(toPixel(QPointF(map.left(), map.bottom())), toPixel(QPointF(map.right(), map.top())));
}

QRectF MapViewport::visibleMapRect() const
{
    const double w = m_size.width() * m_mapUnitsPerPixel;
    const double h = m_size.height() * m_mapUnitsPerPixel;
    return QRectF(m_centre.x() - w / 2.0, m_centre.y() - h / 2.0, w, h);
}

double MapViewport::scaleDenominator(double dpi) const
{
    return m_mapUnitsPerPixel * dpi / kMetresPerInch;
}

void MapViewport::zoomAt(QPointF pixel, double factor)
{
    if (!(factor > 0))
        return;
    const QPointF anchor = toMap(pixel);
    setMapUnitsPerPixel(m_mapUnitsPerPixel / factor);
    // Put the anchor back under the pixel it was under.
    const QPointF drift = toMap(pixel) - anchor;
    m_centre -= drift;
}

void MapViewport::panByPixels(QPointF pixelDelta)
{
    m_centre += QPointF(-pixelDelta.x() * m_mapUnitsPerPixel, pixelDelta.y() * m_mapUnitsPerPixel);
}

void MapViewport::fit(const QRectF &mapRect, double margin)
{
    if (m_size.isEmpty() || mapRect.width() < 0 || mapRect.height() < 0)
        return;
    m_centre = mapRect.center();
    const double usable = std::max(0.1, 1.0 - 2.0 * margin);
    const double perPixel =
        std::max(mapRect.width() / (m_size.width() * usable), mapRect.height() / (m_size.height() * usable));
    // A single point has no size to fit: it is centred at the current scale.
    if (perPixel > 0)
        setMapUnitsPerPixel(perPixel);
}

} // namespace uo
