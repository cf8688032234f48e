#include "core/table/feature_bounds.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

namespace uo {

std::optional<QRectF> featureBounds(DistrictStore &store, const QString &table, const QList<qint64> &ids)
{
    sql::Database &db = store.db();
    // The geometry itself, its bounds taken here: one statement for a file and a server alike.
    auto query = db.prepare(
        QStringLiteral("SELECT geom FROM \"%1\" WHERE id = ? AND geom IS NOT NULL").arg(table).toUtf8());
    bool any = false;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (const qint64 id : ids) {
        query.bind(1, id);
        int size = 0;
        const char *blob = query.step() ? query.blobData(0, &size) : nullptr;
        const std::optional<Geometry> geometry =
            blob ? geometry_blob::decode(blob, size) : std::optional<Geometry>();
        if (geometry && !geometry->isEmpty()) {
            const QRectF box = geometry->bounds();
            const double x0 = box.left(), y0 = box.top(), x1 = box.right(), y1 = box.bottom();
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
