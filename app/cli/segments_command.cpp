#include "app/cli/cli_command.h"

#include "core/segments/assignment_csv.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_proposals.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

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
int exportAssignments(const QString &path, const QString &file, Streams io)
{
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(AssignmentCsv::exportAll(*store)) < 0 || !out.commit()) {
        io.err << tr("Could not write %1: %2").arg(file, out.errorString()) << Qt::endl;
        return 1;
    }
    io.out << tr("Wrote the assignments of %1 segments to %2").arg(store->count(QStringLiteral("road_segments"))).arg(file)
           << Qt::endl;
    return 0;
}

int importAssignments(const QString &path, const QString &file, Streams io)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        io.err << tr("Could not read %1: %2").arg(file, in.errorString()) << Qt::endl;
        return 1;
    }
    auto store = DistrictStore::open(path);
    const AssignmentCsv::ImportResult result = AssignmentCsv::import(*store, in.readAll());
    for (const QString &error : result.errors)
        io.err << file << QStringLiteral(", ") << error << Qt::endl;
    if (!result.errors.isEmpty()) {
        io.err << tr("Nothing was imported: %1 problems in %2 rows.").arg(result.errors.size()).arg(result.rows) << Qt::endl;
        return 1;
    }
    io.out << tr("Imported %1 rows; %2 segments changed.").arg(result.rows).arg(result.changed) << Qt::endl;
    return 0;
}
// `segments propose DB [--grades trunk,main] [--max-length M] [--apply]`: prints the proposed cut of every
// road; with --apply, roads whose segments differ from the proposal are cut that way.
int propose(const QStringList &args, Streams io)
{
    SegmentProposals::Options options;
    bool apply = false;
    for (qsizetype i = 2; i < args.size(); ++i) {
        bool ok = true;
        if (args[i] == QLatin1String("--apply"))
            apply = true;
        else if (args[i] == QLatin1String("--grades") && i + 1 < args.size())
            options.crossGrades = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--max-length") && i + 1 < args.size())
            options.maxLength = args[++i].toDouble(&ok);
        else
            ok = false;
        if (!ok) {
            io.err << tr("segments propose: cannot use the argument \"%1\".").arg(args[i]) << Qt::endl;
            return 2;
        }
    }
    auto store = DistrictStore::open(args[1], apply ? DistrictStore::Access::ReadWrite : DistrictStore::Access::ReadOnly);
    int pieces = 0, applied = 0;
    for (const RoadProposal &p : SegmentProposals::proposeAll(*store, options)) {
        pieces += int(p.pieces.size());
        io.out << tr("road %1 %2 (%3 m, %4 segments now): %5 pieces")
                      .arg(p.roadId).arg(p.roadName).arg(p.length, 0, 'f', 1).arg(p.currentSegments).arg(p.pieces.size())
               << Qt::endl;
        for (const RoadProposal::Piece &piece : p.pieces)
            io.out << QStringLiteral("  %1\u2013%2 m  %3").arg(piece.from, 0, 'f', 1).arg(piece.to, 0, 'f', 1).arg(piece.name)
                   << Qt::endl;
        if (apply) {
            SegmentProposals::apply(*store, p);
            ++applied;
        }
    }
    io.out << (apply ? tr("%1 pieces proposed; %2 roads cut that way.").arg(pieces).arg(applied)
                     : tr("%1 pieces proposed; nothing changed (--apply cuts the roads).").arg(pieces))
           << Qt::endl;
    return 0;
}
} // namespace

int segmentsCommand(const QStringList &args, Streams io)
{
    const QString verb = args.value(0);
    const bool known = (verb == QLatin1String("check") && args.size() == 2)
                       || (verb == QLatin1String("propose") && args.size() >= 2)
                       || ((verb == QLatin1String("export") || verb == QLatin1String("import")) && args.size() == 3);
    if (!known) {
        io.err << tr("usage: urbanops-cli segments check DB | segments export DB FILE.csv | segments import DB FILE.csv | "
                     "segments propose DB [--grades trunk,main] [--max-length M] [--apply]")
               << Qt::endl;
        return 2;
    }
    try {
        if (verb == QLatin1String("check"))
            return check(args[1], io);
        if (verb == QLatin1String("propose"))
            return propose(args, io);
        if (verb == QLatin1String("export"))
            return exportAssignments(args[1], args[2], io);
        return importAssignments(args[1], args[2], io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace uo::cli
