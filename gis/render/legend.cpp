#include "gis/render/legend.h"

#include "core/store/layers.h"
#include "gis/render/case_style.h"
#include "gis/render/map_style.h"
#include "gis/render/symbol_shape.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace uo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::Legend", text);
}

bool is(const QString &table, Layer layer)
{
    return table == QLatin1String(tableName(layer));
}

// What each class of each layer stands for, in the bureau's words.
QString classLabel(const QString &table, const QString &key)
{
    static const struct
    {
        Layer layer;
        const char *key, *label;
    } labels[] = {
        {Layer::Roads, "trunk", QT_TRANSLATE_NOOP("uo::Legend", "Trunk road")},
        {Layer::Roads, "main", QT_TRANSLATE_NOOP("uo::Legend", "Main road")},
        {Layer::Roads, "secondary", QT_TRANSLATE_NOOP("uo::Legend", "Secondary road")},
        {Layer::Roads, "branch", QT_TRANSLATE_NOOP("uo::Legend", "Branch road")},
        {Layer::RoadSegments, "assigned",
         QT_TRANSLATE_NOOP("uo::Legend", "Segment with a chief (a shade per chief)")},
        {Layer::RoadSegments, "unassigned", QT_TRANSLATE_NOOP("uo::Legend", "Segment without a chief")},
        {Layer::RiskPoints, "red", QT_TRANSLATE_NOOP("uo::Legend", "Red risk (major)")},
        {Layer::RiskPoints, "orange", QT_TRANSLATE_NOOP("uo::Legend", "Orange risk (high)")},
        {Layer::RiskPoints, "yellow", QT_TRANSLATE_NOOP("uo::Legend", "Yellow risk (moderate)")},
        {Layer::RiskPoints, "blue", QT_TRANSLATE_NOOP("uo::Legend", "Blue risk (low)")},
        {Layer::Permits, "submitted", QT_TRANSLATE_NOOP("uo::Legend", "Submitted")},
        {Layer::Permits, "under_review", QT_TRANSLATE_NOOP("uo::Legend", "Under review")},
        {Layer::Permits, "approved", QT_TRANSLATE_NOOP("uo::Legend", "Approved")},
        {Layer::Permits, "works_started", QT_TRANSLATE_NOOP("uo::Legend", "Works started")},
        {Layer::Permits, "restored", QT_TRANSLATE_NOOP("uo::Legend", "Road restored")},
        {Layer::Permits, "accepted", QT_TRANSLATE_NOOP("uo::Legend", "Accepted")},
        {Layer::Permits, "rejected", QT_TRANSLATE_NOOP("uo::Legend", "Rejected")},
        {Layer::Permits, "returned_joint", QT_TRANSLATE_NOOP("uo::Legend", "Returned for joint excavation")},
        {Layer::Components, "01", QT_TRANSLATE_NOOP("uo::Legend", "Public utilities")},
        {Layer::Components, "02", QT_TRANSLATE_NOOP("uo::Legend", "Road traffic")},
        {Layer::Components, "03", QT_TRANSLATE_NOOP("uo::Legend", "City appearance and environment")},
        {Layer::Components, "04", QT_TRANSLATE_NOOP("uo::Legend", "Landscaping and greening")},
        {Layer::Components, "05", QT_TRANSLATE_NOOP("uo::Legend", "Buildings and land")},
        {Layer::Components, "06", QT_TRANSLATE_NOOP("uo::Legend", "Other facilities")},
        {Layer::Components, "local", QT_TRANSLATE_NOOP("uo::Legend", "Local extensions")},
        {Layer::Components, "defect", QT_TRANSLATE_NOOP("uo::Legend", "Damaged or missing")},
        {Layer::Cases, "collected", QT_TRANSLATE_NOOP("uo::Legend", "Case collected, to be accepted")},
        {Layer::Cases, "accepted", QT_TRANSLATE_NOOP("uo::Legend", "Case accepted")},
        {Layer::Cases, "dispatched", QT_TRANSLATE_NOOP("uo::Legend", "Case dispatched")},
        {Layer::Cases, "handled", QT_TRANSLATE_NOOP("uo::Legend", "Case handled")},
        {Layer::Cases, "reported", QT_TRANSLATE_NOOP("uo::Legend", "Case reported back")},
        {Layer::Cases, "verified", QT_TRANSLATE_NOOP("uo::Legend", "Case verified")},
        {Layer::Cases, "overdue", QT_TRANSLATE_NOOP("uo::Legend", "Case overdue")},
        {Layer::Cases, "closed", QT_TRANSLATE_NOOP("uo::Legend", "Case closed")},
        {Layer::Cases, "rejected", QT_TRANSLATE_NOOP("uo::Legend", "Case not accepted")},
        {Layer::DistrictBoundary, "district", QT_TRANSLATE_NOOP("uo::Legend", "District")},
        {Layer::DistrictBoundary, "built_up", QT_TRANSLATE_NOOP("uo::Legend", "Built-up area")},
    };
    for (const auto &l : labels)
        if (is(table, l.layer) && key == QLatin1String(l.key))
            return tr(l.label);
    return key;
}

LegendItem classItem(const LayerStyle &style, const SymbolClass &c)
{
    LegendItem item;
    item.table = style.table;
    item.key = c.key;
    item.label = classLabel(style.table, c.key);
    item.opacity = style.opacity;
    item.fill = c.colour;
    item.shape = c.shape;
    if (is(style.table, Layer::Roads)) {
        item.symbol = LegendItem::Symbol::Line;
        item.outline = map_style::roadCasing(c.key, c.colour);
        item.size = std::clamp(map_style::roadStyle(c.key).minWidthPixels * 1.2, 2.0, 7.0);
    } else if (is(style.table, Layer::RoadSegments)) {
        item.symbol = LegendItem::Symbol::Line;
        item.size = 3.0;
    } else if (is(style.table, Layer::Permits)) {
        item.symbol = LegendItem::Symbol::Area;
        item.outline = c.colour;
        item.fill = map_style::permitFillOf(c.colour);
    } else if (is(style.table, Layer::DistrictBoundary)) {
        item.symbol = LegendItem::Symbol::Area;
        item.outline = c.key == QLatin1String("district") ? style.colour : QColor();
    } else if (is(style.table, Layer::RiskPoints)) {
        item.outline = map_style::riskOutline();
        item.size = 10.0;
    } else if (is(style.table, Layer::Cases)) {
        item.outline = Qt::white;
        item.size = c.key == QLatin1String("overdue") ? 11.0 : case_style::isOpen(c.key) ? 9.0 : 6.0;
    } else if (is(style.table, Layer::Components)) {
        const bool defect = c.key == QLatin1String("defect");
        item.outline = defect ? map_style::defectOutline() : QColor();
        item.size = defect ? 10.0 : 9.0;
    }
    return item;
}

LegendItem plainItem(const LayerStyle &style)
{
    LegendItem item;
    item.table = style.table;
    const LayerInfo *layer = findLayer(style.table);
    item.label = layer ? layerTitle(*layer) : style.table;
    item.opacity = style.opacity;
    if (is(style.table, Layer::Streets) || is(style.table, Layer::GridCells)) {
        item.symbol = LegendItem::Symbol::Area;
        item.outline = style.colour;
        item.dashed = is(style.table, Layer::Streets);
    } else if (is(style.table, Layer::Shops)) {
        item.shape = SymbolShape::Square;
        item.fill = style.colour;
        item.outline = Qt::white;
        item.size = 8.0;
    } else {
        const LayerInfo *info = findLayer(style.table);
        const QByteArray type = info ? QByteArray(info->geometryType) : QByteArray("POINT");
        item.symbol = type.contains("POLYGON") ? LegendItem::Symbol::Area
                      : type.contains("LINE")  ? LegendItem::Symbol::Line
                                               : LegendItem::Symbol::Point;
        item.fill = item.symbol == LegendItem::Symbol::Area ? QColor() : style.colour;
        item.outline = item.symbol == LegendItem::Symbol::Area ? style.colour : QColor();
        item.size = 3.0;
    }
    return item;
}
} // namespace

QList<LegendItem> legendItems(const LayerStyle &style)
{
    QList<LegendItem> items;
    for (const SymbolClass &c : style.classes)
        items.append(classItem(style, c));
    if (items.isEmpty())
        items.append(plainItem(style));
    return items;
}

LegendItem componentDensityItem()
{
    LegendItem item;
    item.table = tableOf(Layer::Components);
    item.label = QCoreApplication::translate("uo::Legend", "Components, by density");
    item.symbol = LegendItem::Symbol::Area;
    QColor tone = map_style::componentDensityColour();
    tone.setAlphaF(float(map_style::kComponentDensityMaxOpacity));
    item.fill = tone;
    return item;
}

QList<LegendItem> legendItems(const DistrictStyle &style)
{
    QList<LegendItem> items;
    for (auto it = style.layers.crbegin(); it != style.layers.crend(); ++it)
        if (it->visible)
            items.append(legendItems(*it));
    return items;
}

void paintLegendSymbol(QPainter &painter, const QRectF &box, const LegendItem &item)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(painter.opacity() * item.opacity);
    const QPointF centre = box.center();
    const double side = std::min(box.width(), box.height());
    switch (item.symbol) {
    case LegendItem::Symbol::Point: {
        const double diameter = std::min(item.size, side * 0.8);
        painter.setPen(item.outline.isValid() ? QPen(item.outline, 1.0) : QPen(Qt::NoPen));
        painter.setBrush(item.fill);
        painter.drawPath(symbolPath(item.shape, centre, diameter));
        break;
    }
    case LegendItem::Symbol::Line: {
        // A short stretch of line across the box, cased like the road it stands for.
        const double width = std::min(item.size, side * 0.5);
        const QLineF line(box.left() + 1, centre.y(), box.right() - 1, centre.y());
        if (item.outline.isValid()) {
            painter.setPen(QPen(item.outline, width + 2.0, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(line);
        }
        painter.setPen(QPen(item.fill, width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(line);
        break;
    }
    case LegendItem::Symbol::Area: {
        const QRectF swatch =
            QRectF(0, 0, side * 0.9, side * 0.7).translated(centre - QPointF(side * 0.45, side * 0.35));
        QPen pen = item.outline.isValid()
                       ? QPen(item.outline, 1.2, item.dashed ? Qt::DashLine : Qt::SolidLine)
                       : QPen(Qt::NoPen);
        painter.setPen(pen);
        painter.setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
        painter.drawRect(swatch);
        break;
    }
    }
    painter.restore();
}

} // namespace uo
