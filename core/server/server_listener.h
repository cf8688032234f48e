#pragma once

#include "core/server/server_url.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QSocketNotifier;

namespace uo {
class DistrictStore;
}

namespace uo::server {

class Connection;

// Hears, on a connection of its own, every change committed to a server district by any workstation
// (PostgreSQL's LISTEN/NOTIFY; the district's triggers notify, see server_schema.h), through the Qt
// event loop: no thread, no polling. Changes rolled back are never heard.
class ServerListener : public QObject
{
    Q_OBJECT

public:
    // Connects and listens; throws StoreError when it cannot.
    ServerListener(const ServerUrl &url, const QString &district, QObject *parent = nullptr);
    ~ServerListener() override;

    // The server process of a store's own connection (0 for a file; another one once the connection was
    // made again): a workstation already knows what it changed itself, and hears only the others with
    // ignoreProcess(), which asks for the process as each change is heard.
    static int processOf(DistrictStore &store);
    void ignoreProcess(std::function<int()> serverProcess) { m_ignored = std::move(serverProcess); }

signals:
    // A statement changed `table`; `action` is insert, update or delete; `login` who did it.
    void changed(const QString &table, const QString &action, const QString &login);
    // The connection dropped: nothing more will be heard until a new listener is made.
    void lost(const QString &reason);

private:
    void readNotifications();

    std::unique_ptr<Connection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    std::function<int()> m_ignored;
};

} // namespace uo::server
