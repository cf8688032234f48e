#include "core/store/locked_rows.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <algorithm>

namespace uo {

namespace {
// Ids per statement: few round trips for a large save, and well under SQLite's limit of bound values.
constexpr int kChunk = 500;
} // namespace

QHash<qint64, QVariantMap> LockedRows::lock(sql::Database &db, const QString &table, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const QByteArray lockClause = db.spelled({"", " FOR UPDATE"});
    QHash<qint64, QVariantMap> rows;
    rows.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const qsizetype count = std::min<qsizetype>(kChunk, ids.size() - first);
        QByteArray marks = "?";
        for (qsizetype i = 1; i < count; ++i)
            marks += ",?";
        // ORDER BY id: PostgreSQL locks the rows in the order it returns them.
        auto st = db.prepare("SELECT * FROM \"" + table.toUtf8() + "\" WHERE id IN (" + marks +
                             ") ORDER BY id" + lockClause);
        for (qsizetype i = 0; i < count; ++i)
            st.bind(int(i + 1), ids.at(first + i));
        while (st.step()) {
            QVariantMap row;
            for (int c = 0; c < st.columnCount(); ++c)
                row.insert(st.columnName(c), st.value(c));
            rows.insert(row.value(QStringLiteral("id")).toLongLong(), row);
        }
    }
    return rows;
}

QVariantMap LockedRows::lockOne(sql::Database &db, const QString &table, qint64 id)
{
    return lock(db, table, {id}).value(id);
}

} // namespace uo
