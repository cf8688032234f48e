#pragma once

#include "gis/render/layer_style.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace uo {

// One line of a map legend: a symbol swatch and what it stands for. The same items label the layer tree
// of the workstation and the legend of a PDF report, so both always match the map.
struct LegendItem
{
    enum class Symbol
    {
        Point, // `shape` filled with `fill`, outlined with `outline` when valid
        Line,  // a stroke of `fill`, cased in `outline` when valid (roads)
        Area,  // a rectangle filled with `fill`, edged with `outline`
    };

    QString table; // the map layer
    QString key;   // the class of the layer's style; empty for a layer drawn alike
    QString label; // translated into the language installed when the items were made
    Symbol symbol = Symbol::Point;
    SymbolShape shape = SymbolShape::Circle;
    QColor fill;
    QColor outline;
    double size = 8.0;    // pixels: point diameter, or line width
    double opacity = 1.0; // the layer's
    bool dashed = false;  // outline drawn dashed (street boundaries)
};

// The items of one layer's legend, in the order the legend lists them; a layer drawn in one colour has
// one item, labelled with the layer's title.
QList<LegendItem> legendItems(const LayerStyle &style);
// The items of every layer of `style` that is visible, top of the drawing order first.
QList<LegendItem> legendItems(const DistrictStyle &style);

// Draws the item's symbol centred in `box` (logical pixels, or points on a PDF): a symbol no larger than
// the box, so that swatches of one legend line up.
void paintLegendSymbol(QPainter &painter, const QRectF &box, const LegendItem &item);

} // namespace uo
