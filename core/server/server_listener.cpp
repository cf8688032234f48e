#include "core/server/server_listener.h"

#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/server/server_schema.h"
#include "core/sql/pg_backend.h"
#include "core/store/district_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <libpq-fe.h>

namespace uo::server {

ServerListener::ServerListener(const ServerUrl &url, const QString &district, QObject *parent)
    : QObject(parent), m_connection(std::make_unique<Connection>(url))
{
    m_connection->exec("LISTEN " + Connection::quote(QString::fromUtf8(server_schema::channel(district))));
    m_notifier = new QSocketNotifier(PQsocket(m_connection->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerListener::readNotifications);
}

ServerListener::~ServerListener() = default;

int ServerListener::processOf(DistrictStore &store)
{
    if (!store.isOnServer())
        return 0;
    return PQbackendPID(static_cast<sql::PgBackend &>(store.db().backend()).district().connection().handle());
}

void ServerListener::readNotifications()
{
    PGconn *conn = m_connection->handle();
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        m_notifier->setEnabled(false);
        emit lost(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        return;
    }
    const int own = m_ignored ? m_ignored() : 0;
    while (PGnotify *notify = PQnotifies(conn)) {
        const QJsonObject payload = QJsonDocument::fromJson(QByteArray(notify->extra)).object();
        const bool ignored = own != 0 && notify->be_pid == own;
        PQfreemem(notify);
        if (ignored)
            continue;
        emit changed(payload.value(QLatin1String("table")).toString(),
                     payload.value(QLatin1String("action")).toString(),
                     payload.value(QLatin1String("login")).toString());
    }
}

} // namespace uo::server
