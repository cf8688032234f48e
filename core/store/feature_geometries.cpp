#include "core/store/feature_geometries.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo::feature_geometries {

std::optional<Geometry> districtArea(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT geom FROM district_boundary WHERE kind = 'district'");
    if (!st.step())
        return std::nullopt;
    int size = 0;
    const char *data = st.blobData(0, &size);
    return geometry_blob::decode(data, size);
}

QList<Geometry> all(DistrictStore &store, const QString &table)
{
    QList<Geometry> geometries;
    auto st = store.db().prepare(
        QStringLiteral("SELECT geom FROM \"%1\" WHERE geom IS NOT NULL ORDER BY id").arg(table).toUtf8());
    while (st.step()) {
        int size = 0;
        const char *data = st.blobData(0, &size);
        if (auto g = geometry_blob::decode(data, size))
            geometries.append(std::move(*g));
    }
    return geometries;
}

QHash<QString, qint64> layerVersions(DistrictStore &store)
{
    QHash<QString, qint64> versions;
    if (!store.hasTable(QStringLiteral("layer_versions")))
        return versions;
    auto st = store.db().prepare("SELECT table_name, version FROM layer_versions");
    while (st.step())
        versions.insert(st.text(0), st.int64(1));
    return versions;
}

} // namespace uo::feature_geometries
