#include "core/store/import_transaction.h"

#include "core/sql/database.h"
#include "core/store/district_store.h"

namespace uo {

ImportTransaction::ImportTransaction(DistrictStore &store, const QString &table, bool large)
    : m_store(store), m_file(store.db().dialect() == sql::Dialect::Sqlite)
{
    sql::Database &db = store.db();
    if (m_file) {
        m_cacheSize = db.scalarInt("PRAGMA cache_size");
        db.exec("PRAGMA cache_size = -262144");
    }
    m_transaction.emplace(db);
    if (m_file) {
        db.exec("PRAGMA ignore_check_constraints = ON");
        if (large)
            m_bulk.emplace(db, table);
    }
}

ImportTransaction::~ImportTransaction()
{
    if (!m_file)
        return;
    try {
        m_store.db().exec("PRAGMA ignore_check_constraints = OFF");
        m_store.db().exec("PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
    } catch (...) {
        // Settings of this connection only, gone when it closes; nothing of the store depends on them.
    }
}

void ImportTransaction::commit()
{
    if (m_bulk)
        m_bulk->finish();
    m_transaction->commit();
}

} // namespace uo
