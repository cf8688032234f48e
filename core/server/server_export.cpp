#include "core/server/server_export.h"

#include "core/server/pg_connection.h"
#include "core/server/pg_copy.h"
#include "core/server/pg_ddl.h"
#include "core/server/server_district.h"
#include "core/server/server_schema.h"
#include "core/sql/statement.h"
#include "core/store/bulk_load.h"
#include "core/store/district_store.h"
#include "core/store/geometry_ewkb.h"
#include "core/store/store_error.h"
#include "core/store/store_tables.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <optional>

namespace uo::server {

namespace {

struct ServerColumn
{
    QString name;
    ColumnKind kind;
};

// The columns of a server table with the kind of value each holds, in the server's order, without the
// row version; refuses a type a district file has no place for before any row is copied.
QList<ServerColumn> serverColumns(ServerDistrict &district, const QString &table)
{
    const Result rows = district.connection().query(
        "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        {QString::fromUtf8(district.table(table))});
    static const QHash<QString, ColumnKind> kinds = {
        {QStringLiteral("int8"), ColumnKind::Integer}, {QStringLiteral("int4"), ColumnKind::Integer},
        {QStringLiteral("int2"), ColumnKind::Integer}, {QStringLiteral("float8"), ColumnKind::Real},
        {QStringLiteral("text"), ColumnKind::Text},    {QStringLiteral("varchar"), ColumnKind::Text},
        {QStringLiteral("bytea"), ColumnKind::Blob},   {QStringLiteral("geometry"), ColumnKind::Geometry}};
    QList<ServerColumn> out;
    for (int i = 0; i < rows.rows(); ++i) {
        const QString name = rows.text(i, 0), type = rows.text(i, 1);
        if (name == QLatin1String(server_schema::kRowVersion))
            continue;
        if (!kinds.contains(type))
            throw StoreError(
                StoreError::Kind::Invalid,
                ServerExport::tr("Column %1 of %2 has the server type %3, which a district file does "
                                 "not hold; nothing was exported.")
                    .arg(name, table, type));
        out.append({name, kinds.value(type)});
    }
    return out;
}

QStringList fileColumns(sql::Database &db, const QString &table)
{
    QStringList out;
    auto st = db.prepare("SELECT name FROM pragma_table_info(?)");
    st.bind(1, table);
    while (st.step())
        out.append(st.text(0).toLower());
    return out;
}

void removeFile(const QString &file)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(file + suffix);
}

qint64 copyTable(ServerDistrict &district, sql::Database &db, const QString &table, bool geometry,
                 const ServerProgress &progress)
{
    const QString step = ServerExport::tr("Copying %1").arg(table);
    const QList<ServerColumn> columns = serverColumns(district, table);
    const QStringList inFile = fileColumns(db, table);
    QStringList names;
    for (const ServerColumn &c : columns)
        names.append(c.name);
    QStringList sortedServer = names, sortedFile = inFile;
    sortedServer.sort();
    sortedFile.sort();
    if (sortedServer != sortedFile)
        throw StoreError(
            StoreError::Kind::Invalid,
            ServerExport::tr("Table %1 has the columns %2 on the server but %3 in a district file of this "
                             "UrbanOps; nothing was exported.")
                .arg(table, names.join(QStringLiteral(", ")), inFile.join(QStringLiteral(", "))));
    // The schema version row is the server's: a file keeps its version in its header.
    const QByteArray from = " FROM " + district.table(table) +
                            (table == QLatin1String("settings")
                                 ? QByteArray(" WHERE key <> '") + server_schema::kVersionKey + '\''
                                 : QByteArray());
    const qint64 total = district.connection().scalar("SELECT count(*)" + from).toLongLong();
    if (progress && !progress(step, 0, total))
        throw StoreError(StoreError::Kind::Invalid,
                         ServerExport::tr("The export was cancelled; no file was made."));

    QByteArrayList quoted, marks;
    for (const QString &name : std::as_const(names)) {
        quoted.append(Connection::quote(name));
        marks.append("?");
    }
    db.exec("DELETE FROM \"" + table.toUtf8() + '"'); // what creating the file put there (settings ...)
    std::optional<BulkLoad> bulk;
    if (geometry)
        bulk.emplace(db, table);
    auto insert = db.prepare("INSERT INTO \"" + table.toUtf8() + "\" (" + quoted.join(", ") + ") VALUES (" +
                             marks.join(", ") + ')');
    CopyOut copy(district.connection(),
                 "COPY (SELECT " + quoted.join(", ") + from + ") TO STDOUT (FORMAT binary)", step);
    qint64 rows = 0;
    while (copy.next()) {
        insert.reset();
        for (int c = 0; c < columns.size(); ++c) {
            const int index = c + 1;
            if (copy.isNull(c)) {
                insert.bindNull(index);
                continue;
            }
            switch (columns[c].kind) {
            case ColumnKind::Integer:
                insert.bind(index, copy.int64(c));
                break;
            case ColumnKind::Real:
                insert.bind(index, copy.real(c));
                break;
            case ColumnKind::Text:
                insert.bind(index, QString::fromUtf8(copy.data(c), copy.size(c)));
                break;
            case ColumnKind::Blob:
                insert.bindBlob(index, QByteArray(copy.data(c), copy.size(c)));
                break;
            case ColumnKind::Geometry: {
                const QByteArray blob = geometry_ewkb::toStoreBlob(copy.data(c), copy.size(c));
                if (blob.isEmpty())
                    throw StoreError(
                        StoreError::Kind::Invalid,
                        ServerExport::tr("A geometry in %1 is not a 2D point, line or polygon, which a "
                                         "district file holds; nothing was exported.")
                            .arg(table));
                insert.bindBlob(index, blob);
                break;
            }
            }
        }
        insert.run();
        ++rows;
        if (progress && rows % 20000 == 0 && !progress(step, rows, total))
            throw StoreError(StoreError::Kind::Invalid,
                             ServerExport::tr("The export was cancelled; no file was made."));
    }
    if (bulk)
        bulk->finish();
    if (progress)
        progress(step, rows, total);
    return rows;
}

} // namespace

CopyReport ServerExport::run(const ServerUrl &url, const QString &file, const ServerProgress &progress)
{
    auto district = ServerDistrict::open(url);
    CopyReport report;
    report.district = district->name();
    if (QFileInfo::exists(file))
        throw FileError(FileError::Kind::Exists,
                        tr("%1 already exists; an export never writes over a file.").arg(file));
    QStringList tables = district->tables();
    tables.removeAll(QLatin1String(server_schema::kLoginsTable));
    // Loading a map layer counts as a change of it (BulkLoad); the counters must end as the server has
    // them, so they come last.
    if (tables.removeAll(QStringLiteral("layer_versions")) > 0)
        tables.append(QStringLiteral("layer_versions"));

    DistrictStore::createAtVersion(file, district->settings(), district->schemaVersion());
    try {
        sql::Database db(file, sql::Database::Mode::ReadWrite);
        QStringList inFile, geometryTables;
        for (const StoreTable &table : districtTables(db))
            inFile.append(table.name.toLower());
        for (const StoreGeometryColumn &g : geometryColumns(db))
            geometryTables.append(g.table.toLower());
        for (const QString &table : std::as_const(tables))
            if (!inFile.contains(table))
                throw StoreError(
                    StoreError::Kind::Invalid,
                    tr("District %1 has a table %2 that district files of this UrbanOps do not have; "
                       "update UrbanOps to export it.")
                        .arg(district->name(), table));
        // The server holds one consistent moment of the district for the whole export.
        district->connection().exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        // A million rows go into a table with a UNIQUE index in id order, not index order: with
        // SQLite's default 2 MB of cache nearly every insert reads and spills index pages.
        db.exec("PRAGMA cache_size = -262144");
        sql::Transaction tx(db);
        db.exec("PRAGMA defer_foreign_keys = ON"); // rows arrive table by table, not in reference order
        for (const QString &table : std::as_const(tables)) {
            report.rows += copyTable(*district, db, table, geometryTables.contains(table), progress);
            ++report.tables;
        }
        tx.commit();
        district->connection().commit(Connection::tr("committing a transaction"));
    } catch (...) {
        removeFile(file);
        throw;
    }
    return report;
}

} // namespace uo::server
