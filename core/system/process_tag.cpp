#include "core/system/process_tag.h"

#include <QFile>
#include <QSysInfo>
#include <unistd.h>

namespace uo {

namespace {
// Field 22 of /proc/PID/stat; empty when there is no such process. The second field (the command in
// parentheses) may hold spaces, so fields are counted after its closing parenthesis.
QString startOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
}
} // namespace

ProcessTag ProcessTag::current()
{
    ProcessTag tag;
    tag.host = QSysInfo::machineHostName();
    tag.boot = QString::fromLatin1(QSysInfo::bootUniqueId());
    tag.pid = qint64(getpid());
    tag.started = startOf(tag.pid);
    return tag;
}

QString ProcessTag::toText() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(host, boot.isEmpty() ? QStringLiteral("-") : boot)
        .arg(pid)
        .arg(started);
}

ProcessTag ProcessTag::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    ProcessTag tag;
    if (parts.size() != 4)
        return tag;
    tag.host = parts[0];
    tag.boot = parts[1] == QLatin1String("-") ? QString() : parts[1];
    tag.pid = parts[2].toLongLong();
    tag.started = parts[3];
    return tag;
}

bool ProcessTag::isGone() const
{
    const ProcessTag now = current();
    if (host != now.host)
        return false;
    if (boot != now.boot)
        return true;
    return pid <= 0 || startOf(pid) != started;
}

} // namespace uo
