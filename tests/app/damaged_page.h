#pragma once

// Writes garbage over one page of a closed district file, as a failing disk or a stray write would: a
// leaf page of the components table (found with the sqlite3 shell's dbstat), so that SQLite's checks
// can see it; a page of a large blob's overflow chain would pass them.

#include <QFile>
#include <QProcess>
#include <QString>

namespace damaged_page {

inline bool damage(const QString &path)
{
    QProcess shell;
    shell.start(
        QStringLiteral("sqlite3"),
        {path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'components' AND pagetype = 'leaf' "
                              "ORDER BY pageno LIMIT 1 OFFSET 2; PRAGMA page_size;")});
    if (!shell.waitForFinished(30000))
        return false;
    const QList<QByteArray> lines = shell.readAllStandardOutput().trimmed().split('\n');
    const qint64 page = lines.value(0).toLongLong(), size = lines.value(1).toLongLong();
    QFile file(path);
    if (page < 2 || size < 1024 || !file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * size + 8))
        return false;
    return file.write(QByteArray(int(size) - 16, '\x5a')) == size - 16;
}

} // namespace damaged_page
