#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo::server {

// How a column's values travel from a district file to the server: the SQLite storage class each value
// must have (anything else could not be stored faithfully) and the PostgreSQL type that holds it.
enum class ColumnKind
{
    Integer,
    Real,
    Text,
    Blob,
    Geometry
};

struct ColumnDef
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    QByteArray pgType;     // bigint, double precision, text, bytea, geometry(Point,4545)
    bool identity = false; // INTEGER PRIMARY KEY: the server numbers new rows after the highest
};

// A geometry column as SpatiaLite registers it (geometry_columns).
struct GeometryColumnInfo
{
    QString table;
    QString column;
    QByteArray type; // PostGIS name: Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon
    int srid = 0;
};

// One table of a district file, translated to PostgreSQL. Keys and foreign keys are apart from the
// CREATE TABLE so that they are built once after the rows are loaded rather than row by row, and so
// that foreign keys come after every table's keys.
struct TableDef
{
    QString name;
    QList<ColumnDef> columns;
    QByteArray create;
    QByteArrayList keys;        // ALTER TABLE ... ADD PRIMARY KEY / ADD UNIQUE
    QByteArrayList foreignKeys; // ALTER TABLE ... ADD FOREIGN KEY ... REFERENCES ...
};

// Translates SQLite's CREATE TABLE and CREATE INDEX statements (as sqlite_master keeps them) into the
// same tables and indexes in a PostgreSQL schema: same columns, NOT NULL, DEFAULT, CHECK, PRIMARY KEY,
// UNIQUE and REFERENCES ... ON DELETE. Identifiers are lower-cased (SQLite compares them without case);
// text columns sort by code point (COLLATE "C") as SQLite's BINARY does. Throws StoreError (Invalid)
// naming the table when a part has no faithful PostgreSQL form.
class PgDdl
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::PgDdl)

public:
    static TableDef table(const QString &schema, const QString &sqliteSql,
                          const QList<GeometryColumnInfo> &geometry);
    static QByteArray index(const QString &schema, const QString &sqliteSql);
    // SpatiaLite's geometry_columns.geometry_type (OGC code; 2D only) as a PostGIS type name; empty for
    // codes the server copy does not take.
    static QByteArray postgisType(int spatialiteCode);
};

} // namespace uo::server
