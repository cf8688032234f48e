#include "app/bench/bench_segments.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_editor.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace uo::cli {

int benchSegments(const Arguments &args, Streams io)
{
    const QString path = args.at(0);
    BenchScratch dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    copyStore(path, copy);
    auto store = DistrictStore::open(copy);
    store->setOperatorName(QStringLiteral("urbanops-cli bench"));
    SegmentEditor editor(*store);
    const QList<qint64> segments = bench_data::ids(*store, tableOf(Layer::RoadSegments));
    if (segments.isEmpty()) {
        io.err << QCoreApplication::translate("uo::cli", "%1 has no road segments to time.").arg(path)
               << Qt::endl;
        return 1;
    }

    QRandomGenerator random(406);
    QList<double> split, merge, move, check;
    QElapsedTimer clock;
    for (int run = 0; run < 40; ++run) {
        const qint64 id = segments[random.bounded(int(segments.size()))];
        const SegmentSummary span = SegmentQueries(*store).segments({id}).value(0);
        const double from = span.from, to = span.to;
        qint64 created = 0;
        clock.start();
        const RoadSegments before = editor.split(id, from + (to - from) * 0.4, &created);
        split.append(clock.nsecsElapsed() / 1e6);
        clock.start();
        editor.moveBoundary(id, created, from + (to - from) * 0.6);
        move.append(clock.nsecsElapsed() / 1e6);
        clock.start();
        editor.merge(id, created);
        merge.append(clock.nsecsElapsed() / 1e6);
        editor.restore(before);
    }
    for (int run = 0; run < 5; ++run) {
        clock.start();
        SegmentCheck::run(*store);
        check.append(clock.nsecsElapsed() / 1e6);
    }
    printFigure(io, QStringLiteral("split_ms"), median(split));
    printFigure(io, QStringLiteral("move_ms"), median(move));
    printFigure(io, QStringLiteral("merge_ms"), median(merge));
    printFigure(io, QStringLiteral("check_all_ms"), median(check));
    io.out << QStringLiteral("segments %1, runs %2").arg(segments.size()).arg(split.size()) << Qt::endl;
    return 0;
}

} // namespace uo::cli
