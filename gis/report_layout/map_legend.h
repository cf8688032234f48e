#pragma once

#include "gis/render/legend.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace uo {
struct DistrictStyle;
}

namespace uo::report {

// The legend of a report's map: the items of gis/render/legend.h, the same as the workstation's layer
// tree shows, laid out in columns under a title.
class MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::MapLegend)

public:
    // The items of the layers in `layers`, or of the style's visible layers when it is empty; the top
    // of the drawing order first. At a 1:`scale` where the components are a density surface, they have
    // the surface's one line instead of their classes' (0: the classes').
    static QList<LegendItem> entries(const DistrictStyle &style, const QSet<QString> &layers,
                                     double scale = 0);
    // The height `entryCount` items take in `columns` columns.
    static double height(int entryCount, int columns);
    // Draws the legend, titled, into `area` (points) in as many columns as it is wide for.
    static void paint(QPainter &painter, const QRectF &area, const QList<LegendItem> &entries);
    static int columnsFor(double width);
};

} // namespace uo::report
