#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

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
};

} // namespace uo
