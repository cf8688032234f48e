#pragma once

// A folder whose files cannot be written, made the way the machine allows: as root, a tmpfs mounted and
// then remounted read-only (root writes through permissions, not through a read-only mount); as anyone
// else, a folder without write permission. Both are real: CI runs as root, people do not.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <unistd.h>

namespace read_only_place {

class Folder
{
public:
    explicit Folder(const QTemporaryDir &parent) : m_path(parent.filePath(QStringLiteral("ro")))
    {
        QDir().mkpath(m_path);
        m_mounted =
            geteuid() == 0 && run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                   QStringLiteral("size=64m"), QStringLiteral("tmpfs"), m_path});
    }
    ~Folder()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_path});
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    Folder(const Folder &) = delete;
    Folder &operator=(const Folder &) = delete;

    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    bool isMount() const { return m_mounted; }
    // What an error should name: how this folder was made read-only.
    QString expectedReason() const
    {
        return m_mounted ? QStringLiteral("read-only media") : QStringLiteral("folder");
    }

    // From now on nothing in it can be written.
    bool lock()
    {
        if (m_mounted)
            return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path});
        return QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                 QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }

private:
    static bool run(const QStringList &arguments)
    {
        return QProcess::execute(QStringLiteral("mount"), arguments) == 0;
    }

    QString m_path;
    bool m_mounted = false;
};

} // namespace read_only_place
