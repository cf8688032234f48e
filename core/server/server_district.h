#pragma once

#include "core/server/pg_connection.h"
#include "core/store/district_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QStringList>
#include <memory>

namespace uo::server {

// One district on a server: a schema of a PostgreSQL database with the same tables as a district file
// (docs/server.md). Opening checks that the schema is a district of a version this program reads, and
// sets the connection's search_path to it (then PostGIS), so that SQL written for a district file finds
// its tables and functions by the same names.
class ServerDistrict
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerDistrict)

public:
    // Connects and opens the URL's district, or the database's only district when the URL names none.
    // Throws StoreError: Unreachable, NotFound (no such district; the message lists those there are),
    // NewerVersion.
    static std::unique_ptr<ServerDistrict> open(const ServerUrl &url);
    // The districts in the connection's database, by name.
    static QStringList list(Connection &connection);
    static bool exists(Connection &connection, const QString &district);

    Connection &connection() { return *m_connection; }
    const QString &name() const { return m_name; }
    // "district"."table", for SQL text.
    QByteArray table(const QString &table) const;

    int schemaVersion() const { return m_version; }
    const DistrictSettings &settings() const { return m_settings; }
    QDateTime created() const { return m_created; }
    // When the district last changed: nothing writes the `updated` setting after publishing, every
    // change leaves an audit row written by the server's trigger, so the newer of the two.
    QDateTime updated();
    QString setting(const QString &key);

    // The district's tables as the server has them, in creation order.
    QStringList tables();
    bool hasTable(const QString &table);
    qint64 count(const QString &table);
    // Bounds of a map layer; empty when it has no features.
    QRectF extent(const QString &table);
    // The signed-in login's role in this district (a key of ServerRoles), "owner" for the district's
    // owner or a superuser, empty when the login has none.
    QString loginRole();
    // The person the signed-in login is in this district (a chief's), 0 when none.
    qint64 loginPerson();

private:
    ServerDistrict(std::unique_ptr<Connection> connection, const QString &name);
    std::unique_ptr<Connection> m_connection;
    QString m_name;
    int m_version = 0;
    DistrictSettings m_settings;
    QDateTime m_created;
};

} // namespace uo::server
