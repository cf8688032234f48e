#include "gis/map_snapshot/layer_features.h"

#include "core/sql/statement.h"
#include "core/store/layer_rows.h"
#include "core/store/layers.h"

#include <algorithm>
#include <limits>

namespace uo {

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
    auto st = layer_rows::forMap(store, layer, QDateTime::currentDateTimeUtc());
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
