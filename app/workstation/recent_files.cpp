#include "app/workstation/recent_files.h"

#include "core/server/server_url.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace uo::recent_files {

namespace {
const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

// A server's address as given; a file by its absolute path, however it was reached.
QString normalized(const QString &path)
{
    return server::ServerUrl::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaximum)
        paths.removeLast();
    store(paths);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalized(path));
    store(paths);
}

void clear()
{
    store({});
}

QString label(const QString &path)
{
    if (!server::ServerUrl::isServerUrl(path))
        return QFileInfo(path).fileName();
    // The login too: two people (or two roles) on one workstation open the same district as different
    // logins.
    const QUrl url(path);
    const QString district = QUrlQuery(url).queryItemValue(QStringLiteral("district"));
    const QString login = url.userName().isEmpty() ? QString() : url.userName() + QLatin1Char('@');
    const QString where = login + url.host() + url.path();
    return district.isEmpty() ? where : district + QStringLiteral(" \u2014 ") + where;
}

} // namespace uo::recent_files
