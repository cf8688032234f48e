#include "app/cli/cli_command.h"

#include "core/segments/assignment_csv.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_proposals.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <optional>

namespace uo::cli {

namespace {
int check(const Arguments &args, Streams io)
{
    const QString path = args.at(0);
    QElapsedTimer clock;
    clock.start();
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    const SegmentCheckReport report = SegmentCheck::run(*store);
    for (const SegmentFinding &f : report.findings) {
        const QString where =
            f.segmentId > 0 ? tr("road %1 %2, segment %3").arg(f.roadId).arg(f.roadName).arg(f.segmentId)
                            : tr("road %1 %2").arg(f.roadId).arg(f.roadName);
        io.out << (f.violation ? tr("VIOLATION") : tr("note")) << QStringLiteral("  ") << where
               << QStringLiteral(": ") << f.text << Qt::endl;
    }
    io.out << tr("%1 roads, %2 segments: %3 violations, %4 segments need a chief (%5 ms)")
                  .arg(report.roads)
                  .arg(report.segments)
                  .arg(report.violations)
                  .arg(report.needChief)
                  .arg(clock.elapsed())
           << Qt::endl;
    return report.violations > 0 ? 1 : 0;
}
int exportAssignments(const Arguments &args, Streams io)
{
    const QString path = args.at(0), file = args.at(1);
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(AssignmentCsv::exportAll(*store)) < 0 || !out.commit()) {
        io.err << tr("Could not write %1: %2").arg(file, out.errorString()) << Qt::endl;
        return 1;
    }
    io.out << tr("Wrote the assignments of %1 segments to %2")
                  .arg(store->count(tableOf(Layer::RoadSegments)))
                  .arg(file)
           << Qt::endl;
    return 0;
}

int importAssignments(const Arguments &args, Streams io)
{
    const QString path = args.at(0), file = args.at(1);
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
        io.err
            << tr("Nothing was imported: %1 problems in %2 rows.").arg(result.errors.size()).arg(result.rows)
            << Qt::endl;
        return 1;
    }
    io.out << tr("Imported %1 rows; %2 segments changed.").arg(result.rows).arg(result.changed) << Qt::endl;
    return 0;
}
// `segments propose DB [--grades trunk,main] [--max-length M] [--apply]`: prints the proposed cut of every
// road; with --apply, roads whose segments differ from the proposal are cut that way.
int propose(const Arguments &args, Streams io)
{
    SegmentProposals::Options options;
    if (args.isSet("grades"))
        options.crossGrades = args.listValue("grades");
    options.maxLength = args.doubleValue("max-length", options.maxLength);
    const bool apply = args.isSet("apply");
    auto store = DistrictStore::open(args.at(0), apply ? DistrictStore::Access::ReadWrite
                                                       : DistrictStore::Access::ReadOnly);
    int pieces = 0, applied = 0;
    const QList<RoadProposal> proposals = SegmentProposals::proposeAll(*store, options);
    for (const RoadProposal &p : proposals) {
        pieces += int(p.pieces.size());
        io.out << tr("road %1 %2 (%3 m, %4 segments now): %5 pieces")
                      .arg(p.roadId)
                      .arg(p.roadName)
                      .arg(p.length, 0, 'f', 1)
                      .arg(p.currentSegments)
                      .arg(p.pieces.size())
               << Qt::endl;
        for (const RoadProposal::Piece &piece : p.pieces)
            io.out << QStringLiteral("  %1\u2013%2 m  %3")
                          .arg(piece.from, 0, 'f', 1)
                          .arg(piece.to, 0, 'f', 1)
                          .arg(piece.name)
                   << Qt::endl;
    }
    if (apply)
        applied = SegmentProposals::applyAll(*store, proposals);
    io.out << (apply ? tr("%1 pieces proposed; %2 roads cut that way.").arg(pieces).arg(applied)
                     : tr("%1 pieces proposed; nothing changed (--apply cuts the roads).").arg(pieces))
           << Qt::endl;
    return 0;
}
} // namespace

QList<Command> segmentsCommands()
{
    return {
        {"segments check",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "list every broken segment rule; exit 1 if there is one"),
         check},
        {"segments export",
         "DB FILE.csv",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "write the chiefs, collaborators and Party branches to a spreadsheet"),
         exportAssignments},
        {"segments import",
         "DB FILE.csv",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "read them back; nothing changes unless every row is good"),
         importAssignments},
        {"segments propose",
         "DB",
         {{"grades", "trunk,main",
           QT_TRANSLATE_NOOP("uo::cli", "cut at the junctions with roads of these grades")},
          {"max-length", "M", QT_TRANSLATE_NOOP("uo::cli", "no segment longer than this, in metres")},
          {"apply", nullptr, QT_TRANSLATE_NOOP("uo::cli", "cut the roads that way")}},
         QT_TRANSLATE_NOOP("uo::cli", "propose segments cut at junctions"),
         propose},
    };
}

} // namespace uo::cli
