#include "app/cli/cli_command.h"

#include "core/segments/segment_check.h"
#include "core/store/district_store.h"
#include "core/store/store_check.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::cli)
};
} // namespace

// `check DB`: everything that can be wrong inside a district file, read-only: SQLite's full integrity
// check, the foreign keys, the store's own invariants and the segment rules. Exit 0 when all hold.
int checkCommand(const QStringList &args, Streams io)
{
    if (args.size() != 1) {
        io.err << Text::tr("usage: urbanops-cli check DB") << Qt::endl;
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    try {
        auto store = DistrictStore::open(args.first(), DistrictStore::Access::ReadOnly);
        const QStringList problems = StoreCheck::full(*store);
        for (const QString &problem : problems)
            io.out << Text::tr("DAMAGE") << QStringLiteral("  ") << problem << Qt::endl;
        int violations = 0;
        if (problems.isEmpty()) { // the segment rules read the same pages: only on a whole file
            const SegmentCheckReport report = SegmentCheck::run(*store);
            for (const SegmentFinding &f : report.findings)
                if (f.violation)
                    io.out << Text::tr("VIOLATION") << QStringLiteral("  ")
                           << Text::tr("road %1 %2").arg(f.roadId).arg(f.roadName) << QStringLiteral(": ") << f.text
                           << Qt::endl;
            violations = report.violations;
        }
        io.out << Text::tr("%1: %2 problems in the file and the store, %3 segment rule violations (%4 s)")
                      .arg(args.first())
                      .arg(problems.size())
                      .arg(violations)
                      .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               << Qt::endl;
        return problems.isEmpty() && violations == 0 ? 0 : 1;
    } catch (const StoreError &error) {
        io.err << QString(error.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
