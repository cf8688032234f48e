#include "core/sql/dialect_sql.h"

#include "core/sql/database.h"

namespace uo::sql {

QByteArray likeCondition(Dialect dialect, const QByteArray &expression, const QByteArray &pattern)
{
    if (dialect == Dialect::Postgres)
        return "CAST(" + expression + " AS text) ILIKE " + pattern + " ESCAPE '\\'";
    return expression + " LIKE " + pattern + " ESCAPE '\\'";
}

QByteArray likeCondition(const Database &db, const QByteArray &expression, const QByteArray &pattern)
{
    return likeCondition(db.dialect(), expression, pattern);
}

} // namespace uo::sql
