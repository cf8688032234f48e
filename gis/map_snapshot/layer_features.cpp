#include "gis/map_snapshot/layer_features.h"

#include "gis/render/case_style.h"

#include "core/cases/case_time.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <algorithm>
#include <limits>

namespace uo {

namespace {

// What each layer's style and labels read besides the geometry. Column names come from this list and
// table names from the layer registry, never from the user.
struct LayerColumns
{
    Layer layer;
    const char *kind;  // SQL expression of MapFeature::kind, or NULL
    const char *label; // column of MapFeature::label, or NULL
    const char *order; // drawing order: ORDER BY expression
};

const LayerColumns kColumns[] = {
    // Cases by state, the late ones as "overdue" as of the moment they are read, drawn on top.
    {Layer::Cases, uo::case_style::kindSql(), "case_no", uo::case_style::orderSql()},
    {Layer::DistrictBoundary, "kind", "name", "id"},
    {Layer::Streets, "kind", "name", "id"},
    {Layer::GridCells, "NULL", "code", "id"},
    // The major grades last, so that they cross over the minor ones.
    {Layer::Roads, "grade", "name",
     "CASE grade WHEN 'branch' THEN 0 WHEN 'secondary' THEN 1 WHEN 'main' THEN 2 WHEN 'trunk' THEN 3 ELSE -1 "
     "END, id"},
    {Layer::RoadSegments, "chief_id", "name", "road_id, from_m, id"},
    {Layer::Permits, "status", "permit_no", "id"},
    {Layer::Shops, "NULL", "name", "id"},
    // Higher risks last, so that a red point is never covered by a blue one.
    {Layer::RiskPoints, "level", "name",
     "CASE level WHEN 'blue' THEN 0 WHEN 'yellow' THEN 1 WHEN 'orange' THEN 2 WHEN 'red' THEN 3 ELSE -1 END, "
     "id"},
};

const LayerColumns *columnsOf(Layer layer)
{
    for (const LayerColumns &c : kColumns)
        if (c.layer == layer)
            return &c;
    return nullptr;
}

QByteArray sqlFor(const LayerInfo &layer)
{
    const QByteArray table = layer.table;
    const LayerColumns *c = columnsOf(layer.layer);
    // A layer added to the store without an entry here still draws, plainly, in id order.
    const QByteArray kind = c ? c->kind : "NULL", label = c ? c->label : "NULL", order = c ? c->order : "id";
    // Segments are numbered along their road, so their road and measure come along.
    const QByteArray road = layer.layer == Layer::RoadSegments ? "road_id" : "NULL";
    return "SELECT id, geom, " + kind + ", " + label + ", " + road + " FROM \"" + table + "\" ORDER BY " +
           order;
}

} // namespace

std::shared_ptr<const LayerFeatures> LayerFeatures::load(DistrictStore &store, const LayerInfo &layer,
                                                         qint64 version)
{
    auto loaded = std::make_shared<LayerFeatures>();
    loaded->m_table = QString::fromLatin1(layer.table);
    loaded->m_version = version;
    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    qint64 road = std::numeric_limits<qint64>::min();
    int ordinal = 0;
    auto st = store.db().prepare(sqlFor(layer));
    if (layer.layer == Layer::Cases)
        st.bind(1, case_time::text(QDateTime::currentDateTimeUtc()));
    while (st.step()) {
        MapFeature feature;
        if (!st.isNull(4)) {
            // Rows come ordered by road and measure: the ordinal restarts with each road.
            const qint64 roadId = st.int64(4);
            ordinal = roadId == road ? ordinal + 1 : 0;
            road = roadId;
            feature.ordinal = ordinal;
        }
        int size = 0;
        const char *blob = st.blobData(1, &size);
        std::optional<Geometry> geometry = geometry_blob::decode(blob, size);
        if (!geometry || geometry->isEmpty())
            continue; // without a readable geometry there is nothing to draw; the attribute table lists it
        feature.id = st.int64(0);
        feature.bounds = geometry->bounds();
        feature.geometry = std::move(*geometry);
        feature.kind = st.text(2);
        feature.label = st.text(3);
        x0 = std::min(x0, feature.bounds.left());
        y0 = std::min(y0, feature.bounds.top());
        x1 = std::max(x1, feature.bounds.right());
        y1 = std::max(y1, feature.bounds.bottom());
        loaded->m_index.insert(feature.id, loaded->m_features.size());
        loaded->m_features.append(std::move(feature));
    }
    if (!loaded->m_features.isEmpty())
        loaded->m_extent = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    return loaded;
}

const MapFeature *LayerFeatures::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_features.at(*it);
}

} // namespace uo
