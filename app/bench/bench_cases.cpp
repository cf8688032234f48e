#include "app/bench/bench_cases.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/cases/case_register.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/monitoring_rules.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_renderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace uo::cli {

namespace {

constexpr int kCases = 30000;
const QSize kScreen(1920, 1080);

template <typename F> double medianOf(int runs, F &&f)
{
    QList<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        f();
        times.append(clock.nsecsElapsed() / 1e6);
    }
    return median(times);
}

} // namespace

int benchCases(const Arguments &args, Streams io)
{
    BenchScratch dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    copyStore(args.at(0), copy);
    auto store = DistrictStore::open(copy); // upgrades an older store
    if (store->count(tableOf(Layer::Cases)) == 0) {
        io.err << QCoreApplication::translate("uo::cli", "%1 has no cases to copy.").arg(args.at(0))
               << Qt::endl;
        return 1;
    }
    const qint64 cases = bench_data::growCases(*store, kCases);

    // The map: as the workstation draws it, with every layer, and the cases alone.
    const auto snapshot = MapSnapshot::load(*store);
    MapViewport full(QPointF(), 1.0, kScreen);
    full.fit(snapshot->extent());
    const QPointF centre = bench_data::busiestStreetCase(*store, full.visibleMapRect().center());
    const MapViewport zoom(centre, 1000.0 / kScreen.width(), kScreen);
    MapRenderer all(snapshot);
    MapRenderer casesOnly(snapshot);
    casesOnly.setVisibleLayers({tableOf(Layer::Cases)});
    MapRenderer withoutCases(snapshot);
    QSet<QString> others;
    for (const LayerInfo &layer : mapLayers())
        if (layer.layer != Layer::Cases)
            others.insert(QString::fromLatin1(layer.table));
    withoutCases.setVisibleLayers(others);
    const int runs = 5;
    const double fullAll = medianOf(runs, [&] { all.renderImage(full); });
    const double fullWithout = medianOf(runs, [&] { withoutCases.renderImage(full); });
    const double fullCases = medianOf(runs, [&] { casesOnly.renderImage(full); });
    const double zoomAll = medianOf(runs, [&] { all.renderImage(zoom); });
    const double zoomWithout = medianOf(runs, [&] { withoutCases.renderImage(zoom); });

    // The register as the cases dock reads it on its worker, and one case's dispatch suggestion.
    int rows = 0;
    const double registerMs = medianOf(3, [&] { rows = int(CaseRegister::list(*store).size()); });
    const QList<qint64> ids = bench_data::ids(*store, tableOf(Layer::Cases));
    QRandomGenerator random(15);
    const double dispatchMs =
        medianOf(101, [&] { DispatchRules::suggest(*store, ids[random.bounded(int(ids.size()))]); });

    // The monitoring rules over every record.
    int alerts = 0;
    const double rulesMs = medianOf(5, [&] { alerts = int(RiskMonitor::evaluate(*store).size()); });

    printFigure(io, tableOf(Layer::Cases), double(cases), 0); // the table's rows
    printFigure(io, QStringLiteral("full_ms"), fullAll);
    printFigure(io, QStringLiteral("full_without_cases_ms"), fullWithout);
    printFigure(io, QStringLiteral("full_cases_only_ms"), fullCases);
    printFigure(io, QStringLiteral("zoom_1km_ms"), zoomAll);
    printFigure(io, QStringLiteral("zoom_1km_without_cases_ms"), zoomWithout);
    printFigure(io, QStringLiteral("register_rows"), rows, 0);
    printFigure(io, QStringLiteral("register_ms"), registerMs);
    printFigure(io, QStringLiteral("dispatch_suggestion_ms"), dispatchMs);
    printFigure(io, QStringLiteral("risk_records"), double(store->count(QStringLiteral("risk_records"))), 0);
    printFigure(io, QStringLiteral("monitoring_rules_ms"), rulesMs);
    printFigure(io, QStringLiteral("alerts"), alerts, 0);
    return 0;
}

} // namespace uo::cli
