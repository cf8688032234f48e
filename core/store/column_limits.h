#pragma once

#include <QString>

namespace uo {

// How many characters a text column of a map layer may hold. SQLite keeps text of any length, so a
// broken or foreign file could put a 2 MB "name" into the store; the forms and the import refuse a
// value longer than this, naming the limit. Identifiers and codes are short, names a line, notes a
// page; a column name means the same kind of text in every layer.
int columnLimit(const QString &column);

} // namespace uo
