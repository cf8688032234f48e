#include "core/server/server_district.h"
#include "core/error/error.h"

#include "core/server/server_roles.h"
#include "core/server/server_schema.h"
#include "core/store/layers.h"
#include "core/store/schema.h"
#include "core/store/store_error.h"

namespace uo::server {

QStringList ServerDistrict::list(Connection &connection)
{
    const Result rows =
        connection.query("SELECT nspname, obj_description(oid, 'pg_namespace') FROM pg_namespace "
                         "ORDER BY nspname");
    QStringList names;
    for (int i = 0; i < rows.rows(); ++i)
        if (server_schema::isDistrictComment(rows.text(i, 1)))
            names.append(rows.text(i, 0));
    return names;
}

bool ServerDistrict::exists(Connection &connection, const QString &district)
{
    return connection.scalar("SELECT count(*) FROM pg_namespace WHERE nspname = $1", {district}) !=
           QLatin1String("0");
}

std::unique_ptr<ServerDistrict> ServerDistrict::open(const ServerUrl &url)
{
    auto connection = std::make_unique<Connection>(url);
    const QStringList districts = list(*connection);
    QString name = url.district();
    const QString there = districts.isEmpty() ? tr("none") : districts.join(QStringLiteral(", "));
    if (name.isEmpty()) {
        if (districts.size() != 1)
            throw StoreError(
                StoreError::Kind::NotFound,
                tr("Say which district of %1 to open with ?district=NAME; the districts there: %2.")
                    .arg(url.display(), there));
        name = districts.first();
    } else if (!districts.contains(name)) {
        throw StoreError(StoreError::Kind::NotFound,
                         tr("%1 has no district %2 that this login can see; the districts there: %3.")
                             .arg(url.withDistrict(QString()).display(), name, there));
    }
    return std::unique_ptr<ServerDistrict>(new ServerDistrict(std::move(connection), name));
}

ServerDistrict::ServerDistrict(std::unique_ptr<Connection> connection, const QString &name)
    : m_connection(std::move(connection)), m_name(name)
{
    // Unqualified names are the district's tables and PostGIS's functions, as in a district file.
    m_connection->setUpSession("SELECT set_config('search_path', $1, false)",
                               {QString::fromUtf8(Connection::quote(m_name) + ", " +
                                                  Connection::quote(m_connection->postgisSchema()))});
    const Result rows = m_connection->query("SELECT key, value FROM " + table(QStringLiteral("settings")), {},
                                            tr("reading the district's settings"));
    for (int i = 0; i < rows.rows(); ++i) {
        const QString key = rows.text(i, 0), value = rows.text(i, 1);
        if (key == QLatin1String("county_code"))
            m_settings.countyCode = value;
        else if (key == QLatin1String("district_name"))
            m_settings.name = value;
        else if (key == QLatin1String("srid"))
            m_settings.srid = value.toInt();
        else if (key == QLatin1String("created"))
            m_created = QDateTime::fromString(value, Qt::ISODate);
        else if (key == QLatin1String(server_schema::kVersionKey))
            m_version = value.toInt();
    }
    if (m_version > schema::kCurrentVersion)
        throw StoreError(
            StoreError::Kind::NewerVersion,
            tr("District %1 on %2 was published by a newer UrbanOps (schema version %3; this program "
               "reads up to %4). Update UrbanOps to open it.")
                .arg(m_name, m_connection->url().display())
                .arg(m_version)
                .arg(schema::kCurrentVersion));
    if (m_version < 1)
        throw StoreError(StoreError::Kind::Corrupt,
                         tr("District %1 on %2 is incomplete: its schema version is missing.")
                             .arg(m_name, m_connection->url().display()));
}

QByteArray ServerDistrict::table(const QString &table) const
{
    return Connection::qualified(m_name, table);
}

QString ServerDistrict::setting(const QString &key)
{
    return m_connection->scalar("SELECT value FROM " + table(QStringLiteral("settings")) + " WHERE key = $1",
                                {key});
}

QDateTime ServerDistrict::updated()
{
    const QDateTime marked = QDateTime::fromString(setting(QStringLiteral("updated")), Qt::ISODate);
    const QDateTime audited =
        QDateTime::fromString(m_connection->scalar("SELECT time FROM " + table(QStringLiteral("audit_log")) +
                                                   " ORDER BY id DESC LIMIT 1"),
                              Qt::ISODate);
    return audited.isValid() && (!marked.isValid() || audited > marked) ? audited : marked;
}

QStringList ServerDistrict::tables()
{
    const Result rows =
        m_connection->query("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = $1 AND c.relkind = 'r' ORDER BY c.oid",
                            {m_name});
    QStringList out;
    for (int i = 0; i < rows.rows(); ++i)
        out.append(rows.text(i, 0));
    return out;
}

bool ServerDistrict::hasTable(const QString &name)
{
    return tables().contains(name);
}

qint64 ServerDistrict::count(const QString &name)
{
    if (!hasTable(name))
        throw RequestError(tr("District %1 has no table named %2.").arg(m_name, name));
    return m_connection->scalar("SELECT count(*) FROM " + table(name)).toLongLong();
}

QRectF ServerDistrict::extent(const QString &name)
{
    if (!findLayer(name) || !hasTable(name))
        throw RequestError(tr("%1 is not a map layer.").arg(name));
    const Result box =
        m_connection->query("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                            "ST_Extent(geom) AS e FROM " +
                            table(name) + ") x");
    if (box.rows() == 0 || box.isNull(0, 0))
        return QRectF();
    return QRectF(QPointF(box.real(0, 0), box.real(0, 1)), QPointF(box.real(0, 2), box.real(0, 3)));
}

QString ServerDistrict::loginRole()
{
    const Result owner = m_connection->query(
        "SELECT r.rolsuper OR pg_get_userbyid(n.nspowner) = session_user FROM pg_roles r, pg_namespace n "
        "WHERE r.rolname = session_user AND n.nspname = $1",
        {m_name});
    if (owner.rows() > 0 && owner.text(0, 0) == QLatin1String("t"))
        return QStringLiteral("owner");
    for (const RoleInfo &info : ServerRoles::all())
        if (m_connection->scalar(
                "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = $1 AND u.rolname = session_user",
                {QString::fromUtf8(ServerRoles::groupRole(m_name, info.role))}) != QLatin1String("0"))
            return QLatin1String(info.key);
    return QString();
}

qint64 ServerDistrict::loginPerson()
{
    return m_connection
        ->scalar("SELECT coalesce(max(person_id), 0) FROM " +
                 table(QLatin1String(server_schema::kLoginsTable)) + " WHERE login = session_user")
        .toLongLong();
}

} // namespace uo::server
