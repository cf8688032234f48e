#include "gis/report_layout/map_legend.h"

#include "core/store/layers.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_style.h"
#include "gis/report_layout/report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace uo::report {

namespace {
constexpr double kColumnWidth = 150.0; // points
constexpr double kTitleHeight = 16.0;
} // namespace

QList<LegendItem> MapLegend::entries(const DistrictStyle &style, const QSet<QString> &layers, double scale)
{
    // The renderer's 96-dpi pixels at 1:scale.
    const bool density = scale > 0 && map_style::componentsAsDensity(scale * 0.0254 / 96.0);
    QList<LegendItem> items;
    for (auto it = style.layers.crbegin(); it != style.layers.crend(); ++it) {
        if (layers.isEmpty() ? !it->visible : !layers.contains(it->table))
            continue;
        if (density && layerOf(it->table) == Layer::Components)
            items.append(componentDensityItem());
        else
            items.append(legendItems(*it));
    }
    return items;
}

int MapLegend::columnsFor(double width)
{
    return std::max(1, int(width / kColumnWidth));
}

double MapLegend::height(int entryCount, int columns)
{
    const int rows = (entryCount + columns - 1) / std::max(1, columns);
    return kTitleHeight + rows * style::lineHeight(style::kTextPoints);
}

void MapLegend::paint(QPainter &painter, const QRectF &area, const QList<LegendItem> &entries)
{
    painter.save();
    painter.setPen(style::ink());
    painter.setFont(style::font(style::kHeadingPoints, true));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), kTitleHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("Legend"));
    const int columns = columnsFor(area.width());
    const double columnWidth = area.width() / columns;
    const int rows = std::max<int>(1, int(std::ceil(double(entries.size()) / columns)));
    const double line = style::lineHeight(style::kTextPoints);
    painter.setFont(style::font(style::kTextPoints));
    const QFontMetricsF metrics(painter.font());
    for (int i = 0; i < entries.size(); ++i) {
        const double x = area.left() + (i / rows) * columnWidth;
        const double y = area.top() + kTitleHeight + (i % rows) * line;
        if (y + line > area.bottom() + 0.5)
            continue;
        paintLegendSymbol(painter, QRectF(x, y + 1, 18, line - 2), entries[i]);
        painter.setPen(style::ink());
        painter.drawText(QRectF(x + 22, y, columnWidth - 24, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entries[i].label, Qt::ElideRight, columnWidth - 24));
    }
    painter.restore();
}

} // namespace uo::report
