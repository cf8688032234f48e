#include "core/store/layers.h"

#include <QCoreApplication>

namespace uo {

const QList<LayerInfo> &mapLayers()
{
    static const QList<LayerInfo> layers = {
        {"district_boundary", "MULTIPOLYGON", QT_TRANSLATE_NOOP("uo::Layers", "District boundary")},
        {"streets", "MULTIPOLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Streets and towns")},
        {"grid_cells", "POLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Unit grid cells")},
        {"roads", "LINESTRING", QT_TRANSLATE_NOOP("uo::Layers", "Roads")},
        {"road_segments", "LINESTRING", QT_TRANSLATE_NOOP("uo::Layers", "Road segments")},
        // Above the roads: an excavation lies on a road and must not be hidden by it.
        {"permits", "POLYGON", QT_TRANSLATE_NOOP("uo::Layers", "Excavation permits")},
        {"components", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Components")},
        {"shops", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Shops and stalls")},
        {"risk_points", "POINT", QT_TRANSLATE_NOOP("uo::Layers", "Risk points")},
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

QString layerTitle(const LayerInfo &layer)
{
    return QCoreApplication::translate("uo::Layers", layer.title);
}

const QList<const char *> &attributeTables()
{
    static const QList<const char *> tables = {"catalogue",     "entities",      "communities",
                                               "people",        "segment_collaborators",
                                               "risk_records",  "permit_history", "audit_log"};
    return tables;
}

} // namespace uo
