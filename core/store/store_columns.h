#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// The tables and columns of a district as its store holds them, on a file (sqlite_master,
// pragma_table_info) or on a server (information_schema), in the same words.
class StoreColumns
{
    Q_DECLARE_TR_FUNCTIONS(uo::StoreColumns)

public:
    struct Column
    {
        QString name;
        // As SQLite declares it: INTEGER, REAL, TEXT, BLOB, or the geometry's type (POINT ...).
        QString type;
    };

    static bool hasTable(sql::Database &db, const QString &table);
    // In the table's order; empty when there is no such table. A server's row_version, which only the
    // server's triggers write, is not among them.
    static QList<Column> of(sql::Database &db, const QString &table);
    // The table's columns quoted and joined for a SELECT list: what `SELECT *` reads on a file, on a
    // server too (without its row_version). Empty when there is no such table.
    static QByteArray selectList(sql::Database &db, const QString &table);

    // The same for code above core, which holds the store, never its connection.
    static QList<Column> of(DistrictStore &store, const QString &table);

    // A column an import may fill: neither the geometry nor the row id.
    struct Fillable
    {
        QString name;
        QString type;          // as declared, upper case
        bool required = false; // NOT NULL without a default
        bool unique = false;   // a UNIQUE constraint of this column alone
    };
    // The fillable columns of a district file's table, in the table's order.
    static QList<Fillable> fillable(DistrictStore &store, const QString &table);
};

} // namespace uo
