#include "core/table/table_query.h"

#include "core/sql/database.h"
#include "core/sql/dialect_sql.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "core/table/table_lookups.h"

#include <QRegularExpression>
#include <sqlite3.h>

namespace uo {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QVariant typed(const TableColumn &column, const QString &text)
{
    if (column.isNumeric()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok)
            return column.kind == TableColumn::Kind::Real ? QVariant(value) : QVariant(qint64(value));
    }
    return text;
}

// One column filter as an SQL condition.
QString condition(const TableColumn &column, const QString &rawText, const TableLookups &lookups,
                  QVariantList &binds)
{
    const QString text = rawText.trimmed();
    static const QRegularExpression comparison(QStringLiteral("^(<=|>=|<>|!=|<|>|=)\\s*(.*)$"));
    const auto match = comparison.match(text);
    if (match.hasMatch()) {
        QString op = match.captured(1);
        if (op == QLatin1String("!="))
            op = QStringLiteral("<>");
        binds.append(typed(column, match.captured(2).trimmed()));
        return column.expression + QLatin1Char(' ') + op + QStringLiteral(" ?");
    }
    if (column.isCoded()) {
        // Codes whose shown name or code contains the text: the user types what they read.
        QStringList placeholders;
        for (const auto &[value, shown] : lookups.choices(column)) {
            if (shown.contains(text, Qt::CaseInsensitive) ||
                value.toString().contains(text, Qt::CaseInsensitive)) {
                binds.append(value);
                placeholders.append(QStringLiteral("?"));
            }
        }
        if (placeholders.isEmpty())
            return QStringLiteral("1 = 0"); // false, as both engines read it
        return column.expression + QStringLiteral(" IN (") + placeholders.join(QLatin1Char(',')) +
               QLatin1Char(')');
    }
    if (column.isNumeric()) {
        bool ok = false;
        text.toDouble(&ok);
        if (ok) {
            binds.append(typed(column, text));
            return column.expression + QStringLiteral(" = ?");
        }
    }
    binds.append(likePattern(text));
    return QString::fromUtf8(sql::likeCondition(lookups.dialect(), column.expression.toUtf8(), "?"));
}

// `expression` starts with `prefix`, as a range of the column so that its index serves it: codes
// are digits, so the prefix with its last character raised by one ends the range.
QString startsWith(const QString &expression, const QString &prefix, QVariantList &binds)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    binds.append(prefix);
    binds.append(end);
    return expression + QStringLiteral(" >= ? AND ") + expression + QStringLiteral(" < ?");
}

QString whereClause(const TableQuery &query, const QList<TableColumn> &columns, const TableLookups &lookups,
                    QVariantList &binds)
{
    QStringList conditions;
    if (!query.classCode.isEmpty() && TableColumns::indexOf(columns, QStringLiteral("class_code")) >= 0) {
        if (query.classCode.size() == 2) {
            conditions.append(startsWith(QStringLiteral("class_code"), query.classCode, binds));
        } else {
            conditions.append(QStringLiteral("class_code = ?"));
            binds.append(query.classCode);
        }
    }
    const QString state = TableQueries::stateColumn(columns);
    if (!query.state.isEmpty() && !state.isEmpty()) {
        conditions.append(QLatin1Char('"') + state + QStringLiteral("\" = ?"));
        binds.append(query.state);
    }
    const int street = TableColumns::indexOf(columns, TableQueries::streetColumn(columns));
    if (!query.streetCode.isEmpty() && street >= 0) {
        if (!columns[street].prefixOf.isEmpty()) {
            conditions.append(startsWith(columns[street].prefixOf, query.streetCode, binds));
        } else {
            conditions.append(columns[street].expression + QStringLiteral(" = ?"));
            binds.append(query.streetCode);
        }
    }
    for (const ColumnFilter &filter : query.columnFilters) {
        const int index = TableColumns::indexOf(columns, filter.column);
        if (index < 0 || filter.text.trimmed().isEmpty())
            continue;
        conditions.append(QLatin1Char('(') + condition(columns[index], filter.text, lookups, binds) +
                          QLatin1Char(')'));
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindAll(sql::Statement &statement, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        statement.bindVariant(int(i + 1), binds[i]);
}

struct ProgressGuard
{
    sqlite3 *db;
    const std::function<bool()> *cancelled;
    ProgressGuard(sqlite3 *handle, const std::function<bool()> *check) : db(handle), cancelled(check)
    {
        // A file only: a server's query is not interrupted yet (PQcancel is phase 2's work left).
        if (db && *cancelled)
            sqlite3_progress_handler(db, 20000, &ProgressGuard::call, this);
    }
    ~ProgressGuard()
    {
        if (db)
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
    }
    static int call(void *self) { return (*static_cast<ProgressGuard *>(self)->cancelled)() ? 1 : 0; }
};

} // namespace

bool TableQuery::isFiltered() const
{
    if (!classCode.isEmpty() || !state.isEmpty() || !streetCode.isEmpty())
        return true;
    for (const ColumnFilter &filter : columnFilters)
        if (!filter.text.trimmed().isEmpty())
            return true;
    return false;
}

QString TableQueries::stateColumn(const QList<TableColumn> &columns)
{
    for (const char *name : {"state", "status", "level"})
        if (TableColumns::indexOf(columns, QLatin1String(name)) >= 0)
            return QLatin1String(name);
    return QString();
}

QString TableQueries::streetColumn(const QList<TableColumn> &columns)
{
    for (const char *name : {"street", "street_code"})
        if (TableColumns::indexOf(columns, QLatin1String(name)) >= 0)
            return QLatin1String(name);
    return QString();
}

BuiltQuery TableQueries::idQuery(const TableQuery &query, const QList<TableColumn> &columns,
                                 const TableLookups &lookups)
{
    BuiltQuery built;
    QString sql = QStringLiteral("SELECT id FROM \"%1\"").arg(query.table);
    sql += whereClause(query, columns, lookups, built.binds);
    const QString direction = query.sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    // Ties keep the store's order (reversed with the rest in a descending sort, so that one index walk
    // backwards gives the whole order), so the same query always lists rows the same way.
    if (query.sortColumn >= 0 && query.sortColumn < columns.size() &&
        columns[query.sortColumn].name != QLatin1String("id"))
        sql += QStringLiteral(" ORDER BY ") + columns[query.sortColumn].sortExpression() + direction +
               QStringLiteral(", id") + direction;
    else
        sql += QStringLiteral(" ORDER BY id") + direction;
    built.sql = sql.toUtf8();
    return built;
}

std::optional<QVector<qint64>> TableQueries::runIds(sql::Database &db, const BuiltQuery &query,
                                                    const std::function<bool()> &cancelled)
{
    QVector<qint64> ids;
    ProgressGuard guard(db.handle(), &cancelled);
    try {
        auto statement = db.prepare(query.sql);
        bindAll(statement, query.binds);
        while (statement.step())
            ids.append(statement.int64(0));
    } catch (const StoreError &) {
        if (cancelled && cancelled())
            return std::nullopt;
        throw;
    }
    return ids;
}

std::optional<QVector<qint64>> TableQueries::denseIds(sql::Database &db, const QString &table,
                                                      Qt::SortOrder order)
{
    // Three statements: together in one, SQLite would scan the table instead of reading the ends of
    // the primary key and counting its pages.
    const QString quoted = QLatin1Char('"') + table + QLatin1Char('"');
    const qint64 count = db.scalarInt((QStringLiteral("SELECT count(*) FROM ") + quoted).toUtf8());
    const qint64 first = db.scalarInt((QStringLiteral("SELECT min(id) FROM ") + quoted).toUtf8());
    const qint64 last = db.scalarInt((QStringLiteral("SELECT max(id) FROM ") + quoted).toUtf8());
    if (count == 0)
        return QVector<qint64>();
    if (last - first + 1 != count)
        return std::nullopt;
    QVector<qint64> ids(count);
    for (qint64 i = 0; i < count; ++i)
        ids[i] = order == Qt::DescendingOrder ? last - i : first + i;
    return ids;
}

} // namespace uo
