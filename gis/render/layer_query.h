#pragma once

#include "render_context.h"
#include "sql/statement.h"
#include "store/geometry_blob.h"

#include <QByteArray>
#include <optional>

namespace uo::render {

// The rows of one map layer whose bounds meet the viewport (grown by a margin), found through
// SpatiaLite's spatial index. The caller's columns come first, the geometry blob last. Stepping stops
// early, every few thousand rows, when the render is cancelled; every row read is counted in the
// render's stats.
class LayerQuery
{
public:
    LayerQuery(RenderContext &ctx, const char *table, const QByteArray &columns, double marginPixels,
               const QByteArray &orderBy = QByteArray());
    ~LayerQuery();
    LayerQuery(const LayerQuery &) = delete;
    LayerQuery &operator=(const LayerQuery &) = delete;

    bool next();
    const sql::Statement &row() const { return m_statement; }
    // The geometry of the current row as a point; false when it is not a 2D point.
    bool point(double *x, double *y) const;
    std::optional<Geometry> geometry() const;

private:
    static QByteArray sqlFor(const char *table, const QByteArray &columns, const QByteArray &orderBy);

    RenderContext &m_ctx;
    const char *m_table;
    sql::Statement m_statement;
    int m_geometryColumn = 0;
    qint64 m_rows = 0;
};

} // namespace uo::render
