#pragma once

#include "core/sql/backend.h"

#include <QByteArray>

namespace uo::sql {

class Database;

// The spellings of docs/server.md's inventory that are not about geometry (core/store/spatial_sql.h
// holds those): each one here, both engines side by side, so that a caller writes one call and never
// an if of its own.

// `expression LIKE pattern ESCAPE '\'` as SQLite reads it on a file: ASCII letters in either case and
// any value compared as text. A server's LIKE tells case and types apart, so there it is ILIKE on the
// value as text.
QByteArray likeCondition(Dialect dialect, const QByteArray &expression, const QByteArray &pattern);
QByteArray likeCondition(const Database &db, const QByteArray &expression, const QByteArray &pattern);

} // namespace uo::sql
