#include "layer_query.h"

#include "sql/database.h"

namespace uo::render {

namespace {
// How often a long read looks at the cancellation flag: often enough to stop within a few
// milliseconds, rarely enough to cost nothing.
constexpr qint64 kCancelCheckRows = 4096;
} // namespace

QByteArray LayerQuery::sqlFor(const char *table, const QByteArray &columns, const QByteArray &orderBy)
{
    // Table names come from the fixed list of map layers, never from the user.
    QByteArray sql = "SELECT ";
    if (!columns.isEmpty())
        sql += columns + ", ";
    sql += "f.geom FROM \"";
    sql += table;
    sql += "\" AS f WHERE f.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '";
    sql += table;
    sql += "' AND f_geometry_column = 'geom' AND search_frame = BuildMbr(?, ?, ?, ?, ?))";
    if (!orderBy.isEmpty())
        sql += " ORDER BY " + orderBy;
    return sql;
}

LayerQuery::LayerQuery(RenderContext &ctx, const char *table, const QByteArray &columns, double marginPixels,
                       const QByteArray &orderBy)
    : m_ctx(ctx), m_table(table), m_statement(ctx.db.prepare(sqlFor(table, columns, orderBy)))
{
    const QRectF rect = ctx.queryRect(marginPixels);
    m_statement.bind(1, rect.left()).bind(2, rect.top()).bind(3, rect.right()).bind(4, rect.bottom());
    m_statement.bind(5, ctx.srid);
    m_geometryColumn = m_statement.columnCount() - 1;
}

LayerQuery::~LayerQuery()
{
    m_ctx.stats.featuresRead[QString::fromLatin1(m_table)] += m_rows;
}

bool LayerQuery::next()
{
    if (m_rows % kCancelCheckRows == 0 && m_ctx.isCancelled())
        return false;
    if (!m_statement.step())
        return false;
    ++m_rows;
    return true;
}

bool LayerQuery::point(double *x, double *y) const
{
    int size = 0;
    const char *data = m_statement.blobData(m_geometryColumn, &size);
    return data && geometry_blob::decodePoint(data, size, x, y);
}

std::optional<Geometry> LayerQuery::geometry() const
{
    int size = 0;
    const char *data = m_statement.blobData(m_geometryColumn, &size);
    if (!data)
        return std::nullopt;
    return geometry_blob::decode(data, size);
}

} // namespace uo::render
