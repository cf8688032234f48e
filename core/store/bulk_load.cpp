#include "core/store/bulk_load.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"

namespace uo {

BulkLoad::BulkLoad(sql::Database &db, const QString &table) : m_db(db), m_table(table.toUtf8())
{
    auto st = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?");
    st.bind(1, table);
    QByteArrayList names;
    while (st.step()) {
        names.append(st.text(0).toUtf8());
        m_triggers.append(st.text(1).toUtf8());
    }
    for (const QByteArray &name : std::as_const(names))
        m_db.exec("DROP TRIGGER \"" + name + '"');
    if (m_db.scalarInt("SELECT count(*) FROM (SELECT 1 FROM \"" + m_table + "\" LIMIT 1)") == 0) {
        // Indexes the schema made (not those SQLite makes for UNIQUE, which have no SQL).
        auto indexes =
            m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                         "AND sql IS NOT NULL");
        indexes.bind(1, table);
        names.clear();
        while (indexes.step()) {
            names.append(indexes.text(0).toUtf8());
            m_indexes.append(indexes.text(1).toUtf8());
        }
        for (const QByteArray &name : std::as_const(names))
            m_db.exec("DROP INDEX \"" + name + '"');
    }
}

BulkLoad::BulkLoad(DistrictStore &store, const QString &table) : BulkLoad(store.db(), table) {}

BulkLoad::~BulkLoad()
{
    if (!m_finished) {
        try {
            restoreTriggers();
        } catch (...) {
            // The caller's transaction rolls back the drop as well; nothing more can be done here.
        }
    }
}

void BulkLoad::restoreTriggers()
{
    for (const QByteArray &sql : std::as_const(m_triggers))
        m_db.exec(sql);
    m_triggers.clear();
    for (const QByteArray &sql : std::as_const(m_indexes))
        m_db.exec(sql);
    m_indexes.clear();
}

void BulkLoad::finish()
{
    restoreTriggers();
    const QByteArray index = "\"idx_" + m_table + "_geom\"";
    m_db.exec("DELETE FROM " + index);
    m_db.exec("INSERT INTO " + index +
              " (pkid, xmin, xmax, ymin, ymax) SELECT ROWID, MbrMinX(geom), MbrMaxX(geom), "
              "MbrMinY(geom), MbrMaxY(geom) FROM \"" +
              m_table + "\" WHERE geom IS NOT NULL");
    m_db.exec("UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
              "WHERE Lower(f_table_name) = Lower('" +
              m_table + "')");
    // The per-row change counter was set aside with the other triggers: count the load as one change.
    m_db.exec("UPDATE layer_versions SET version = version + 1 WHERE table_name = '" + m_table + "'");
    m_finished = true;
}

} // namespace uo
