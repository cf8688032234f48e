#pragma once

#include <QByteArrayList>
#include <QString>

namespace uo::sql {
class Database;
}

namespace uo {

class DistrictStore;

// Loads many rows into one map layer fast. SpatiaLite keeps a layer right with triggers that run per
// row (type and SRID check, last-insert time, spatial index); for a million rows they cost more than
// the rows. While a BulkLoad lives those triggers are set aside; finish() puts them back exactly as
// they were and fills the spatial index in one statement. Into an empty table, its ordinary indexes
// are set aside too and built again by finish(): sorting a million keys once is several times cheaper
// than inserting them one by one. The caller must write valid geometry of the layer's type and SRID:
// nothing checks it in between.
class BulkLoad
{
public:
    BulkLoad(sql::Database &db, const QString &table);
    BulkLoad(DistrictStore &store, const QString &table);
    ~BulkLoad(); // restores the triggers if finish() was not reached
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    void finish();

private:
    void restoreTriggers();

    sql::Database &m_db;
    QByteArray m_table;
    QByteArrayList m_triggers;
    QByteArrayList m_indexes; // CREATE INDEX statements set aside, empty unless the table was empty
    bool m_finished = false;
};

} // namespace uo
