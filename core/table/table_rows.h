#pragma once

#include "core/table/table_columns.h"

#include <QList>
#include <QVariantList>
#include <QVector>

namespace uo {

namespace sql {
class Database;
}

// Reads rows of a table by id, each as the raw values of the attribute table's columns. Looking
// rows up by id keeps every window equally cheap however deep it lies in the sorted list, where
// LIMIT/OFFSET would step over all the rows before it.
class TableRows
{
public:
    static QVector<QVariantList> read(sql::Database &db, const QString &table,
                                      const QList<TableColumn> &columns, const QVector<qint64> &ids);
};

} // namespace uo
