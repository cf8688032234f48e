#pragma once

#include "core/table/table_columns.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <functional>
#include <optional>

namespace uo {

class TableLookups;

namespace sql {
class Database;
}

// A value filter on one column. The text is matched against what the table shows: a part of a
// name or code ("井盖", "观音桥"), or a comparison ("> 2020-01-01", "<= 12", "= 0101"). A number
// alone matches a numeric column exactly.
struct ColumnFilter
{
    QString column; // TableColumn::name
    QString text;
    bool operator==(const ColumnFilter &) const = default;
};

// What the attribute table shows of a table: the dropdown filters (class, state, street), any
// column filters (all must hold) and the sort. Rows the filter keeps are listed by id.
struct TableQuery
{
    QString table;
    QString classCode;  // components: a major class (2 digits) or a minor class; empty for all
    QString state;      // a code of the table's state column (see stateColumn); empty for all
    QString streetCode; // a street's 9-digit code; empty for all
    QList<ColumnFilter> columnFilters;
    int sortColumn = -1; // index into the table's columns; -1 keeps the store's order (by id)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool isFiltered() const;
    bool operator==(const TableQuery &) const = default;
};

// SQL text with its bound values, built on the GUI thread and run on a worker's own connection.
struct BuiltQuery
{
    QByteArray sql;
    QVariantList binds;
};

class TableQueries
{
public:
    // The column the "state" dropdown filters: state, status or level, whichever the table has.
    static QString stateColumn(const QList<TableColumn> &columns);
    // The column the "street" dropdown filters: the derived street of components or street_code.
    static QString streetColumn(const QList<TableColumn> &columns);

    // SELECT id FROM table WHERE <filters> ORDER BY <sort>, id.
    static BuiltQuery idQuery(const TableQuery &query, const QList<TableColumn> &columns,
                              const TableLookups &lookups);

    // Runs an id query. `cancelled` is asked now and then while SQLite works; when it says yes the
    // query stops and nothing is returned. Throws StoreError on other errors.
    static std::optional<QVector<qint64>> runIds(sql::Database &db, const BuiltQuery &query,
                                                 const std::function<bool()> &cancelled = {});
    // Every id of `table` in order when the ids run without gaps (count = max - min + 1, read from the
    // primary key's ends and one count), as after a bulk load; nothing when there are gaps.
    static std::optional<QVector<qint64>> denseIds(sql::Database &db, const QString &table,
                                                   Qt::SortOrder order);
};

} // namespace uo
