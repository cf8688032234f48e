#include "core/store/store_columns.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

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

QList<StoreColumns::Column> StoreColumns::of(DistrictStore &store, const QString &table)
{
    return of(store.db(), table);
}

QList<StoreColumns::Fillable> StoreColumns::fillable(DistrictStore &store, const QString &table)
{
    sql::Database &db = store.db();
    QList<Fillable> result;
    auto info = db.prepare("SELECT name, upper(type), \"notnull\", dflt_value, pk FROM pragma_table_info(?)");
    info.bind(1, table);
    while (info.step()) {
        const QString name = info.text(0);
        if (name == QLatin1String("geom") || info.int64(4) != 0)
            continue;
        result.append({name, info.text(1), info.int64(2) != 0 && info.isNull(3), false});
    }
    // UNIQUE columns come from the table's automatic unique indexes.
    auto indexes = db.prepare("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'u'");
    indexes.bind(1, table);
    while (indexes.step()) {
        auto cols = db.prepare("SELECT name FROM pragma_index_info(?)");
        cols.bind(1, indexes.text(0));
        QStringList names;
        while (cols.step())
            names.append(cols.text(0));
        if (names.size() == 1)
            for (Fillable &c : result)
                if (c.name == names.first())
                    c.unique = true;
    }
    return result;
}

} // namespace uo
