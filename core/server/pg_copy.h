#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace uo::server {

class Connection;

// Rows into a table through COPY ... FROM STDIN (FORMAT binary): PostgreSQL's fastest way in, with
// values in the server's own binary forms (integers and floats big endian, text as UTF-8, geometry as
// EWKB). Abandoned unless finish() is reached, which makes the server reject the whole COPY.
class CopyIn
{
public:
    // `sql`: the COPY statement, e.g. COPY "d"."t" ("a", "b") FROM STDIN (FORMAT binary).
    CopyIn(Connection &connection, const QByteArray &sql, const QString &doing);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    void beginRow(int fields);
    void null();
    void int64(qint64 value);
    void real(double value);
    void bytes(const char *data, qsizetype size);
    void finish();

private:
    void flush();

    Connection &m_connection;
    QString m_doing;
    QByteArray m_buffer;
    bool m_open = true;
};

// Rows out of a query through COPY (...) TO STDOUT (FORMAT binary), one at a time.
class CopyOut
{
public:
    CopyOut(Connection &connection, const QByteArray &sql, const QString &doing);
    ~CopyOut();
    CopyOut(const CopyOut &) = delete;
    CopyOut &operator=(const CopyOut &) = delete;

    // Moves to the next row; false after the last (and the COPY is then complete).
    bool next();
    int fields() const { return int(m_fields.size()); }
    bool isNull(int field) const { return m_fields[field].size < 0; }
    qint64 int64(int field) const;
    double real(int field) const;
    const char *data(int field) const { return m_row.constData() + m_fields[field].offset; }
    int size(int field) const { return m_fields[field].size; }

private:
    bool fill(qsizetype needed); // reads from the server until m_pending holds `needed` bytes
    void finish();

    struct Field
    {
        qsizetype offset;
        int size; // -1: NULL
    };
    Connection &m_connection;
    QString m_doing;
    QByteArray m_pending; // bytes received and not yet read
    qsizetype m_pos = 0;
    QByteArray m_row; // the current row's bytes
    QList<Field> m_fields;
    bool m_done = false;
};

} // namespace uo::server
