#include "core/store/store_check.h"

#include "core/sql/statement.h"
#include "core/store/component_points.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

namespace uo {

namespace {
// SpatiaLite's codes in geometry_columns.geometry_type.
int spatialiteType(const char *name)
{
    const QByteArray type(name);
    return type == "POINT"          ? 1
           : type == "LINESTRING"   ? 2
           : type == "POLYGON"      ? 3
           : type == "MULTIPOLYGON" ? 6
                                    : 0;
}
} // namespace

QStringList StoreCheck::pragmaProblems(DistrictStore &store, const QByteArray &pragma)
{
    QStringList problems;
    try {
        auto st = store.db().prepare(pragma);
        while (st.step()) {
            const QString line = st.text(0);
            if (line != QLatin1String("ok"))
                problems << tr("SQLite finds the file damaged: %1").arg(line);
        }
    } catch (const StoreError &error) {
        problems << error.message();
    }
    return problems;
}

QStringList StoreCheck::quick(DistrictStore &store)
{
    return pragmaProblems(store, "PRAGMA quick_check(20)");
}

QStringList StoreCheck::full(DistrictStore &store)
{
    QStringList problems = pragmaProblems(store, "PRAGMA integrity_check(100)");
    if (!problems.isEmpty())
        return problems; // the rest reads the same damaged pages
    auto keys = store.db().prepare("PRAGMA foreign_key_check");
    while (keys.step())
        problems << tr("Row %1 of %2 points at a row of %3 that does not exist.")
                        .arg(keys.int64(1))
                        .arg(keys.text(0), keys.text(2));
    return problems + invariants(store);
}

QStringList StoreCheck::invariants(DistrictStore &store)
{
    QStringList problems;
    sql::Database &db = store.db();
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QString::fromLatin1(layer.table);
        auto registered =
            db.prepare("SELECT geometry_type, srid, spatial_index_enabled FROM geometry_columns "
                       "WHERE lower(f_table_name) = lower(?) AND lower(f_geometry_column) = 'geom'");
        registered.bind(1, table);
        if (!registered.step()) {
            problems << tr("Layer %1 is not registered as a geometry column.").arg(table);
            continue;
        }
        if (registered.int64(0) != spatialiteType(layer.geometryType))
            problems << tr("Layer %1 is registered with geometry type %2 instead of %3.")
                            .arg(table)
                            .arg(registered.int64(0))
                            .arg(QLatin1String(layer.geometryType));
        if (registered.int64(1) != store.srid())
            problems << tr("Layer %1 is registered in EPSG:%2, the store in EPSG:%3.")
                            .arg(table)
                            .arg(registered.int64(1))
                            .arg(store.srid());
        if (registered.int64(2) != 1) {
            problems << tr("Layer %1 has no spatial index.").arg(table);
        } else {
            auto index = db.prepare("SELECT CheckSpatialIndex(?, 'geom')");
            index.bind(1, table);
            if (!index.step() || index.int64(0) != 1)
                problems << tr("The spatial index of layer %1 does not match its features.").arg(table);
        }
        auto counter = db.prepare("SELECT count(*) FROM layer_versions WHERE table_name = ?");
        counter.bind(1, table);
        if (!counter.step() || counter.int64(0) != 1)
            problems << tr("Layer %1 has no change counter.").arg(table);
        auto triggers =
            db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                       "AND name IN ('lv_insert_' || ?, 'lv_update_' || ?, 'lv_delete_' || ?)");
        triggers.bind(1, table).bind(2, table).bind(3, table).bind(4, table);
        if (!triggers.step() || triggers.int64(0) != 3)
            problems << tr("Layer %1 lacks the triggers that count its changes.").arg(table);
    }
    const qint64 layerVersion =
        db.scalarInt("SELECT version FROM layer_versions WHERE table_name = 'components'");
    auto cache = db.prepare("SELECT components_version FROM component_points_cache WHERE id = 1");
    if (cache.step()) {
        const qint64 cached = cache.int64(0);
        cache.reset();
        if (cached > layerVersion)
            problems << tr("The component point cache claims change %1 of the components, which have had %2.")
                            .arg(cached)
                            .arg(layerVersion);
        bool fromCache = false;
        const auto points = ComponentPoints::load(store, &fromCache);
        const qint64 stored = db.scalarInt("SELECT count(*) FROM components WHERE geom IS NOT NULL");
        if (fromCache && points->size() != stored)
            problems << tr("The component point cache holds %1 points for %2 components.")
                            .arg(points->size())
                            .arg(stored);
    }
    return problems;
}

} // namespace uo
