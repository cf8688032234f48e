#include "core/csv/csv.h"

#include <QCoreApplication>

namespace uo::csv {

namespace {
QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

QByteArray write(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields.append(quoted(f));
        text += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QList<Row> read(const QByteArray &data, QString *error)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Row> rows;
    Row row{1, {}};
    QString field;
    bool inQuotes = false, any = false;
    int line = 1, quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            quoteLine = line;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row.fields.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                row.fields.append(field);
                rows.append(row);
            }
            ++line;
            row = Row{line, {}};
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = QCoreApplication::translate("uo::csv", "line %1: a quoted field is never closed")
                         .arg(quoteLine);
        return {};
    }
    if (any || !field.isEmpty()) {
        row.fields.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace uo::csv
