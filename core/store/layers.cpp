#include "core/store/layers.h"

#include <QCoreApplication>

namespace uo {

const QList<LayerInfo> &mapLayers()
{
    static const QList<LayerInfo> layers = {
        {Layer::DistrictBoundary, "district_boundary", "MULTIPOLYGON",
         QT_TRANSLATE_NOOP("uo::Layers", "District boundary")},
        {Layer::Streets, "streets", "MULTIPOLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Streets and towns")},
        {Layer::GridCells, "grid_cells", "POLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Unit grid cells")},
        {Layer::Roads, "roads", "LINESTRING", QT_TRANSLATE_NOOP("uo::Layers", "Roads")},
        {Layer::RoadSegments, "road_segments", "LINESTRING",
         QT_TRANSLATE_NOOP("uo::Layers", "Road segments")},
        // Above the roads: an excavation lies on a road and must not be hidden by it.
        {Layer::Permits, "permits", "POLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Excavation permits")},
        {Layer::Components, "components", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Components")},
        {Layer::Shops, "shops", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Shops and stalls")},
        {Layer::RiskPoints, "risk_points", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Risk points")},
        // On top: a case marks a problem at a place, over whatever lies there.
        {Layer::Cases, "cases", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Cases"), 6},
    };
    return layers;
}

const LayerInfo *findLayer(const QString &table)
{
    for (const LayerInfo &layer : mapLayers())
        if (table == QLatin1String(layer.table))
            return &layer;
    return nullptr;
}

const LayerInfo &layerInfo(Layer layer)
{
    for (const LayerInfo &info : mapLayers())
        if (info.layer == layer)
            return info;
    Q_UNREACHABLE(); // every Layer has its entry in mapLayers()
}

const char *tableName(Layer layer)
{
    return layerInfo(layer).table;
}

QString tableOf(Layer layer)
{
    return QString::fromLatin1(tableName(layer));
}

std::optional<Layer> layerOf(const QString &table)
{
    const LayerInfo *info = findLayer(table);
    return info ? std::optional<Layer>(info->layer) : std::nullopt;
}

QString layerTitle(const LayerInfo &layer)
{
    return QCoreApplication::translate("uo::Layers", layer.title);
}

const QList<const char *> &attributeTables()
{
    static const QList<const char *> tables = {
        "catalogue",    "entities",       "communities", "people",        "segment_collaborators",
        "risk_records", "permit_history", "audit_log",   "event_classes", "case_history",
        "risk_alerts"};
    return tables;
}

} // namespace uo
