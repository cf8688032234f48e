#include "core/store/row_writer.h"

#include "core/store/district_store.h"

namespace uo {

namespace {

QByteArray quoted(const char *name)
{
    return '"' + QByteArray(name) + '"';
}

} // namespace

RowWriter::RowWriter(sql::Statement statement, bool returnsId)
    : m_statement(std::move(statement)), m_returnsId(returnsId)
{
}

RowWriter RowWriter::insert(DistrictStore &store, const char *table,
                            std::initializer_list<const char *> columns, Returning returning)
{
    QByteArrayList names, marks;
    for (const char *c : columns) {
        names.append(quoted(c));
        marks.append("?");
    }
    QByteArray sql =
        "INSERT INTO " + quoted(table) + " (" + names.join(", ") + ") VALUES (" + marks.join(", ") + ')';
    if (returning == Returning::Id)
        sql += " RETURNING id"; // both engines read it: no last-insert id of the connection to ask
    return RowWriter(store.db().prepare(sql), returning == Returning::Id);
}

RowWriter RowWriter::updateById(DistrictStore &store, const char *table,
                                std::initializer_list<const char *> columns)
{
    QByteArrayList sets;
    for (const char *c : columns)
        sets.append(quoted(c) + " = ?");
    return RowWriter(
        store.db().prepare("UPDATE " + quoted(table) + " SET " + sets.join(", ") + " WHERE id = ?"), false);
}

qint64 RowWriter::run()
{
    if (!m_returnsId) {
        m_statement.run();
        return 0;
    }
    try {
        m_statement.step();
        const qint64 id = m_statement.int64(0);
        m_statement.reset();
        return id;
    } catch (...) {
        m_statement.reset();
        throw;
    }
}

} // namespace uo
