#include "core/store/store_columns.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"

namespace uo {

bool StoreColumns::hasTable(sql::Database &db, const QString &table)
{
    auto st = db.prepare({"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                          "SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                          "current_schema() AND table_name = ?"});
    st.bind(1, table);
    return st.step() && st.int64(0) > 0;
}

QList<StoreColumns::Column> StoreColumns::of(sql::Database &db, const QString &table)
{
    auto st = db.prepare(
        {"SELECT name, type FROM pragma_table_info(?) ORDER BY cid",
         "SELECT column_name::text, CASE WHEN data_type IN ('bigint', 'integer', 'smallint') THEN 'INTEGER' "
         "WHEN data_type IN ('double precision', 'real', 'numeric') THEN 'REAL' WHEN data_type = 'bytea' "
         "THEN 'BLOB' WHEN data_type = 'USER-DEFINED' THEN upper(udt_name::text) ELSE 'TEXT' END "
         "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
         "AND column_name <> 'row_version' ORDER BY ordinal_position"});
    st.bind(1, table);
    QList<Column> columns;
    while (st.step())
        columns.append(Column{st.text(0), st.text(1)});
    return columns;
}

QByteArray StoreColumns::selectList(sql::Database &db, const QString &table)
{
    QByteArray list;
    for (const Column &column : of(db, table))
        list += (list.isEmpty() ? "\"" : ", \"") + column.name.toUtf8() + '"';
    return list;
}

} // namespace uo
