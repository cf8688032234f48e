#include "app/bench/bench_permits.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/permits/permit_register.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_statistics.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <ctime>

namespace uo::cli {

namespace {
constexpr int kPermits = 10000;
}

int benchPermits(const Arguments &args, Streams io)
{
    const QString path = args.at(0);
    BenchScratch dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    copyStore(path, copy);
    auto store = DistrictStore::open(copy);
    // The reviews are timed on the district's own permits, not on the copies added below.
    const QList<qint64> originals = bench_data::ids(*store, tableOf(Layer::Permits));
    if (originals.isEmpty()) {
        io.err << QCoreApplication::translate("uo::cli", "%1 has no permits to review.").arg(path)
               << Qt::endl;
        return 1;
    }
    const qint64 permitCount = bench_data::growPermits(*store, kPermits);
    // Wall time, and the processor time of this (single-threaded) program, which a machine shared
    // with other work does not inflate.
    QElapsedTimer clock;
    auto cpuMs = [] { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    // The register as the permits dock reads it (on its worker): every permit with its roads,
    // segments, street and the outcome of its checks.
    QList<double> registerTimes, registerCpuTimes;
    QHash<qint64, PermitFinding::Outcome> registerOutcomes;
    for (int run = 0; run < 3; ++run) {
        clock.start();
        const double cpu = cpuMs();
        const QList<PermitSummary> rows = PermitRegister::list(*store);
        registerCpuTimes.append(cpuMs() - cpu);
        registerTimes.append(clock.nsecsElapsed() / 1e6);
        if (rows.size() != permitCount)
            return 1;
        for (const PermitSummary &row : rows)
            registerOutcomes.insert(row.id, row.outcome);
    }
    QRandomGenerator random(10000);
    QList<double> times, cpuTimes;
    int blocked = 0, agreeing = 0;
    for (int run = 0; run < 60; ++run) {
        const qint64 id = originals[random.bounded(int(originals.size()))];
        clock.start();
        const double cpu = cpuMs();
        const PermitReviewResult review = PermitReview::run(*store, id);
        cpuTimes.append(cpuMs() - cpu);
        times.append(clock.nsecsElapsed() / 1e6);
        blocked += review.blocked();
        // The register comes to the review's outcome: the same verdicts on the same facts.
        agreeing += registerOutcomes.value(id) == review.outcome();
    }
    // The statistics dock's figures over five years, as its worker reads them.
    clock.start();
    const double statsCpu = cpuMs();
    const QDate today = QDate::currentDate();
    PermitStatistics::digsPerRoad(*store, today.addYears(-5), today);
    PermitStatistics::routeShares(*store, today.addYears(-5), today);
    const double statsCpuMs = cpuMs() - statsCpu;
    const double statsMs = clock.nsecsElapsed() / 1e6;
    printFigure(io, tableOf(Layer::Permits), double(permitCount), 0); // the table's rows
    printFigure(io, QStringLiteral("check_ms"), median(times));
    printFigure(io, QStringLiteral("check_max_ms"), *std::max_element(times.begin(), times.end()));
    printFigure(io, QStringLiteral("check_cpu_ms"), median(cpuTimes));
    printFigure(io, QStringLiteral("blocked_share"), double(blocked) / times.size());
    printFigure(io, QStringLiteral("register_ms"), median(registerTimes));
    printFigure(io, QStringLiteral("register_cpu_ms"), median(registerCpuTimes));
    printFigure(io, QStringLiteral("register_agrees_share"), double(agreeing) / times.size());
    printFigure(io, QStringLiteral("statistics_ms"), statsMs);
    printFigure(io, QStringLiteral("statistics_cpu_ms"), statsCpuMs);
    return 0;
}

} // namespace uo::cli
