#include "store_summary.h"

#include "store/district_store.h"
#include "store/layers.h"
#include "store/store_error.h"

#include <algorithm>
#include <exception>

namespace uo {

StoreSummary summarizeStore(const QString &path)
{
    StoreSummary summary;
    try {
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool any = false;
        for (const LayerInfo &layer : mapLayers()) {
            const QString table = QString::fromLatin1(layer.table);
            const qint64 count = store->count(table);
            summary.counts.insert(table, count);
            if (count == 0)
                continue;
            // Not QRectF::united: it drops the zero-sized bounds of a layer holding a single point.
            const QRectF r = store->extent(table);
            x0 = any ? std::min(x0, r.left()) : r.left();
            y0 = any ? std::min(y0, r.top()) : r.top();
            x1 = any ? std::max(x1, r.right()) : r.right();
            y1 = any ? std::max(y1, r.bottom()) : r.bottom();
            any = true;
        }
        if (any)
            summary.extent = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    } catch (const StoreError &error) {
        summary.error = error.message();
    } catch (const std::exception &error) {
        summary.error = QString::fromLocal8Bit(error.what());
    }
    return summary;
}

} // namespace uo
