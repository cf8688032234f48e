#pragma once

#include "gis/render/layer_style.h"

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>

namespace uo {

// The outline of a point symbol about `diameter` across, centred on `centre`: the map and the legend
// draw the same shapes. Shapes are sized to look as heavy as a disc of that diameter.
QPainterPath symbolPath(SymbolShape shape, const QPointF &centre, double diameter);

// A point symbol drawn once into a transparent square of device pixels, ready to be copied to many
// points (see mark_raster.h); `outlineWidth` 0 draws none.
QImage symbolSprite(SymbolShape shape, const QColor &fill, double diameter, const QColor &outline = QColor(),
                    double outlineWidth = 0);

} // namespace uo
