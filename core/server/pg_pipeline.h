#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>

namespace uo::server {

class Connection;

// Writes whose answers nobody reads (the UPDATEs and DELETEs of a save), kept until the connection is
// next used and then sent together in libpq's pipeline mode: a round trip per few hundred statements
// instead of one each, which was most of a 10,000-row save's time on a server. The connection sends
// them before anything else it runs (Connection::exec, query, a prepared statement's step), so every
// statement still sees the ones before it; a failure among them is thrown there, as the server's.
class Pipeline
{
public:
    // One prepared statement's execution (name set), or a statement without parameters (sql set).
    struct Entry
    {
        QByteArray name;
        QByteArray sql;
        QByteArrayList values;
        QList<bool> null, binary;
    };

    void add(Entry entry) { m_entries.append(std::move(entry)); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Forgets what waits: the transaction it belonged to is being rolled back.
    void discard() { m_entries.clear(); }
    // Sends what waits and reads every answer; throws the StoreError of the first statement that
    // failed (the ones after it in its transaction are not run).
    void flush(Connection &connection);

private:
    QList<Entry> m_entries;
};

} // namespace uo::server
