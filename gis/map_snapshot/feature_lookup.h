#pragma once

#include "gis/map_snapshot/map_snapshot.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

namespace uo {

struct FeatureHit
{
    QString table;
    qint64 id = 0;
    friend bool operator==(const FeatureHit &a, const FeatureHit &b)
    {
        return a.table == b.table && a.id == b.id;
    }
};

// The features under a map point, as identify lists them: the topmost layer first, and within a
// layer the nearest first. A point or a line is hit within `tolerance` (map units: a few pixels of the
// view), an area when the point lies inside it or within `tolerance` of its edge. Only the layers in
// `tables` are searched; every map layer when it is empty. `reach` adds to the tolerance per layer how
// far its features are drawn beyond their geometry (see render/symbol_reach.h), so that the edge of a
// symbol as drawn is a hit. Reads only the snapshot.
QList<FeatureHit> featuresAt(const MapSnapshot &snapshot, QPointF point, double tolerance,
                             const QSet<QString> &tables = {}, int maxPerLayer = 20,
                             const QHash<QString, double> &reach = {});

} // namespace uo
