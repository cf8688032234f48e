#pragma once

#include "core/store/geometry_blob.h"
#include "gis/basemap/basemap_raster.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <memory>

class QPainter;

namespace uo {
struct DistrictStyle;
class MapSnapshot;
class MapViewport;
} // namespace uo

namespace uo::report {

// A map on a page: the district drawn by the same MapRenderer as the screen, at a 1:N scale, with a
// scale bar, a north arrow and, when asked, a grid of store coordinates labelled along the edges.
struct MapFrameSpec
{
    std::shared_ptr<const MapSnapshot> snapshot;
    // The district's look, as the screen draws it; the bureau's defaults when null.
    std::shared_ptr<const DistrictStyle> style;
    QSet<QString> layers; // the style's visible layers when empty
    // Drawn under the layers, bottom first; a printout may fetch tiles its cache lacks.
    QList<Basemap> basemaps;
    BasemapRaster::Network basemapNetwork = BasemapRaster::Network::CacheOnly;
    QPointF centre;      // store CRS
    double scale = 5000; // the N of 1:N on paper
    bool grid = false;
    // Drawn over the map in a strong outline: the segment or permit a sheet is about.
    QList<Geometry> highlights;
};

class MapFrame
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::MapFrame)

public:
    // Map units (metres) per point of paper at 1:N.
    static double metresPerPoint(double scale);
    // The viewport the renderer draws `spec` into a frame of `frame` points with: 96 "pixels" per inch,
    // the screen's, so that symbols and labels have the size they have on screen at the same scale.
    static MapViewport viewport(const MapFrameSpec &spec, const QSizeF &frame, double devicePixelRatio = 1.0);
    // The smallest round scale (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6 or 7.5 times a power of ten) at which
    // `mapRect`, grown by `margin` of its size on each side, fits a frame of `frame` points.
    static double fitScale(const QRectF &mapRect, const QSizeF &frame, double margin = 0.08);
    // A round length (1, 2 or 5 times a power of ten) no longer than `atMost`.
    static double roundLength(double atMost);

    // Draws the map and its furniture into `frame` (points). On a vector device (PDF) every layer stays
    // vector; on an image the renderer draws pixels at the image's resolution.
    static void paint(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec);

    static QString scaleText(double scale); // "1:5,000"
    // The colour a highlighted segment or permit is outlined in.
    static QColor highlightColour();
    static QString lengthText(double metres); // "500 m", "2 km"

private:
    static void paintMap(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec);
    static void paintHighlights(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec);
    static void paintGrid(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec);
    static void paintScaleBar(QPainter &painter, const QRectF &frame, const MapFrameSpec &spec);
    static void paintNorthArrow(QPainter &painter, const QRectF &frame);
};

} // namespace uo::report
