#include "core/segments/segment_surroundings.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"
#include "core/store/store_error.h"

namespace uo {

namespace {

// The candidates of a layer whose index box meets the frame (?2 .. ?5); the layer's index does the work.
QByteArray inFrame(DistrictStore &store, const QByteArray &table)
{
    const sql::Database &db = store.db();
    return spatial_sql::inFrame(db, "t", table, spatial_sql::box(db, store.srid(), "?2", "?3", "?4", "?5"));
}

void bindFrame(sql::Statement &st, const QByteArray &line, const QRectF &frame, double reach)
{
    st.bindBlob(1, line)
        .bind(2, frame.left())
        .bind(3, frame.top())
        .bind(4, frame.right())
        .bind(5, frame.bottom());
    st.bind(6, reach);
}

} // namespace

QList<NearbyFeature> SegmentNeighbourhood::nearby(const QByteArray &table, const QByteArray &nameColumn,
                                                  const QByteArray &detailColumn, const QByteArray &line,
                                                  const QRectF &frame, double reach)
{
    QList<NearbyFeature> out;
    auto st =
        m_store.db().prepare("SELECT t.id, t." + nameColumn + ", coalesce(t." + detailColumn +
                             ", ''), ST_Distance(t.geom, ?1) AS d FROM \"" + table + "\" t WHERE " +
                             inFrame(m_store, table) + " AND ST_Distance(t.geom, ?1) <= ?6 ORDER BY d, t.id");
    bindFrame(st, line, frame, reach);
    while (st.step())
        out.append({st.int64(0), st.text(1), st.text(2), st.real(3)});
    return out;
}

SegmentSurroundings SegmentNeighbourhood::around(const SegmentSummary &segment, double reach)
{
    SegmentSurroundings out;
    out.segment = segment;
    auto geom = m_store.db().prepare("SELECT geom FROM road_segments WHERE id = ?");
    geom.bind(1, segment.id);
    if (!geom.step() || geom.isNull(0))
        throw StoreError(StoreError::Kind::Invalid, tr("Segment %1 has no line on the map.").arg(segment.id));
    const QByteArray line = geom.blob(0);
    const auto decoded = geometry_blob::decode(line.constData(), int(line.size()));
    if (!decoded)
        throw StoreError(StoreError::Kind::Invalid, tr("Segment %1 has an unreadable line.").arg(segment.id));
    out.bounds = decoded->bounds();
    const QRectF frame = out.bounds.adjusted(-reach, -reach, reach, reach);

    out.shops = nearby(tableName(Layer::Shops), "name", "category", line, frame, reach);
    out.riskPoints = nearby(tableName(Layer::RiskPoints), "name", "level", line, frame, reach);
    out.permits = nearby(tableName(Layer::Permits), "permit_no", "status", line, frame, reach);

    auto components =
        m_store.db().prepare("SELECT t.class_code, min(t.name), count(*) FROM components t WHERE " +
                             inFrame(m_store, tableName(Layer::Components)) +
                             " AND ST_Distance(t.geom, ?1) <= ?6 GROUP BY t.class_code "
                             "ORDER BY count(*) DESC, t.class_code");
    bindFrame(components, line, frame, reach);
    while (components.step()) {
        out.componentClasses.append({components.text(0), components.text(1), int(components.int64(2))});
        out.components += int(components.int64(2));
    }
    return out;
}

QList<SegmentSurroundings> SegmentNeighbourhood::forPerson(qint64 personId, double reach)
{
    QList<qint64> ids;
    auto st = m_store.db().prepare("SELECT id FROM road_segments WHERE chief_id = ?1 UNION "
                                   "SELECT segment_id FROM segment_collaborators WHERE person_id = ?1");
    st.bind(1, personId);
    while (st.step())
        ids.append(st.int64(0));
    QList<SegmentSurroundings> out;
    if (ids.isEmpty())
        return out;
    for (const SegmentSummary &segment : SegmentQueries(m_store).segments(ids))
        out.append(around(segment, reach));
    return out;
}

} // namespace uo
