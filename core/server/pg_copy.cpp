#include "core/server/pg_copy.h"

#include "core/server/pg_connection.h"
#include "core/store/store_error.h"

#include <QtEndian>
#include <cstring>
#include <libpq-fe.h>

namespace uo::server {

namespace {
// The binary COPY header: signature, flags, header extension length (PostgreSQL's COPY page).
const QByteArray kSignature("PGCOPY\n\377\r\n\0", 11);
constexpr qsizetype kHeaderSize = 11 + 4 + 4;
constexpr qsizetype kFlushAt = 1 << 20;

template <typename T> void appendBig(QByteArray &out, T value)
{
    value = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

template <typename T> T readBig(const char *data)
{
    T value;
    std::memcpy(&value, data, sizeof(T));
    return qFromBigEndian(value);
}

// Reads the COPY's final result; throws when the server rejected it.
void endResult(Connection &connection, const QString &doing)
{
    PGresult *last = nullptr;
    while (PGresult *result = PQgetResult(connection.handle())) {
        if (last && PQresultStatus(last) != PGRES_COMMAND_OK) {
            PQclear(result); // keep the first failure
            continue;
        }
        PQclear(last);
        last = result;
    }
    Result owned(last);
    if (!last || PQresultStatus(last) != PGRES_COMMAND_OK)
        connection.fail(last, doing);
}
} // namespace

CopyIn::CopyIn(Connection &connection, const QByteArray &sql, const QString &doing)
    : m_connection(connection), m_doing(doing)
{
    connection.flushQueued();
    Result start(PQexec(connection.handle(), sql.constData()));
    if (PQresultStatus(start.handle()) != PGRES_COPY_IN) {
        m_open = false;
        connection.fail(start.handle(), doing);
    }
    m_buffer.reserve(kFlushAt + 4096);
    m_buffer.append(kSignature);
    appendBig<qint32>(m_buffer, 0); // flags
    appendBig<qint32>(m_buffer, 0); // header extension
}

CopyIn::~CopyIn()
{
    if (m_open) {
        // The server rejects a COPY ended with an error message, and the transaction with it.
        PQputCopyEnd(m_connection.handle(), "abandoned by the client");
        while (PGresult *result = PQgetResult(m_connection.handle()))
            PQclear(result);
    }
}

void CopyIn::beginRow(int fields)
{
    if (m_buffer.size() >= kFlushAt)
        flush();
    appendBig<qint16>(m_buffer, qint16(fields));
}

void CopyIn::null()
{
    appendBig<qint32>(m_buffer, -1);
}

void CopyIn::int64(qint64 value)
{
    appendBig<qint32>(m_buffer, 8);
    appendBig<qint64>(m_buffer, value);
}

void CopyIn::real(double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, 8);
    appendBig<qint32>(m_buffer, 8);
    appendBig<quint64>(m_buffer, bits);
}

void CopyIn::bytes(const char *data, qsizetype size)
{
    appendBig<qint32>(m_buffer, qint32(size));
    m_buffer.append(data, size);
}

void CopyIn::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection.handle(), m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_open = false;
        endResult(m_connection, m_doing);
        m_connection.fail(nullptr, m_doing);
    }
    m_buffer.clear();
}

void CopyIn::finish()
{
    appendBig<qint16>(m_buffer, -1); // trailer
    flush();
    m_open = false;
    if (PQputCopyEnd(m_connection.handle(), nullptr) != 1)
        m_connection.fail(nullptr, m_doing);
    endResult(m_connection, m_doing);
}

CopyOut::CopyOut(Connection &connection, const QByteArray &sql, const QString &doing)
    : m_connection(connection), m_doing(doing)
{
    connection.flushQueued();
    Result start(PQexec(connection.handle(), sql.constData()));
    if (PQresultStatus(start.handle()) != PGRES_COPY_OUT) {
        m_done = true;
        connection.fail(start.handle(), doing);
    }
    if (!fill(kHeaderSize) || !m_pending.startsWith(kSignature))
        throw StoreError(
            StoreError::Kind::Sql,
            Connection::tr("The district server sent data in an unknown form while %1.").arg(doing));
    const qint32 extension = readBig<qint32>(m_pending.constData() + 15);
    if (!fill(kHeaderSize + extension))
        throw StoreError(
            StoreError::Kind::Sql,
            Connection::tr("The district server sent data in an unknown form while %1.").arg(doing));
    m_pos = kHeaderSize + extension;
}

CopyOut::~CopyOut()
{
    if (!m_done) {
        // Reading stopped early (an error of ours): let libpq drain the rest so the connection is usable.
        PQrequestCancel(m_connection.handle());
        char *buffer = nullptr;
        while (PQgetCopyData(m_connection.handle(), &buffer, 0) > 0)
            PQfreemem(buffer);
        while (PGresult *result = PQgetResult(m_connection.handle()))
            PQclear(result);
    }
}

bool CopyOut::fill(qsizetype needed)
{
    while (m_pending.size() - m_pos < needed) {
        char *buffer = nullptr;
        const int got = PQgetCopyData(m_connection.handle(), &buffer, 0);
        if (got == -1)
            return false; // the COPY ended
        if (got < 0)
            m_connection.fail(nullptr, m_doing);
        if (m_pos > 0) { // drop what was read
            m_pending.remove(0, m_pos);
            m_pos = 0;
        }
        m_pending.append(buffer, got);
        PQfreemem(buffer);
    }
    return true;
}

bool CopyOut::next()
{
    if (m_done)
        return false;
    auto broken = [this]() {
        return StoreError(
            StoreError::Kind::Sql,
            Connection::tr("The district server's data ended in the middle of a row while %1.").arg(m_doing));
    };
    if (!fill(2))
        throw broken();
    const qint16 count = readBig<qint16>(m_pending.constData() + m_pos);
    if (count < 0) { // trailer
        m_pos += 2;
        finish();
        return false;
    }
    // Offsets are kept from the row's start: fill() may move the buffer, never the row within it.
    qsizetype length = 2;
    m_fields.resize(count);
    for (qint16 i = 0; i < count; ++i) {
        if (!fill(length + 4))
            throw broken();
        const qint32 size = readBig<qint32>(m_pending.constData() + m_pos + length);
        m_fields[i] = {length + 4, size};
        length += 4 + qMax(size, 0);
        if (!fill(length))
            throw broken();
    }
    m_row = m_pending.mid(m_pos, length);
    m_pos += length;
    return true;
}

qint64 CopyOut::int64(int field) const
{
    const Field &f = m_fields[field];
    if (f.size == 4)
        return readBig<qint32>(data(field));
    if (f.size == 2)
        return readBig<qint16>(data(field));
    return readBig<qint64>(data(field));
}

double CopyOut::real(int field) const
{
    const quint64 bits = readBig<quint64>(data(field));
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
}

void CopyOut::finish()
{
    m_done = true;
    char *buffer = nullptr;
    while (PQgetCopyData(m_connection.handle(), &buffer, 0) > 0)
        PQfreemem(buffer);
    endResult(m_connection, m_doing);
}

} // namespace uo::server
