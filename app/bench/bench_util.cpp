#include "app/bench/bench_util.h"

#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <sqlite3.h>

namespace uo::cli {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void printFigure(Streams io, const QString &name, double value, int decimals)
{
    io.out << name << QLatin1Char(' ') << QString::number(value, 'f', decimals) << Qt::endl;
}

void copyStore(const QString &from, const QString &to)
{
    sqlite3 *source = nullptr, *target = nullptr;
    int rc = sqlite3_open_v2(from.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(to.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        sqlite3_backup_finish(backup);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    const StoreError error = sqliteError(rc, source ? sqlite3_errmsg(source) : nullptr, from,
                                         QCoreApplication::translate("uo::cli", "copying it for a benchmark"));
    sqlite3_close(source);
    sqlite3_close(target);
    if (rc != SQLITE_OK)
        throw error;
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace uo::cli
