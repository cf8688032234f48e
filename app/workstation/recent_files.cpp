#include "app/workstation/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace uo::recent_files {

namespace {
const QString kKey = QStringLiteral("recentFiles");

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}
} // namespace

QStringList list()
{
    return QSettings().value(kKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void clear()
{
    store({});
}

} // namespace uo::recent_files
