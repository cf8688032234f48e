#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class QTimer;

namespace uo {

class DistrictStore;

namespace server {
class ServerListener;
}

// What other workstations commit to the open server district, as it happens (LISTEN/NOTIFY through
// server::ServerListener). The listener connects on a worker thread, so that a slow or lost network
// never freezes the window; a lost connection is said and tried again every few seconds, and once back
// every view reads the district again (what was committed meanwhile was not heard). Notifications of
// one moment are gathered into one change, so that a save of many tables reloads each view once.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    explicit LiveUpdates(QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Follows the store's district (nothing for a file); its own connection's changes are not heard. The
    // store stays open until stop().
    void follow(DistrictStore &store, const QString &district);
    void stop();
    bool isListening() const { return m_listener != nullptr; }

    // "li_wei changed Components and Shops", in the user's language; `changes` by login, tables.
    static QString describe(const QHash<QString, QSet<QString>> &changes);

signals:
    // Tables another workstation changed; `message` says who changed what.
    void changed(const QStringList &tables, const QString &message);
    // The listening connection dropped (message says so) or came back (everything may have changed).
    void connectionLost(const QString &message);
    void reconnected(const QString &message);

private:
    void connectListener();
    void listenerReady(server::ServerListener *listener, const QString &error);
    void heard(const QString &table, const QString &login);
    void flush();
    void lost(const QString &reason);

    QString m_url, m_district;
    DistrictStore *m_store = nullptr; // followed until stop()
    struct Attempt;
    QList<std::shared_ptr<Attempt>> m_attempts; // listeners being connected on workers
    bool m_wasLost = false;
    server::ServerListener *m_listener = nullptr;
    QTimer *m_gather, *m_retry;
    QHash<QString, QSet<QString>> m_pending; // login -> tables
};

} // namespace uo
