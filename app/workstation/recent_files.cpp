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
    const QUrl url(path);
    const QString district = QUrlQuery(url).queryItemValue(QStringLiteral("district"));
    const QString where = url.host() + url.path();
    return district.isEmpty() ? where : district + QStringLiteral(" @ ") + where;
}

} // namespace uo::recent_files
