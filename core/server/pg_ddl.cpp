#include "core/server/pg_ddl.h"

#include "core/server/pg_connection.h"
#include "core/sql/sql_tokens.h"
#include "core/store/store_error.h"

#include <optional>

namespace uo::server {

namespace {

using Token = sql::SqlToken;

bool isWord(const Token &t, const char *word)
{
    return t.kind == Token::Word && t.text == word;
}

bool isPunct(const Token &t, char c)
{
    return t.kind == Token::Punct && t.text.size() == 1 && t.text[0] == c;
}

// A name as the server gets it: lower-cased ASCII (SQLite compares names without case), quoted.
QString nameOf(const Token &t)
{
    return QString::fromUtf8(t.text.toLower());
}

// The index just past the parenthesis that closes the one at `open`.
qsizetype closing(const QList<Token> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        if (isPunct(tokens[i], '('))
            ++depth;
        else if (isPunct(tokens[i], ')') && --depth == 0)
            return i + 1;
    }
    return -1;
}

class Parser
{
public:
    Parser(const QByteArray &sql, const QString &schema)
        : m_sql(sql), m_tokens(sql::tokenizeSql(sql)), m_schema(schema)
    {
    }

    const QList<Token> &tokens() const { return m_tokens; }
    QByteArray source(qsizetype from, qsizetype to) const // tokens [from, to) as written
    {
        if (from >= to)
            return QByteArray();
        return m_sql.mid(m_tokens[from].start, m_tokens[to - 1].end - m_tokens[from].start);
    }
    QByteArray qualified(const Token &t) const { return Connection::qualified(m_schema, nameOf(t)); }
    // "a", "b" from a parenthesised list of names starting at `open`; sets *end past it. Empty when
    // an entry is not a plain name (expressions, COLLATE).
    QByteArrayList names(qsizetype open, qsizetype *end) const
    {
        QByteArrayList out;
        *end = closing(m_tokens, open);
        if (*end < 0)
            return {};
        for (qsizetype i = open + 1; i < *end - 1; ++i) {
            const Token &t = m_tokens[i];
            if (t.kind == Token::Word || t.kind == Token::Quoted) {
                if (t.kind == Token::Word && (t.text == "ASC" || t.text == "DESC"))
                    continue;
                out.append(Connection::quote(nameOf(t)));
            } else if (!isPunct(t, ',')) {
                return {};
            }
        }
        return out;
    }

private:
    QByteArray m_sql;
    QList<Token> m_tokens;
    QString m_schema;
};

// Words that start a column constraint, ending the type name and any REFERENCES clause before them.
bool startsConstraint(const Token &t)
{
    static const QByteArrayList words = {"CONSTRAINT", "PRIMARY",   "NOT",     "NULL",
                                         "UNIQUE",     "CHECK",     "DEFAULT", "COLLATE",
                                         "REFERENCES", "GENERATED", "AS"};
    return t.kind == Token::Word && words.contains(t.text);
}

// SQLite's rules for a declared type's affinity (section 3.1 of its datatype page).
std::optional<ColumnKind> affinity(const QByteArray &declared)
{
    if (declared.contains("INT"))
        return ColumnKind::Integer;
    if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT"))
        return ColumnKind::Text;
    if (declared.isEmpty() || declared.contains("BLOB"))
        return ColumnKind::Blob;
    if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB"))
        return ColumnKind::Real;
    return std::nullopt; // NUMERIC affinity: values of any class, no single server type holds them
}

QByteArray pgTypeOf(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
        return "bigint";
    case ColumnKind::Real:
        return "double precision";
    case ColumnKind::Text:
        return "text COLLATE \"C\"";
    case ColumnKind::Blob:
        return "bytea";
    case ColumnKind::Geometry:
        return "geometry";
    }
    return "bytea";
}

// Reads one CREATE TABLE of SQLite into its server definition: the columns, then the keys and foreign
// keys as ALTER TABLE statements run after the data is in.
class TableReader
{
public:
    TableReader(const Parser &parser, const Token &name, const QList<GeometryColumnInfo> &geometry)
        : p(parser), t(parser.tokens()), m_geometry(geometry), m_target(parser.qualified(name))
    {
        m_def.name = nameOf(name);
    }

    StoreError refuse(const QString &what) const
    {
        return StoreError(StoreError::Kind::Invalid,
                          PgDdl::tr("Table %1 cannot be copied to the server: %2").arg(m_def.name, what));
    }

    // A table constraint in tokens [from, to): PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY; false when the
    // definition is a column.
    bool tableConstraint(qsizetype from, qsizetype to)
    {
        qsizetype k = from;
        if (isWord(t[k], "CONSTRAINT"))
            k += 2; // the server names constraints itself
        if (k < to && (isWord(t[k], "PRIMARY") || isWord(t[k], "UNIQUE"))) {
            const bool primary = isWord(t[k], "PRIMARY");
            qsizetype listAt = k + (primary ? 2 : 1);
            qsizetype after = 0;
            const QByteArrayList columns = listAt < to ? p.names(listAt, &after) : QByteArrayList();
            if (columns.isEmpty())
                throw refuse(PgDdl::tr("a key lists something other than column names"));
            m_def.keys.append("ALTER TABLE " + m_target + (primary ? " ADD PRIMARY KEY (" : " ADD UNIQUE (") +
                              columns.join(", ") + ')');
        } else if (k < to && isWord(t[k], "CHECK")) {
            m_tableChecks.append("CHECK " + p.source(k + 1, to));
        } else if (k < to && isWord(t[k], "FOREIGN")) {
            qsizetype after = 0;
            const QByteArrayList columns = k + 2 < to ? p.names(k + 2, &after) : QByteArrayList();
            if (columns.isEmpty() || after >= to || !isWord(t[after], "REFERENCES"))
                throw refuse(PgDdl::tr("a FOREIGN KEY the server cannot read"));
            foreignKey(columns, after, to);
        } else {
            return false;
        }
        return true;
    }

    // A column in tokens [from, to): its name, its type words, its constraints.
    void column(qsizetype from, qsizetype to)
    {
        ColumnDef column;
        column.name = nameOf(t[from]);
        qsizetype c = from + 1;
        QByteArray declared;
        while (c < to && !startsConstraint(t[c])) {
            if (isPunct(t[c], '(')) { // VARCHAR(20): the size does not change the affinity
                c = closing(t, c);
                if (c < 0)
                    throw refuse(PgDdl::tr("column %1 has an unclosed type").arg(column.name));
                continue;
            }
            declared += (declared.isEmpty() ? "" : " ") + t[c].text;
            ++c;
        }
        typeColumn(column, declared);
        const QByteArrayList parts = columnConstraints(column, declared == "INTEGER", c, to);
        QByteArray sql =
            Connection::quote(column.name) + ' ' +
            (column.identity ? QByteArray("bigint GENERATED BY DEFAULT AS IDENTITY") : column.pgType);
        for (const QByteArray &part : parts)
            sql += ' ' + part;
        m_columnSql.append(sql);
        m_def.columns.append(column);
    }

    TableDef finish()
    {
        if (m_def.columns.isEmpty())
            throw refuse(PgDdl::tr("it has no columns"));
        m_def.create =
            "CREATE TABLE " + m_target + " (\n  " + (m_columnSql + m_tableChecks).join(",\n  ") + ")";
        return m_def;
    }

private:
    // The server type: the geometry column's own, or the one that holds the SQLite affinity faithfully.
    void typeColumn(ColumnDef &column, const QByteArray &declared) const
    {
        const GeometryColumnInfo *geom = nullptr;
        for (const GeometryColumnInfo &g : m_geometry)
            if (g.table.compare(m_def.name, Qt::CaseInsensitive) == 0 &&
                g.column.compare(column.name, Qt::CaseInsensitive) == 0)
                geom = &g;
        if (geom) {
            column.kind = ColumnKind::Geometry;
            column.pgType = "geometry(" + geom->type + ',' + QByteArray::number(geom->srid) + ')';
            return;
        }
        const auto kind = affinity(declared);
        if (!kind)
            throw refuse(
                PgDdl::tr("column %1 has the type %2, whose values the server cannot hold faithfully")
                    .arg(column.name, QString::fromUtf8(declared)));
        column.kind = *kind;
        column.pgType = pgTypeOf(*kind);
    }

    // The column's constraints from token c on: those the column keeps (NOT NULL, CHECK, DEFAULT) are
    // returned; keys and references become table statements.
    QByteArrayList columnConstraints(ColumnDef &column, bool integerKey, qsizetype c, qsizetype to)
    {
        const QByteArray quoted = Connection::quote(column.name);
        QByteArrayList parts;
        while (c < to) {
            if (isWord(t[c], "CONSTRAINT")) {
                c += 2;
            } else if (isWord(t[c], "PRIMARY")) {
                c += 2; // PRIMARY KEY
                while (c < to &&
                       (isWord(t[c], "ASC") || isWord(t[c], "DESC") || isWord(t[c], "AUTOINCREMENT")))
                    ++c;
                column.identity = integerKey;
                m_def.keys.append("ALTER TABLE " + m_target + " ADD PRIMARY KEY (" + quoted + ')');
            } else if (isWord(t[c], "NOT") && c + 1 < to && isWord(t[c + 1], "NULL")) {
                parts.append("NOT NULL");
                c += 2;
            } else if (isWord(t[c], "NULL")) {
                ++c;
            } else if (isWord(t[c], "UNIQUE")) {
                m_def.keys.append("ALTER TABLE " + m_target + " ADD UNIQUE (" + quoted + ')');
                ++c;
            } else if (isWord(t[c], "CHECK") && c + 1 < to && isPunct(t[c + 1], '(')) {
                const qsizetype after = closing(t, c + 1);
                parts.append("CHECK " + p.source(c + 1, after));
                c = after;
            } else if (isWord(t[c], "DEFAULT") && c + 1 < to) {
                qsizetype after = c + 2;
                if (isPunct(t[c + 1], '('))
                    after = closing(t, c + 1);
                else if ((isPunct(t[c + 1], '-') || isPunct(t[c + 1], '+')) && c + 2 < to)
                    after = c + 3;
                parts.append("DEFAULT " + p.source(c + 1, after));
                c = after;
            } else if (isWord(t[c], "REFERENCES")) {
                c = foreignKey({quoted}, c, to);
            } else {
                throw refuse(PgDdl::tr("column %1 has a constraint the server copy does not take: %2")
                                 .arg(column.name, QString::fromUtf8(p.source(c, to))));
            }
        }
        return parts;
    }

    // at: the REFERENCES word; a table, optionally its columns, then ON DELETE ... as written. Returns
    // the token after the clause.
    qsizetype foreignKey(const QByteArrayList &columns, qsizetype at, qsizetype stop)
    {
        if (at + 1 >= stop)
            throw refuse(PgDdl::tr("a REFERENCES clause names no table"));
        QByteArray sql = "ALTER TABLE " + m_target + " ADD FOREIGN KEY (" + columns.join(", ") +
                         ") REFERENCES " + p.qualified(t[at + 1]);
        qsizetype next = at + 2;
        if (next < stop && isPunct(t[next], '(')) {
            qsizetype after = 0;
            const QByteArrayList referenced = p.names(next, &after);
            if (referenced.isEmpty())
                throw refuse(PgDdl::tr("a REFERENCES clause has a column list the server cannot read"));
            sql += " (" + referenced.join(", ") + ')';
            next = after;
        }
        // ON DELETE|UPDATE action, MATCH name, [NOT] DEFERRABLE [INITIALLY ...]: the same words in both.
        qsizetype last = next;
        while (last < stop) {
            if (isWord(t[last], "ON") && last + 2 < stop) {
                last += 2;
                last += (isWord(t[last], "SET") || isWord(t[last], "NO")) ? 2 : 1;
            } else if (isWord(t[last], "MATCH")) {
                last += 2;
            } else if (isWord(t[last], "DEFERRABLE") ||
                       (isWord(t[last], "NOT") && last + 1 < stop && isWord(t[last + 1], "DEFERRABLE"))) {
                last += isWord(t[last], "NOT") ? 2 : 1;
                if (last + 1 < stop && isWord(t[last], "INITIALLY"))
                    last += 2;
            } else {
                break;
            }
        }
        last = qMin(last, stop);
        const QByteArray rest = p.source(next, last);
        if (!rest.isEmpty())
            sql += ' ' + rest;
        m_def.foreignKeys.append(sql);
        return last;
    }

    const Parser &p;
    const QList<Token> &t;
    const QList<GeometryColumnInfo> &m_geometry;
    const QByteArray m_target;
    TableDef m_def;
    QByteArrayList m_columnSql, m_tableChecks;
};

} // namespace

QByteArray PgDdl::postgisType(int spatialiteCode)
{
    switch (spatialiteCode) {
    case 1:
        return "Point";
    case 2:
        return "LineString";
    case 3:
        return "Polygon";
    case 4:
        return "MultiPoint";
    case 5:
        return "MultiLineString";
    case 6:
        return "MultiPolygon";
    default:
        return QByteArray();
    }
}

TableDef PgDdl::table(const QString &schema, const QString &sqliteSql,
                      const QList<GeometryColumnInfo> &geometry)
{
    const Parser p(sqliteSql.toUtf8(), schema);
    const QList<Token> &t = p.tokens();
    // CREATE [TEMP] TABLE [IF NOT EXISTS] name ( ... )
    qsizetype i = 0;
    while (i < t.size() && !isWord(t[i], "TABLE"))
        ++i;
    ++i;
    if (i + 2 < t.size() && isWord(t[i], "IF"))
        i += 3;
    if (i >= t.size())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Cannot read the table definition \"%1\".").arg(sqliteSql));
    TableReader reader(p, t[i], geometry);
    const qsizetype open = i + 1;
    const qsizetype end = open < t.size() && isPunct(t[open], '(') ? closing(t, open) : -1;
    if (end < 0)
        throw reader.refuse(tr("its definition has no column list"));

    // The definitions between the parentheses, split at top-level commas.
    qsizetype from = open + 1;
    while (from < end - 1) {
        qsizetype to = from;
        int depth = 0;
        while (to < end - 1 && !(depth == 0 && isPunct(t[to], ','))) {
            if (isPunct(t[to], '('))
                ++depth;
            else if (isPunct(t[to], ')'))
                --depth;
            ++to;
        }
        if (!reader.tableConstraint(from, to))
            reader.column(from, to);
        from = to + 1;
    }
    return reader.finish();
}

QByteArray PgDdl::index(const QString &schema, const QString &sqliteSql)
{
    const Parser p(sqliteSql.toUtf8(), schema);
    const QList<Token> &t = p.tokens();
    // CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (...) [WHERE ...]
    qsizetype i = 0;
    while (i < t.size() && !isWord(t[i], "INDEX"))
        ++i;
    const bool unique = i > 0 && isWord(t[i - 1], "UNIQUE");
    ++i;
    if (i + 2 < t.size() && isWord(t[i], "IF"))
        i += 3;
    if (i + 3 >= t.size() || !isWord(t[i + 1], "ON") || !isPunct(t[i + 3], '('))
        throw StoreError(StoreError::Kind::Invalid,
                         tr("Cannot read the index definition \"%1\".").arg(sqliteSql));
    return QByteArray("CREATE ") + (unique ? "UNIQUE " : "") + "INDEX " + Connection::quote(nameOf(t[i])) +
           " ON " + p.qualified(t[i + 2]) + ' ' + p.source(i + 3, t.size());
}

} // namespace uo::server
