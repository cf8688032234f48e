#pragma once

#include "core/sql/statement.h"

#include <QByteArray>
#include <QVariant>
#include <initializer_list>

namespace uo {

class DistrictStore;

// Many rows of the caller's own making into one table (the demo district): an INSERT of the named
// columns, or an UPDATE of them on the row of an id, prepared once and run per row, so that code above
// core writes rows without holding the store's connection. Table and column names are the caller's
// constants, never the user's. Values are bound by position from 1, in the order of `columns`; an
// update's id is the position after the last column. Run it inside the caller's transaction
// (DistrictStore::transaction()).
class RowWriter
{
public:
    enum class Returning
    {
        Nothing,
        Id // run() returns the new row's id
    };
    static RowWriter insert(DistrictStore &store, const char *table,
                            std::initializer_list<const char *> columns,
                            Returning returning = Returning::Nothing);
    static RowWriter updateById(DistrictStore &store, const char *table,
                                std::initializer_list<const char *> columns);

    RowWriter &bind(int index, qint64 value)
    {
        m_statement.bind(index, value);
        return *this;
    }
    RowWriter &bind(int index, int value) { return bind(index, qint64(value)); }
    RowWriter &bind(int index, double value)
    {
        m_statement.bind(index, value);
        return *this;
    }
    RowWriter &bind(int index, const QString &value)
    {
        m_statement.bind(index, value);
        return *this;
    }
    RowWriter &bindBlob(int index, const QByteArray &value)
    {
        m_statement.bindBlob(index, value);
        return *this;
    }
    RowWriter &bindVariant(int index, const QVariant &value)
    {
        m_statement.bindVariant(index, value);
        return *this;
    }
    // Writes the row and clears the values for the next one; the new row's id with Returning::Id, else 0.
    qint64 run();

private:
    RowWriter(sql::Statement statement, bool returnsId);

    sql::Statement m_statement;
    bool m_returnsId;
};

} // namespace uo
