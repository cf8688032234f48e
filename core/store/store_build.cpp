#include "core/store/store_build.h"

#include "core/sql/database.h"
#include "core/store/district_store.h"

namespace uo {

StoreBuild::StoreBuild(DistrictStore &store) : m_store(store)
{
    sql::Database &db = store.db();
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -262144");
}

void StoreBuild::finish()
{
    sql::Database &db = m_store.db();
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA optimize");
}

} // namespace uo
