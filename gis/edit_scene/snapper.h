#pragma once

#include "core/store/layers.h"
#include "gis/edit_scene/edit_scene.h"

#include <QPointF>
#include <QStringList>

namespace uo {
class MapSnapshot;
}

namespace uo::edit {

struct SnapResult
{
    QPointF point;
    EditDrag::Snap kind = EditDrag::Snap::None;
};

// Snapping while a feature is dragged: to the nearest road vertex within the tolerance, else to the
// nearest point on a road centreline. Reads only the map snapshot, so it runs on every mouse move.
class Snapper
{
public:
    explicit Snapper(const MapSnapshot *snapshot, QStringList tables = {tableOf(Layer::Roads)})
        : m_snapshot(snapshot), m_tables(std::move(tables))
    {
    }
    // `tolerance` in map units (a few pixels of the view).
    SnapResult snap(QPointF point, double tolerance) const;
    // Leaves one feature out: a road whose own vertex is dragged snaps to the others only.
    void skip(const QString &table, qint64 id)
    {
        m_skipTable = table;
        m_skipId = id;
    }

private:
    const MapSnapshot *m_snapshot;
    QStringList m_tables;
    QString m_skipTable;
    qint64 m_skipId = 0;
};

} // namespace uo::edit
