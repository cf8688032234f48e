#include "core/server/server_publish.h"

#include "core/server/pg_connection.h"
#include "core/server/pg_copy.h"
#include "core/server/pg_ddl.h"
#include "core/server/server_district.h"
#include "core/server/server_schema.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_ewkb.h"
#include "core/store/schema.h"
#include "core/store/store_error.h"
#include "core/store/store_tables.h"

#include <cstring>

namespace uo::server {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerPublish)

public:
    static QString storageClass(sql::Statement::Type type)
    {
        switch (type) {
        case sql::Statement::Type::Integer:
            return tr("a whole number");
        case sql::Statement::Type::Real:
            return tr("a decimal number");
        case sql::Statement::Type::Text:
            return tr("text");
        case sql::Statement::Type::Blob:
            return tr("binary data");
        case sql::Statement::Type::Null:
            return tr("nothing");
        }
        return QString();
    }
    static QString columnKind(ColumnKind kind)
    {
        switch (kind) {
        case ColumnKind::Integer:
            return tr("whole numbers");
        case ColumnKind::Real:
            return tr("decimal numbers");
        case ColumnKind::Text:
            return tr("text");
        case ColumnKind::Blob:
            return tr("binary data");
        case ColumnKind::Geometry:
            return tr("2D geometry in the store's format");
        }
        return QString();
    }
};

// Doubles hold whole numbers exactly up to 2^53: SQLite keeps whole values of REAL columns as integers.
constexpr qint64 kExactInDouble = qint64(1) << 53;

QByteArray sqliteQuoted(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

void ensurePostgis(Connection &connection)
{
    if (connection.scalar("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") !=
        QLatin1String("0"))
        return;
    try {
        connection.exec("CREATE EXTENSION postgis");
    } catch (const StoreError &error) {
        throw StoreError(
            error.kind(),
            ServerPublish::tr("The database has no PostGIS and this login may not add it: ask the "
                              "server's administrator to run CREATE EXTENSION postgis in it. (%1)")
                .arg(error.message()));
    }
}

// One table's rows, from the file to the server, each value checked against the column's type first.
qint64 copyRows(sql::Database &db, Connection &connection, const QString &district, const TableDef &def,
                const ServerProgress &progress)
{
    const QString step = ServerPublish::tr("Copying %1").arg(def.name);
    const qint64 total = db.scalarInt("SELECT count(*) FROM " + sqliteQuoted(def.name));
    if (progress && !progress(step, 0, total))
        throw StoreError(StoreError::Kind::Invalid,
                         ServerPublish::tr("Publishing was cancelled; the server was left as it was."));
    QByteArrayList fileColumns, serverColumns;
    int idColumn = -1;
    for (const ColumnDef &column : def.columns) {
        if (column.name == QLatin1String("id") && column.kind == ColumnKind::Integer)
            idColumn = int(fileColumns.size());
        fileColumns.append(sqliteQuoted(column.name));
        serverColumns.append(Connection::quote(column.name));
    }
    auto st = db.prepare("SELECT " + fileColumns.join(", ") + " FROM " + sqliteQuoted(def.name));
    CopyIn copy(connection,
                "COPY " + Connection::qualified(district, def.name) + " (" + serverColumns.join(", ") +
                    ") FROM STDIN (FORMAT binary)",
                step);
    const int n = int(def.columns.size());
    qint64 row = 0;
    while (st.step()) {
        ++row;
        copy.beginRow(n);
        for (int c = 0; c < n; ++c) {
            const ColumnDef &column = def.columns[c];
            const sql::Statement::Type type = st.type(c);
            auto refuse = [&]() {
                const QString where =
                    idColumn >= 0 && st.type(idColumn) == sql::Statement::Type::Integer
                        ? ServerPublish::tr("%1 row id %2").arg(def.name).arg(st.int64(idColumn))
                        : ServerPublish::tr("%1 row %2").arg(def.name).arg(row);
                return StoreError(
                    StoreError::Kind::Invalid,
                    ServerPublish::tr("%1, column %2, holds %3 where the server keeps %4: it cannot be "
                                      "copied as it is, so nothing was published.")
                        .arg(where, column.name, Text::storageClass(type), Text::columnKind(column.kind)));
            };
            if (type == sql::Statement::Type::Null) {
                copy.null();
                continue;
            }
            int size = 0;
            switch (column.kind) {
            case ColumnKind::Integer:
                if (type != sql::Statement::Type::Integer)
                    throw refuse();
                copy.int64(st.int64(c));
                break;
            case ColumnKind::Real:
                if (type == sql::Statement::Type::Real)
                    copy.real(st.real(c));
                else if (type == sql::Statement::Type::Integer && qAbs(st.int64(c)) <= kExactInDouble)
                    copy.real(double(st.int64(c)));
                else
                    throw refuse();
                break;
            case ColumnKind::Text: {
                if (type != sql::Statement::Type::Text)
                    throw refuse();
                const char *data = st.blobData(c, &size);
                if (std::memchr(data, 0, size_t(size))) // PostgreSQL text holds no NUL characters
                    throw refuse();
                copy.bytes(data, size);
                break;
            }
            case ColumnKind::Blob: {
                if (type != sql::Statement::Type::Blob)
                    throw refuse();
                const char *data = st.blobData(c, &size);
                copy.bytes(data, size);
                break;
            }
            case ColumnKind::Geometry: {
                if (type != sql::Statement::Type::Blob)
                    throw refuse();
                const char *data = st.blobData(c, &size);
                const QByteArray ewkb = geometry_ewkb::fromStoreBlob(data, size);
                if (ewkb.isEmpty())
                    throw refuse();
                copy.bytes(ewkb.constData(), ewkb.size());
                break;
            }
            }
        }
        if (progress && row % 20000 == 0 && !progress(step, row, total))
            throw StoreError(StoreError::Kind::Invalid,
                             ServerPublish::tr("Publishing was cancelled; the server was left as it was."));
    }
    copy.finish();
    if (progress)
        progress(step, row, total);
    return row;
}

} // namespace

CopyReport ServerPublish::run(const QString &file, const ServerUrl &url, const ServerProgress &progress)
{
    const QString district = url.district();
    if (district.isEmpty())
        throw RequestError(
            tr("Name the district to publish: --district NAME, or ?district=NAME in the server address."));
    auto store = DistrictStore::open(file, DistrictStore::Access::ReadOnly);
    if (store->schemaVersion() != schema::kCurrentVersion)
        throw StoreError(
            StoreError::Kind::Invalid,
            tr("%1 has schema version %2: open it once in this UrbanOps to upgrade it to version %3, "
               "then publish it.")
                .arg(file)
                .arg(store->schemaVersion())
                .arg(schema::kCurrentVersion));
    sql::Database &db = store->db();

    QList<GeometryColumnInfo> geometry;
    QStringList geometryTables;
    for (const StoreGeometryColumn &g : geometryColumns(db)) {
        const QByteArray type = PgDdl::postgisType(g.type);
        if (type.isEmpty() || g.dimension != 2)
            throw StoreError(
                StoreError::Kind::Invalid,
                tr("The geometry of %1 is not 2D points, lines or polygons, which the server copy takes.")
                    .arg(g.table));
        geometry.append({g.table.toLower(), g.column.toLower(), type, g.srid});
        geometryTables.append(g.table.toLower());
    }
    const QList<StoreTable> tables = districtTables(db);
    QList<TableDef> defs;
    QStringList names;
    for (const StoreTable &table : tables) {
        defs.append(PgDdl::table(district, table.sql, geometry));
        names.append(defs.constLast().name);
        if (names.constLast() == QLatin1String(server_schema::kLoginsTable))
            throw StoreError(
                StoreError::Kind::Invalid,
                tr("%1 has a table named %2, which on a server holds the logins; rename it before "
                   "publishing.")
                    .arg(file, names.constLast()));
    }

    Connection connection(url);
    if (ServerDistrict::exists(connection, district))
        throw RequestError(
            tr("%1 already has a district (or schema) named %2: publish under another name with "
               "--district, or remove it first (docs/server.md).")
                .arg(url.withDistrict(QString()).display(), district));
    ensurePostgis(connection);

    CopyReport report;
    report.district = district;
    ServerTransaction tx(connection);
    // Index builds after the load sort in memory rather than on disk.
    connection.exec("SET LOCAL maintenance_work_mem = '256MB'");
    const QByteArray s = Connection::quote(district);
    connection.exec("CREATE SCHEMA " + s, tr("creating the district's schema"));
    for (const TableDef &def : std::as_const(defs))
        connection.exec(def.create, tr("creating the table %1").arg(def.name));
    for (const TableDef &def : std::as_const(defs)) {
        report.rows += copyRows(db, connection, district, def, progress);
        ++report.tables;
    }

    auto step = [&](const QString &what) {
        if (progress && !progress(what, 0, 0))
            throw StoreError(StoreError::Kind::Invalid,
                             tr("Publishing was cancelled; the server was left as it was."));
    };
    step(tr("Building keys and indexes"));
    for (const TableDef &def : std::as_const(defs))
        for (const QByteArray &key : def.keys)
            connection.exec(key, tr("building the keys of %1").arg(def.name));
    for (const StoreTable &table : tables)
        for (const QString &index : table.indexes)
            connection.exec(PgDdl::index(district, index), tr("building the indexes of %1").arg(table.name));
    for (const GeometryColumnInfo &g : std::as_const(geometry))
        if (names.contains(g.table))
            connection.exec("CREATE INDEX " +
                                Connection::quote(QStringLiteral("idx_%1_%2").arg(g.table, g.column)) +
                                " ON " + Connection::qualified(district, g.table) + " USING gist (" +
                                Connection::quote(g.column) + ')',
                            tr("building the spatial index of %1").arg(g.table));
    step(tr("Checking references between tables"));
    for (const TableDef &def : std::as_const(defs))
        for (const QByteArray &key : def.foreignKeys)
            connection.exec(key, tr("checking the references of %1").arg(def.name));
    for (const TableDef &def : std::as_const(defs))
        for (const ColumnDef &column : def.columns)
            if (column.identity) {
                const QByteArray table = Connection::qualified(district, def.name),
                                 name = Connection::quote(column.name);
                // New rows are numbered after the highest copied, as SQLite numbers them.
                connection.query("SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(" + name +
                                     "), 0) + 1, false) FROM " + table,
                                 {QString::fromUtf8(table), column.name});
            }
    step(tr("Setting up roles, row versions and the audit log"));
    server_schema::install(connection, district, names, geometryTables, store->schemaVersion());
    for (const QString &name : std::as_const(names))
        connection.exec("ANALYZE " + Connection::qualified(district, name));
    step(tr("Committing"));
    tx.commit();
    return report;
}

} // namespace uo::server
