#include "app/cli/cli_command.h"

#include "core/segments/segment_check.h"
#include "core/store/district_store.h"
#include "core/store/store_check.h"

#include <QElapsedTimer>

namespace uo::cli {

namespace {
// `check DB`: everything that can be wrong inside a district file, read-only: SQLite's full integrity
// check, the foreign keys, the store's own invariants and the segment rules. Exit 0 when all hold.
int check(const Arguments &args, Streams io)
{
    QElapsedTimer clock;
    clock.start();
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    const QStringList problems = StoreCheck::full(*store);
    for (const QString &problem : problems)
        io.out << tr("DAMAGE") << QStringLiteral("  ") << problem << Qt::endl;
    int violations = 0;
    if (problems.isEmpty()) { // the segment rules read the same pages: only on a whole file
        const SegmentCheckReport report = SegmentCheck::run(*store);
        for (const SegmentFinding &f : report.findings)
            if (f.violation)
                io.out << tr("VIOLATION") << QStringLiteral("  ")
                       << tr("road %1 %2").arg(f.roadId).arg(f.roadName) << QStringLiteral(": ") << f.text
                       << Qt::endl;
        violations = report.violations;
    }
    io.out << tr("%1: %2 problems in the file and the store, %3 segment rule violations (%4 s)")
                  .arg(args.at(0))
                  .arg(problems.size())
                  .arg(violations)
                  .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return problems.isEmpty() && violations == 0 ? 0 : 1;
}
} // namespace

QList<Command> checkCommands()
{
    return {
        {"check",
         "DB",
         {},
         QT_TRANSLATE_NOOP("uo::cli",
                           "look for damage: integrity, foreign keys, the store's invariants, segment rules"),
         check}};
}

} // namespace uo::cli
