#include "core/sql/pg_parameters.h"

#include "core/sql/sql_tokens.h"

#include <QHash>

namespace uo::sql {

namespace {
bool isPunct(const SqlToken &t, char c)
{
    return t.kind == SqlToken::Punct && t.text.size() == 1 && t.text[0] == c;
}

bool adjacent(const SqlToken &a, const SqlToken &b)
{
    return a.end == b.start;
}
} // namespace

PgParameters toPgParameters(const QByteArray &sqliteSql)
{
    const QList<SqlToken> tokens = tokenizeSql(sqliteSql);
    PgParameters out;
    QHash<QByteArray, int> named;
    qsizetype copied = 0; // bytes of the input already in the output
    auto replace = [&](qsizetype from, qsizetype to, int number) {
        out.sql += sqliteSql.mid(copied, from - copied) + '$' + QByteArray::number(number);
        copied = to;
        out.count = qMax(out.count, number);
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens[i];
        const SqlToken *next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
        if (isPunct(t, '?')) {
            bool numbered = false;
            const int number = next && next->kind == SqlToken::Number && adjacent(t, *next)
                                   ? next->text.toInt(&numbered)
                                   : 0;
            if (numbered && number > 0) {
                replace(t.start, next->end, number);
                ++i;
            } else {
                replace(t.start, t.end, out.count + 1);
            }
        } else if ((isPunct(t, ':') || isPunct(t, '@') || isPunct(t, '$')) && next &&
                   next->kind == SqlToken::Word && adjacent(t, *next) &&
                   !(i > 0 && isPunct(tokens[i - 1], ':') && adjacent(tokens[i - 1], t))) {
            const QByteArray name =
                sqliteSql.mid(t.start, next->end - t.start); // as written: names keep their case
            int number = named.value(name);
            if (number == 0) {
                number = out.count + 1;
                named.insert(name, number);
            }
            replace(t.start, next->end, number);
            ++i;
        }
    }
    out.sql += sqliteSql.mid(copied);
    return out;
}

} // namespace uo::sql
