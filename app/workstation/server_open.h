#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace uo {

class DistrictStore;
namespace server {
class ServerAccess;
}

// Asked when the server wants a password (`why` says whether one was refused); nullopt to stop trying.
using PasswordAsker = std::function<std::optional<QString>(const QString &login, const QString &why)>;

// Opens a server district (postgresql://...) off the window's thread, so that a slow or unreachable
// network never freezes it: a progress dialog with Cancel shows while it connects. Signs in without a
// password first (libpq's .pgpass, service file or certificate), and asks `askPassword` only when the
// server wants one, again after a refused one. Null when it could not, with *error saying why in the
// user's language (empty when the user cancelled). Who signed in with which role is read there too, into
// *access.
std::unique_ptr<DistrictStore> openServerDistrict(QWidget *parent, const QString &url,
                                                  const PasswordAsker &askPassword, QString *error,
                                                  server::ServerAccess *access);

// The default asker: a password box over `parent`, under the server's reason.
std::optional<QString> askPasswordInDialog(QWidget *parent, const QString &login, const QString &why);

} // namespace uo
