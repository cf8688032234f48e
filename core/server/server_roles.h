#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace uo::server {

class Connection;
class ServerDistrict;

// What a person signed in to a server district may do. Each role is a PostgreSQL group role of the
// district (uo_<district>_<role>); the server enforces it with grants and row-level security, so that
// no client, psql included, gets round it. See docs/server.md for the table.
enum class Role
{
    Admin,
    Editor,
    Reviewer,
    Chief,
    Planner
};

struct RoleInfo
{
    Role role;
    const char *key;   // as typed on the command line and kept in the logins table
    const char *title; // English; translate with ServerRoles::title()
};

struct ServerLogin
{
    QString login;
    QString role; // key; empty when the login has lost its role's membership
    qint64 personId = 0;
    QString personName;
    bool canSignIn = true;
};

class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerRoles)

public:
    static const QList<RoleInfo> &all();
    static std::optional<Role> fromKey(const QString &key);
    static QString key(Role role);
    static QString title(Role role);
    static QByteArray groupRole(const QString &district, Role role);

    // Makes the district's group roles where missing, and gives them their grants and row-level
    // security policies on the district's tables. Runs inside the publishing transaction.
    static void install(Connection &connection, const QString &district, const QStringList &tables);

    // Makes LOGIN a member of ROLE in the district (and of no other role there), creating the login when
    // it does not exist. A chief names the person (people.id) whose segments are theirs. The password,
    // when given, is hashed by libpq (SCRAM) before it leaves this machine.
    static void addUser(ServerDistrict &district, const QString &login, Role role,
                        std::optional<qint64> person, const std::optional<QString> &password);
    static QList<ServerLogin> users(ServerDistrict &district);
};

} // namespace uo::server
