#include "core/store/store_tables.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

#include <QSet>

namespace uo {

namespace {

// SpatiaLite's own tables, as this SpatiaLite makes them: asked of a scratch database given the same
// calls a district store gets (metadata, a reference system, a geometry column with its index), since
// some of its tables appear only on first use.
const QSet<QString> &spatialiteTables()
{
    static const QSet<QString> names = [] {
        sql::Database scratch(QStringLiteral(":memory:"), sql::Database::Mode::Create);
        scratch.exec("SELECT InitSpatialMetadata(1, 'NONE'); SELECT InsertEpsgSrid(4545);"
                     "CREATE TABLE probe (id INTEGER PRIMARY KEY);"
                     "SELECT AddGeometryColumn('probe', 'geom', 4545, 'POINT', 'XY');"
                     "SELECT CreateSpatialIndex('probe', 'geom');");
        QSet<QString> out;
        auto st = scratch.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'probe'");
        while (st.step())
            out.insert(st.text(0).toLower());
        return out;
    }();
    return names;
}

} // namespace

QList<StoreTable> districtTables(DistrictStore &store)
{
    return districtTables(store.db());
}

QList<StoreTable> districtTables(sql::Database &db)
{
    QList<StoreTable> out;
    QStringList virtualTables;
    auto st = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid");
    QList<StoreTable> candidates;
    while (st.step()) {
        const QString name = st.text(0), sql = st.text(1);
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables.append(name.toLower());
        else if (!name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive) &&
                 !spatialiteTables().contains(name.toLower()))
            candidates.append({name, sql, {}});
    }
    auto indexes =
        db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                   "ORDER BY rowid");
    for (StoreTable &table : candidates) {
        // The tables a virtual table keeps its data in (an R*Tree's _node, _parent, _rowid).
        bool shadow = false;
        for (const QString &v : std::as_const(virtualTables))
            shadow = shadow || table.name.toLower().startsWith(v + QLatin1Char('_'));
        if (shadow)
            continue;
        indexes.reset();
        indexes.bind(1, table.name);
        while (indexes.step())
            table.indexes.append(indexes.text(0));
        out.append(table);
    }
    return out;
}

QList<StoreGeometryColumn> geometryColumns(sql::Database &db)
{
    QList<StoreGeometryColumn> out;
    auto st = db.prepare("SELECT f_table_name, f_geometry_column, geometry_type, coord_dimension, srid "
                         "FROM geometry_columns");
    while (st.step())
        out.append({st.text(0), st.text(1), int(st.int64(2)), int(st.int64(3)), int(st.int64(4))});
    return out;
}

} // namespace uo
