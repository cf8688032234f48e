#include "core/store/layer_rows.h"

#include "core/cases/case_time.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

namespace uo::layer_rows {

namespace {

// What each layer's style and labels read besides the geometry. Column names come from this list and
// table names from the layer registry, never from the user.
struct MapColumns
{
    Layer layer;
    const char *kind;  // SQL expression of the class key, or NULL
    const char *label; // column of the label, or NULL
    const char *order; // drawing order: ORDER BY expression
};

const MapColumns kMapColumns[] = {
    // Cases by state, late ones as "overdue" as of :now, drawn on top of the open ones, closed and
    // not accepted ones underneath (gis/render/case_style has the same classes).
    {Layer::Cases,
     "CASE WHEN state IN ('closed', 'rejected') THEN state WHEN due_at < :now THEN 'overdue' ELSE state END",
     "case_no",
     "CASE WHEN state IN ('closed', 'rejected') THEN 0 WHEN due_at < :now THEN 2 ELSE 1 END, reported_at, "
     "id"},
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

const MapColumns *mapColumnsOf(Layer layer)
{
    for (const MapColumns &c : kMapColumns)
        if (c.layer == layer)
            return &c;
    return nullptr;
}

QByteArray quoted(const QString &name)
{
    return '"' + name.toUtf8() + '"';
}

} // namespace

sql::Statement forExport(DistrictStore &store, const QString &table, const QStringList &columns,
                         const QString &where)
{
    QByteArray sql = "SELECT ";
    for (const QString &c : columns)
        sql += quoted(c) + ", ";
    // WKB, which every reader of geometry takes; both engines spell it so.
    sql += "ST_AsBinary(geom) FROM " + quoted(table);
    if (!where.trimmed().isEmpty())
        sql += " WHERE " + where.toUtf8();
    return store.db().prepare(sql);
}

sql::Statement forMap(DistrictStore &store, const LayerInfo &layer, const QDateTime &now)
{
    const MapColumns *c = mapColumnsOf(layer.layer);
    // A layer added to the store without an entry here still draws, plainly, in id order.
    const QByteArray kind = c ? c->kind : "NULL", label = c ? c->label : "NULL", order = c ? c->order : "id";
    const QByteArray road = layer.layer == Layer::RoadSegments ? "road_id" : "NULL";
    auto st = store.db().prepare("SELECT id, geom, " + kind + ", " + label + ", " + road + " FROM " +
                                 quoted(QString::fromLatin1(layer.table)) + " ORDER BY " + order);
    if (layer.layer == Layer::Cases)
        st.bind(1, case_time::text(now));
    return st;
}

} // namespace uo::layer_rows
