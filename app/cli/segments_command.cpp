#include "cli_command.h"

#include "segments/segment_check.h"
#include "store/district_store.h"
#include "store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

int check(const QString &path, Streams io)
{
    QElapsedTimer clock;
    clock.start();
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    const SegmentCheckReport report = SegmentCheck::run(*store);
    for (const SegmentFinding &f : report.findings) {
        const QString where = f.segmentId > 0 ? tr("road %1 %2, segment %3").arg(f.roadId).arg(f.roadName).arg(f.segmentId)
                                              : tr("road %1 %2").arg(f.roadId).arg(f.roadName);
        io.out << (f.violation ? tr("VIOLATION") : tr("note")) << QStringLiteral("  ") << where << QStringLiteral(": ")
               << f.text << Qt::endl;
    }
    io.out << tr("%1 roads, %2 segments: %3 violations, %4 segments need a chief (%5 ms)")
                  .arg(report.roads).arg(report.segments).arg(report.violations).arg(report.needChief)
                  .arg(clock.elapsed())
           << Qt::endl;
    return report.violations > 0 ? 1 : 0;
}
} // namespace

int segmentsCommand(const QStringList &args, Streams io)
{
    if (args.size() != 2 || args[0] != QLatin1String("check")) {
        io.err << tr("usage: urbanops-cli segments check DB") << Qt::endl;
        return 2;
    }
    try {
        return check(args[1], io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace uo::cli
