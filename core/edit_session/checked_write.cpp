#include "core/edit_session/checked_write.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/locked_rows.h"
#include "core/store/store_columns.h"

#include <QMap>

namespace uo::edit {

namespace {
RowState rowOf(const Rows &rows, const FeatureKey &key)
{
    const auto it = rows.constFind(key);
    return it == rows.cend() ? RowState() : *it;
}

bool allAs(const Rows &now, const Rows &state)
{
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        if (!sameRow(rowOf(now, it.key()), *it))
            return false;
    return true;
}

QList<Conflict> conflictsOf(const Rows &now, const Rows &expected, const Rows &wanted)
{
    QList<Conflict> conflicts;
    QList<FeatureKey> keys = expected.keys() + wanted.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const FeatureKey &key : keys) {
        const RowState theirs = rowOf(now, key), original = rowOf(expected, key), mine = rowOf(wanted, key);
        if (!sameRow(theirs, original) && !sameRow(theirs, mine))
            conflicts.append({key, original, mine, theirs});
    }
    return conflicts;
}
// The stored rows the write is about, locked by table and id (LockedRows) before the second look. Keys
// that stand for no row of their own (a table without ids, such as the permit rules) lock nothing.
void lockRows(DistrictStore &store, const Rows &expected, const Rows &wanted)
{
    QMap<QString, QList<qint64>> ids;
    for (const Rows *rows : {&expected, &wanted})
        for (auto it = rows->cbegin(); it != rows->cend(); ++it)
            ids[it.key().table] << it.key().id;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const QList<StoreColumns::Column> columns = StoreColumns::of(store.db(), it.key());
        if (std::any_of(columns.cbegin(), columns.cend(),
                        [](const StoreColumns::Column &c) { return c.name == QLatin1String("id"); }))
            LockedRows::lock(store.db(), it.key(), *it);
    }
}
} // namespace

CheckedWrite writeChecked(DistrictStore &store, const std::function<Rows()> &read, const Rows &expected,
                          const Rows &wanted, const std::function<void()> &write, bool force)
{
    // A first look without the write lock: a change that is already made takes no lock at all.
    if (!force && allAs(read(), wanted))
        return {};
    store.requireWritable();
    sql::Transaction tx(store.db());
    CheckedWrite result;
    if (!force) {
        lockRows(store, expected, wanted);
        const Rows now = read();
        if (allAs(now, wanted))
            return result;
        result.conflicts = conflictsOf(now, expected, wanted);
        if (!result.conflicts.isEmpty())
            return result;
    }
    write();
    tx.commit();
    result.written = true;
    return result;
}

} // namespace uo::edit
