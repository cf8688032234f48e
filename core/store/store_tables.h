#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uo::sql {
class Database;
}

namespace uo {

class DistrictStore;

// A table of a district file as SQLite keeps it.
struct StoreTable
{
    QString name;
    QString sql;         // its CREATE TABLE statement, as sqlite_master has it
    QStringList indexes; // CREATE INDEX statements of the indexes the schema made (not UNIQUE's own)
};

// A geometry column as SpatiaLite registers it.
struct StoreGeometryColumn
{
    QString table;
    QString column;
    int type = 0;      // OGC code: 1 point ... 6 multipolygon
    int dimension = 2; // 2: XY
    int srid = 0;
};

// The tables of a district file that hold the district, in the order they were made: every table but
// SQLite's own, SpatiaLite's metadata and the spatial indexes. Read from the file, never from a list
// in code, so that tables a newer schema adds travel with the rest.
QList<StoreTable> districtTables(sql::Database &db);
// The same of a district file, for code above core.
QList<StoreTable> districtTables(DistrictStore &store);
QList<StoreGeometryColumn> geometryColumns(sql::Database &db);

} // namespace uo
