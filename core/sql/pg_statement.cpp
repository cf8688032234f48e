#include "core/sql/pg_statement.h"

#include "core/server/pg_connection.h"
#include "core/sql/pg_parameters.h"
#include "core/store/geometry_ewkb.h"
#include "core/store/store_error.h"

#include <atomic>
#include <libpq-fe.h>

namespace uo::sql {

namespace {
// PostgreSQL's fixed type ids (pg_type.dat).
constexpr unsigned kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700,
                   kFloat8 = 701, kNumeric = 1700;

QByteArray nextName()
{
    static std::atomic<quint64> counter{0};
    return "uo_statement_" + QByteArray::number(++counter);
}
} // namespace

PgStatement::PgStatement(server::Connection &connection, const QByteArray &sqliteSql)
    : m_connection(&connection), m_name(nextName())
{
    const PgParameters translated = toPgParameters(sqliteSql);
    m_sql = translated.sql;
    m_parameterCount = translated.count;
    ready(tr("preparing a query"));
    const int count = int(m_parameterTypes.size());
    m_values.resize(count);
    m_null.fill(true, count);
    m_binary.fill(false, count);
}

void PgStatement::prepareOnServer()
{
    m_generation = 0;
    m_connection->flushQueued();
    pg_conn *conn = m_connection->handle();
    server::Result prepared(
        PQprepare(conn, m_name.constData(), m_sql.constData(), m_parameterCount, nullptr));
    if (PQresultStatus(prepared.handle()) != PGRES_COMMAND_OK)
        m_connection->fail(prepared.handle(), tr("preparing a query"));
    server::Result described(PQdescribePrepared(conn, m_name.constData()));
    if (PQresultStatus(described.handle()) != PGRES_COMMAND_OK)
        m_connection->fail(described.handle(), tr("preparing a query"));
    // The result's columns are known before it runs, as SQLite knows them: callers ask before step().
    m_columnNames.clear();
    for (int c = 0; c < PQnfields(described.handle()); ++c)
        m_columnNames.append(QString::fromUtf8(PQfname(described.handle(), c)));
    m_parameterTypes.clear();
    for (int i = 0; i < PQnparams(described.handle()); ++i)
        m_parameterTypes.append(PQparamtype(described.handle(), i));
    m_generation = m_connection->generation();
}

void PgStatement::ready(const QString &doing)
{
    m_connection->ensureConnected(doing);
    if (m_generation != m_connection->generation())
        prepareOnServer();
}

PgStatement::~PgStatement()
{
    clearResult();
    // A statement of an earlier connection, or of one that is gone, went with it.
    if (m_generation == 0 || m_generation != m_connection->generation() ||
        PQstatus(m_connection->handle()) != CONNECTION_OK)
        return;
    const QByteArray deallocate = "DEALLOCATE " + m_name;
    if (m_connection->hasQueued()) // after the executions of it that wait, and without throwing here
        m_connection->queue({{}, deallocate, {}, {}, {}});
    else
        PQclear(PQexec(m_connection->handle(), deallocate.constData()));
}

void PgStatement::set(int index, const QByteArray &value, bool binary)
{
    if (index < 1 || index > m_values.size())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The query has no parameter %1: %2").arg(index).arg(QString::fromUtf8(m_sql)));
    m_values[index - 1] = value;
    m_null[index - 1] = false;
    m_binary[index - 1] = binary;
}

void PgStatement::bind(int index, qint64 value)
{
    return set(index, QByteArray::number(value), false);
}

void PgStatement::bind(int index, double value)
{
    return set(index, QByteArray::number(value, 'g', 17), false); // 17 digits: the double exactly
}

void PgStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return set(index, value.toUtf8(), false);
}

void PgStatement::bindBlob(int index, const QByteArray &value)
{
    const bool geometry = index >= 1 && index <= m_parameterTypes.size() &&
                          m_parameterTypes[index - 1] == m_connection->geometryType() &&
                          m_parameterTypes[index - 1] != 0;
    if (!geometry)
        return set(index, value, true);
    const QByteArray ewkb = geometry_ewkb::fromStoreBlob(value.constData(), int(value.size()));
    if (ewkb.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("A geometry to write is not a 2D point, line or polygon in the store's format."));
    return set(index, ewkb, true);
}

void PgStatement::bindNull(int index)
{
    set(index, QByteArray(), false);
    m_null[index - 1] = true;
}

void PgStatement::clearResult()
{
    PQclear(m_result);
    m_result = nullptr;
    m_columns.clear();
    m_blobs.clear();
    m_row = -1;
}

void PgStatement::execute()
{
    clearResult();
    ready(tr("reading or writing rows"));
    m_connection->flushQueued();
    const int count = int(m_values.size());
    QList<const char *> values(count);
    QList<int> lengths(count), formats(count);
    for (int i = 0; i < count; ++i) {
        values[i] = m_null[i] ? nullptr : m_values[i].constData();
        lengths[i] = int(m_values[i].size());
        formats[i] = m_binary[i] ? 1 : 0;
    }
    PGresult *result = PQexecPrepared(m_connection->handle(), m_name.constData(), count, values.constData(),
                                      lengths.constData(), formats.constData(), 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        server::Result failed(result);
        m_connection->fail(failed.handle(), tr("reading or writing rows"));
    }
    m_result = result;
    m_connection->setLastChanges(QByteArray(PQcmdTuples(result)).toLongLong());
    const unsigned geometry = m_connection->geometryType();
    for (int c = 0; c < PQnfields(result); ++c) {
        const unsigned type = PQftype(result, c);
        Column column = Column::Text;
        if (type == kInt8 || type == kInt4 || type == kInt2 || type == kOid)
            column = Column::Integer;
        else if (type == kFloat8 || type == kFloat4)
            column = Column::Real;
        else if (type == kNumeric)
            column = Column::Numeric;
        else if (type == kBool)
            column = Column::Bool;
        else if (type == kBytea)
            column = Column::Bytea;
        else if (geometry != 0 && type == geometry)
            column = Column::Geometry;
        m_columns.append(column);
    }
}

bool PgStatement::step()
{
    if (!m_result)
        execute();
    m_blobs.clear();
    if (m_row + 1 >= PQntuples(m_result))
        return false;
    ++m_row;
    return true;
}

void PgStatement::run()
{
    execute();
    reset();
}

void PgStatement::queue()
{
    ready(server::Connection::tr("writing rows"));
    m_connection->queue({m_name, {}, m_values, m_null, m_binary});
    reset();
}

void PgStatement::reset()
{
    clearResult();
    m_null.fill(true);
    m_binary.fill(false);
}

int PgStatement::columnCount() const
{
    return int(m_columnNames.size());
}

QString PgStatement::columnName(int col) const
{
    return m_columnNames.value(col);
}

const char *PgStatement::raw(int col) const
{
    return PQgetvalue(m_result, m_row, col);
}

bool PgStatement::isNull(int col) const
{
    return PQgetisnull(m_result, m_row, col) != 0;
}

ValueType PgStatement::type(int col) const
{
    if (isNull(col))
        return ValueType::Null;
    switch (m_columns[col]) {
    case Column::Integer:
    case Column::Bool:
        return ValueType::Integer;
    case Column::Real:
        return ValueType::Real;
    case Column::Numeric: {
        // sum() and avg() of integers come as numeric: whole ones read as SQLite gives them.
        const QByteArray text(raw(col));
        return text.contains('.') || text.contains('e') || text.contains('N') ? ValueType::Real
                                                                              : ValueType::Integer;
    }
    case Column::Text:
        return ValueType::Text;
    case Column::Bytea:
    case Column::Geometry:
        return ValueType::Blob;
    }
    return ValueType::Text;
}

qint64 PgStatement::int64(int col) const
{
    if (isNull(col))
        return 0;
    if (m_columns[col] == Column::Bool)
        return raw(col)[0] == 't' ? 1 : 0;
    if (m_columns[col] == Column::Real || m_columns[col] == Column::Numeric)
        return qint64(QByteArray(raw(col)).toDouble());
    return QByteArray(raw(col)).toLongLong();
}

double PgStatement::real(int col) const
{
    if (isNull(col))
        return 0;
    if (m_columns[col] == Column::Bool)
        return raw(col)[0] == 't' ? 1 : 0;
    return QByteArray(raw(col)).toDouble();
}

QString PgStatement::text(int col) const
{
    if (isNull(col))
        return QString();
    switch (m_columns[col]) {
    case Column::Bool:
        return raw(col)[0] == 't' ? QStringLiteral("1") : QStringLiteral("0");
    case Column::Bytea:
    case Column::Geometry: {
        int size = 0;
        const char *data = blobData(col, &size);
        return QString::fromUtf8(data, size);
    }
    default:
        return QString::fromUtf8(raw(col), PQgetlength(m_result, m_row, col));
    }
}

const char *PgStatement::textData(int col) const
{
    if (isNull(col))
        return nullptr;
    switch (m_columns[col]) {
    case Column::Bool:
        return raw(col)[0] == 't' ? "1" : "0";
    case Column::Bytea:
    case Column::Geometry: {
        int size = 0;
        return blobData(col, &size);
    }
    default:
        return raw(col);
    }
}

const char *PgStatement::blobData(int col, int *size) const
{
    auto cached = m_blobs.constFind(col);
    if (cached == m_blobs.constEnd()) {
        QByteArray bytes;
        if (!isNull(col)) {
            if (m_columns[col] == Column::Bytea) {
                size_t length = 0;
                unsigned char *unescaped =
                    PQunescapeBytea(reinterpret_cast<const unsigned char *>(raw(col)), &length);
                bytes = QByteArray(reinterpret_cast<const char *>(unescaped), qsizetype(length));
                PQfreemem(unescaped);
            } else if (m_columns[col] == Column::Geometry) {
                // geometry's text form is its EWKB in hex; the caller gets the store's blob.
                const QByteArray ewkb =
                    QByteArray::fromHex(QByteArray::fromRawData(raw(col), PQgetlength(m_result, m_row, col)));
                bytes = geometry_ewkb::toStoreBlob(ewkb.constData(), int(ewkb.size()));
            } else {
                bytes = QByteArray(raw(col), PQgetlength(m_result, m_row, col));
            }
        }
        cached = m_blobs.insert(col, bytes);
    }
    *size = int(cached->size());
    return cached->constData();
}

} // namespace uo::sql
