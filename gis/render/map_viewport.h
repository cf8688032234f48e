#pragma once

#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSize>

namespace uo {

// What part of the map a picture shows: a plain value, copied freely into render jobs. Map coordinates
// are in the store CRS (metres, y up); pixel coordinates are logical pixels of the output (y down),
// which the device pixel ratio turns into device pixels only when an image is allocated.
class MapViewport
{
public:
    // The scales a viewport accepts: from a few centimetres per pixel (a single manhole cover fills the
    // screen) to a whole province on one screen.
    static constexpr double kMinMapUnitsPerPixel = 0.005;
    static constexpr double kMaxMapUnitsPerPixel = 5000.0;

    MapViewport() = default;
    MapViewport(QPointF centre, double mapUnitsPerPixel, QSize size, double devicePixelRatio = 1.0);

    QPointF centre() const { return m_centre; }
    void setCentre(QPointF centre) { m_centre = centre; }
    double mapUnitsPerPixel() const { return m_mapUnitsPerPixel; }
    void setMapUnitsPerPixel(double mapUnitsPerPixel);
    QSize size() const { return m_size; }
    void setSize(QSize size) { m_size = size; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    void setDevicePixelRatio(double ratio) { m_devicePixelRatio = ratio > 0 ? ratio : 1.0; }
    // The output in device pixels: the size of the image a renderer fills.
    QSize deviceSize() const;

    bool isValid() const { return !m_size.isEmpty() && m_mapUnitsPerPixel > 0; }

    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
    QRectF toPixel(const QRectF &map) const;
    QRectF visibleMapRect() const;

    // The 1:N scale on a screen of the given resolution (logical dots per inch).
    double scaleDenominator(double dpi = 96.0) const;

    // Zooms by `factor` (> 1 zooms in) keeping the map point under `pixel` where it is.
    void zoomAt(QPointF pixel, double factor);
    // Moves the map with the pointer: the map follows a drag of `pixelDelta`.
    void panByPixels(QPointF pixelDelta);
    // Shows all of `mapRect`, centred, with `margin` (a fraction of the size) left around it.
    void fit(const QRectF &mapRect, double margin = 0.03);

    friend bool operator==(const MapViewport &a, const MapViewport &b)
    {
        return a.m_centre == b.m_centre && a.m_mapUnitsPerPixel == b.m_mapUnitsPerPixel &&
               a.m_size == b.m_size && a.m_devicePixelRatio == b.m_devicePixelRatio;
    }
    friend bool operator!=(const MapViewport &a, const MapViewport &b) { return !(a == b); }

private:
    QPointF m_centre;
    double m_mapUnitsPerPixel = 1.0;
    QSize m_size;
    double m_devicePixelRatio = 1.0;
};

} // namespace uo

Q_DECLARE_METATYPE(uo::MapViewport)
