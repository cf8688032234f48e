#pragma once

#include <QByteArray>

namespace uo::sql {

// A statement written for SQLite with PostgreSQL's parameters: SQLite's ?, ?NNN, :name, @name and $name
// become $N, numbered as SQLite numbers them, so that bind(N) means the same value under both: ? takes
// the number after the largest so far, ?NNN that number, a name the number of its first appearance.
// String literals, quoted names, comments and PostgreSQL's :: casts are left as they are.
struct PgParameters
{
    QByteArray sql;
    int count = 0; // the largest parameter number
};

PgParameters toPgParameters(const QByteArray &sqliteSql);

} // namespace uo::sql
