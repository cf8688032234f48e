#include "core/server/pg_pipeline.h"

#include "core/server/pg_connection.h"

#include <algorithm>
#include <libpq-fe.h>
#include <utility>

namespace uo::server {

namespace {
// Statements per synchronisation point. The answers of one chunk (a few dozen bytes each) must fit in
// the socket's buffers while libpq is still sending: otherwise the server would wait for us to read
// and we for it to read. A chunk's answers are read before the next is sent, so that nothing after a
// failure runs.
constexpr qsizetype kChunk = 256;

bool send(PGconn *conn, const Pipeline::Entry &entry)
{
    if (entry.name.isEmpty())
        return PQsendQueryParams(conn, entry.sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    const int count = int(entry.values.size());
    QList<const char *> values(count);
    QList<int> lengths(count), formats(count);
    for (int i = 0; i < count; ++i) {
        values[i] = entry.null[i] ? nullptr : entry.values[i].constData();
        lengths[i] = int(entry.values[i].size());
        formats[i] = entry.binary[i] ? 1 : 0;
    }
    return PQsendQueryPrepared(conn, entry.name.constData(), count, values.constData(), lengths.constData(),
                               formats.constData(), 0) == 1;
}
} // namespace

void Pipeline::flush(Connection &connection)
{
    if (m_entries.isEmpty())
        return;
    const QList<Entry> entries = std::exchange(m_entries, {});
    PGconn *conn = connection.handle();
    if (PQenterPipelineMode(conn) != 1)
        connection.fail(nullptr, Connection::tr("writing rows"));
    Result failure;
    bool failed = false;
    for (qsizetype first = 0; first < entries.size() && !failed; first += kChunk) {
        const qsizetype end = std::min(entries.size(), first + kChunk);
        for (qsizetype i = first; i < end && !failed; ++i)
            failed = !send(conn, entries.at(i));
        if (failed || PQpipelineSync(conn) != 1) {
            failed = true; // the connection's own error says why
            break;
        }
        // Each statement's answers end with a null; the chunk's with the synchronisation point's.
        for (qsizetype i = first; i < end && PQstatus(conn) == CONNECTION_OK; ++i)
            while (PGresult *result = PQgetResult(conn)) {
                const ExecStatusType status = PQresultStatus(result);
                if (!failed && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
                    failure = Result(result);
                    failed = true;
                } else {
                    PQclear(result);
                }
            }
        const Result sync(PQgetResult(conn));
        if (PQresultStatus(sync.handle()) != PGRES_PIPELINE_SYNC)
            failed = true;
    }
    PQexitPipelineMode(conn);
    if (failed)
        connection.fail(failure.handle(), Connection::tr("writing rows"));
}

} // namespace uo::server
