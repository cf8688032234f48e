#pragma once

#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// A consistent copy of a live store, WAL content included, through SQLite's online backup (the only way
// to copy a store that another program may be writing). The copy is written under a temporary name
// (`target.partial`) and renamed to `target` only when whole, so that a copy cut short by a crash never
// looks like a good one. Throws StoreError naming `doing` (e.g. "backing it up before an upgrade"); on
// failure nothing is left at either name.
void copyStore(sql::Database &source, const QString &target, const QString &doing);
void copyStore(DistrictStore &source, const QString &target, const QString &doing);

} // namespace uo
