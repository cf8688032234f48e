#pragma once

#include "core/sql/statement.h"
#include "core/store/bulk_load.h"

#include <QString>
#include <optional>

namespace uo {

class DistrictStore;

// The one transaction a layer import writes in, set up for many rows: rolled back unless commit() is
// reached, so that a cancelled or failed import leaves the store as it was. On a district file it also
// gives the connection a large page cache (a million rows with their indexes thrash SQLite's default
// 2 MB), leaves the CHECK constraints aside while the import writes (the import has checked every
// coded value against CodeLists, whose lists are the schema's CHECK lists, see tst_code_lists, and
// ImportTarget the layers' other CHECKs; SQLite would otherwise build a temporary table for each IN
// list on every insert) and, for a large import, a BulkLoad of the layer. All of it is put back as it
// was when the transaction ends. A server district needs none of this: there it is the transaction alone.
class ImportTransaction
{
public:
    ImportTransaction(DistrictStore &store, const QString &table, bool large);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction &) = delete;
    ImportTransaction &operator=(const ImportTransaction &) = delete;

    void commit();

private:
    DistrictStore &m_store;
    bool m_file = false;
    qint64 m_cacheSize = 0;
    std::optional<sql::Transaction> m_transaction;
    std::optional<BulkLoad> m_bulk;
};

} // namespace uo
