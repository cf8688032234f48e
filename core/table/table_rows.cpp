#include "core/table/table_rows.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <QStringList>

namespace uo {

QVector<QVariantList> TableRows::read(sql::Database &db, const QString &table,
                                      const QList<TableColumn> &columns, const QVector<qint64> &ids)
{
    QStringList expressions;
    for (const TableColumn &column : columns)
        expressions.append(column.expression);
    const QString sql = QStringLiteral("SELECT %1 FROM \"%2\" WHERE id = ?")
                            .arg(expressions.join(QStringLiteral(", ")), table);
    auto statement = db.prepare(sql.toUtf8());
    QVector<QVariantList> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids) {
        statement.bind(1, id);
        QVariantList values;
        // A row deleted since the ids were listed reads as empty rather than shifting its neighbours.
        if (statement.step()) {
            values.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c)
                values.append(statement.value(c));
        }
        rows.append(values);
        statement.reset();
    }
    return rows;
}

} // namespace uo
