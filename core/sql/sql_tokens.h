#pragma once

#include <QByteArray>
#include <QList>

namespace uo::sql {

// A token of SQLite's SQL, enough to rewrite statements without misreading them: words, quoted names
// ("x", `x`, [x]), string literals, numbers and single-character punctuation; comments and spaces are
// skipped. Positions are byte offsets into the statement, so that parts can be copied as written.
struct SqlToken
{
    enum Kind
    {
        Word,
        Quoted,
        String,
        Number,
        Punct
    } kind;
    QByteArray text; // a word upper-cased; a quoted name or string without its quotes
    qsizetype start, end;
};

QList<SqlToken> tokenizeSql(const QByteArray &sql);

} // namespace uo::sql
