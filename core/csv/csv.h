#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo::csv {

// Comma-separated values as spreadsheets write them (RFC 4180): fields with a comma, a quote or a line
// break are quoted, quotes doubled. Files are UTF-8; a byte-order mark is written so that Excel in a
// Chinese locale reads the text right, and skipped when read.
QByteArray write(const QList<QStringList> &rows);

struct Row
{
    int line; // 1-based line where the row starts, for messages
    QStringList fields;
};
// Parses the text; an unterminated quote leaves *error set to a sentence naming the line.
QList<Row> read(const QByteArray &data, QString *error);

} // namespace uo::csv
