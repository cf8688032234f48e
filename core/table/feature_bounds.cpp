#include "core/table/feature_bounds.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo {

std::optional<QRectF> featureBounds(DistrictStore &store, const QString &table, const QList<qint64> &ids)
{
    sql::Database &db = store.db();
    auto query =
        db.prepare(QStringLiteral("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) "
                                  "FROM \"%1\" WHERE id = ? AND geom IS NOT NULL")
                       .arg(table)
                       .toUtf8());
    bool any = false;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (const qint64 id : ids) {
        query.bind(1, id);
        if (query.step()) {
            const double x0 = query.real(0), y0 = query.real(1), x1 = query.real(2), y1 = query.real(3);
            if (!any) {
                minX = x0, minY = y0, maxX = x1, maxY = y1;
                any = true;
            } else {
                minX = std::min(minX, x0), minY = std::min(minY, y0);
                maxX = std::max(maxX, x1), maxY = std::max(maxY, y1);
            }
        }
        query.reset();
    }
    if (!any)
        return std::nullopt;
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace uo
