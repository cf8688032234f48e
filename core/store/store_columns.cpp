#include "core/store/store_columns.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo {

namespace {

// SQLite's type names for a server column's type, as of() reads them.
constexpr const char *kPgTypeAsSqlite =
    "CASE WHEN data_type IN ('bigint', 'integer', 'smallint') THEN 'INTEGER' "
    "WHEN data_type IN ('double precision', 'real', 'numeric') THEN 'REAL' WHEN data_type = 'bytea' "
    "THEN 'BLOB' WHEN data_type = 'USER-DEFINED' THEN upper(udt_name::text) ELSE 'TEXT' END";

// The columns of `table` that a UNIQUE constraint of their own covers.
QStringList uniqueColumns(sql::Database &db, const QString &table)
{
    auto st = db.prepare(
        {"SELECT ii.name FROM pragma_index_list(?1) il, pragma_index_info(il.name) ii WHERE il.\"unique\" = "
         "1 "
         "AND il.origin = 'u' AND (SELECT count(*) FROM pragma_index_info(il.name)) = 1",
         "SELECT min(k.column_name::text) FROM information_schema.table_constraints tc "
         "JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema "
         "AND k.constraint_name = tc.constraint_name WHERE tc.table_schema = current_schema() "
         "AND tc.table_name = ?1 AND tc.constraint_type = 'UNIQUE' GROUP BY tc.constraint_name "
         "HAVING count(*) = 1"});
    st.bind(1, table);
    QStringList names;
    while (st.step())
        names.append(st.text(0));
    return names;
}

} // namespace

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
         QByteArray("SELECT column_name::text, ") + kPgTypeAsSqlite +
             " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
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

QList<StoreColumns::Column> StoreColumns::of(DistrictStore &store, const QString &table)
{
    return of(store.db(), table);
}

QList<StoreColumns::Fillable> StoreColumns::fillable(DistrictStore &store, const QString &table)
{
    sql::Database &db = store.db();
    QList<Fillable> result;
    // Name, type, NOT NULL, default (null: none), part of the primary key.
    auto info = db.prepare(
        {"SELECT name, upper(type), \"notnull\", dflt_value, pk FROM pragma_table_info(?)",
         QByteArray("SELECT c.column_name::text, ") + kPgTypeAsSqlite +
             ", (c.is_nullable = 'NO')::int, CASE WHEN c.column_default IS NULL AND c.is_identity = 'NO' "
             "THEN NULL ELSE 'default' END, (EXISTS (SELECT 1 FROM information_schema.table_constraints tc "
             "JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema "
             "AND k.constraint_name = tc.constraint_name WHERE tc.table_schema = c.table_schema "
             "AND tc.table_name = c.table_name AND tc.constraint_type = 'PRIMARY KEY' "
             "AND k.column_name = c.column_name))::int FROM information_schema.columns c "
             "WHERE c.table_schema = current_schema() AND c.table_name = ? AND c.column_name <> "
             "'row_version' "
             "ORDER BY c.ordinal_position"});
    info.bind(1, table);
    const QStringList unique = uniqueColumns(db, table);
    while (info.step()) {
        const QString name = info.text(0);
        if (name == QLatin1String("geom") || info.int64(4) != 0)
            continue;
        result.append({name, info.text(1), info.int64(2) != 0 && info.isNull(3), unique.contains(name)});
    }
    return result;
}

} // namespace uo
