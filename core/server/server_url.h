#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace uo::server {

// Where a district lives on a server: a libpq connection URI with one parameter of ours, the district,
// e.g. postgresql://li@db.bureau:5432/city?district=jiangbei&sslmode=require. Everything but `district`
// goes to libpq as it is, so that its service file, .pgpass, sslmode and multiple hosts work as in psql.
class ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerUrl)

public:
    // postgresql:// or postgres://, as libpq accepts them.
    static bool isServerUrl(const QString &text);
    // Throws RequestError when the text is not a connection URI or the district name is not one
    // the server can hold.
    static ServerUrl parse(const QString &text);
    // A district name is a PostgreSQL schema name we make and quote ourselves: lower-case ASCII letters,
    // digits and _, starting with a letter, at most 40 characters, not pg_* or public.
    static bool isValidDistrict(const QString &name);

    // The URI for libpq, without the district.
    const QByteArray &conninfo() const { return m_conninfo; }
    // Empty when the URI names none.
    const QString &district() const { return m_district; }
    // The same server with another district (none when empty); throws RequestError for a name
    // that cannot be one.
    ServerUrl withDistrict(const QString &district) const;
    // For messages: the URI with its password, if any, left out.
    QString display() const;

private:
    QByteArray m_conninfo;
    QString m_district;
};

} // namespace uo::server
