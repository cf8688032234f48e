#include "core/sql/sql_tokens.h"

#include <cctype>

namespace uo::sql {

QList<SqlToken> tokenizeSql(const QByteArray &sql)
{
    QList<SqlToken> tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    auto isWordChar = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
    };
    while (i < n) {
        const char c = sql[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            while (i < n && sql[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            const qsizetype close = sql.indexOf("*/", i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
            const char close = c == '[' ? ']' : c;
            qsizetype j = i + 1;
            QByteArray text;
            while (j < n) {
                if (sql[j] == close) {
                    if (close != ']' && j + 1 < n && sql[j + 1] == close) { // doubled quote
                        text += close;
                        j += 2;
                        continue;
                    }
                    break;
                }
                text += sql[j++];
            }
            tokens.append({c == '\'' ? SqlToken::String : SqlToken::Quoted, text, i, qMin(j + 1, n)});
            i = j + 1;
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(sql[i + 1])))) {
            qsizetype j = i;
            while (j < n && (isWordChar(sql[j]) || sql[j] == '.'))
                ++j;
            tokens.append({SqlToken::Number, sql.mid(i, j - i), i, j});
            i = j;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(sql[j]))
                ++j;
            tokens.append({SqlToken::Word, sql.mid(i, j - i).toUpper(), i, j});
            i = j;
        } else {
            tokens.append({SqlToken::Punct, QByteArray(1, c), i, i + 1});
            ++i;
        }
    }
    return tokens;
}

} // namespace uo::sql
