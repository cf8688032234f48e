#include "app/bench/bench_util.h"

#include "core/store/district_store.h"
#include "core/store/store_copy.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

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
    const auto source = DistrictStore::open(from, DistrictStore::Access::ReadOnly);
    uo::copyStore(*source, to, QCoreApplication::translate("uo::cli", "copying it for a benchmark"));
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
