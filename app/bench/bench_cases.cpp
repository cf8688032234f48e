#include "app/bench/bench_cases.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/cases/case_register.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/monitoring_rules.h"
#include "core/sql/statement.h"
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

// Copies of the store's cases, a year earlier each round, until there are kCases.
void fill(sql::Database &db)
{
    sql::Transaction tx(db);
    for (int round = 1; db.scalarInt("SELECT count(*) FROM cases") < kCases; ++round) {
        auto repeat =
            db.prepare("INSERT INTO cases(case_no, class_code, source, description, reporter, reported_at, "
                       "state, accepted_at, "
                       "due_at, handled_at, closed_at, level, unit, route, reopened, grid_code, "
                       "community_code, street_code, "
                       "segment_id, chief_id, component_id, entity_id, risk_id, geom) "
                       "SELECT case_no || '-R' || :round, class_code, source, description, reporter, "
                       "reported_at, state, "
                       "accepted_at, due_at, handled_at, closed_at, level, unit, route, reopened, grid_code, "
                       "community_code, "
                       "street_code, segment_id, chief_id, component_id, entity_id, risk_id, geom FROM cases "
                       "WHERE case_no NOT LIKE '%-R%' LIMIT :room");
        repeat.bind(1, round).bind(2, kCases - db.scalarInt("SELECT count(*) FROM cases"));
        repeat.run();
    }
    tx.commit();
}

} // namespace

int benchCases(const Arguments &args, Streams io)
{
    BenchScratch dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    copyStore(args.at(0), copy);
    auto store = DistrictStore::open(copy); // upgrades an older store
    sql::Database &db = store->db();
    if (db.scalarInt("SELECT count(*) FROM cases") == 0) {
        io.err << QCoreApplication::translate("uo::cli", "%1 has no cases to copy.").arg(args.at(0))
               << Qt::endl;
        return 1;
    }
    fill(db);
    const qint64 cases = db.scalarInt("SELECT count(*) FROM cases");

    // The map: as the workstation draws it, with every layer, and the cases alone.
    const auto snapshot = MapSnapshot::load(*store);
    MapViewport full(QPointF(), 1.0, kScreen);
    full.fit(snapshot->extent());
    auto densest =
        db.prepare("SELECT ST_X(geom), ST_Y(geom) FROM cases WHERE street_code = (SELECT street_code "
                   "FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) LIMIT 1");
    const QPointF centre =
        densest.step() ? QPointF(densest.real(0), densest.real(1)) : full.visibleMapRect().center();
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
    QList<qint64> ids;
    auto idQuery = db.prepare("SELECT id FROM cases ORDER BY id");
    while (idQuery.step())
        ids.append(idQuery.int64(0));
    QRandomGenerator random(15);
    const double dispatchMs =
        medianOf(101, [&] { DispatchRules::suggest(*store, ids[random.bounded(int(ids.size()))]); });

    // The monitoring rules over every record.
    int alerts = 0;
    const double rulesMs = medianOf(5, [&] { alerts = int(RiskMonitor::evaluate(*store).size()); });

    printFigure(io, QStringLiteral("cases"), double(cases), 0);
    printFigure(io, QStringLiteral("full_ms"), fullAll);
    printFigure(io, QStringLiteral("full_without_cases_ms"), fullWithout);
    printFigure(io, QStringLiteral("full_cases_only_ms"), fullCases);
    printFigure(io, QStringLiteral("zoom_1km_ms"), zoomAll);
    printFigure(io, QStringLiteral("zoom_1km_without_cases_ms"), zoomWithout);
    printFigure(io, QStringLiteral("register_rows"), rows, 0);
    printFigure(io, QStringLiteral("register_ms"), registerMs);
    printFigure(io, QStringLiteral("dispatch_suggestion_ms"), dispatchMs);
    printFigure(io, QStringLiteral("risk_records"), double(db.scalarInt("SELECT count(*) FROM risk_records")),
                0);
    printFigure(io, QStringLiteral("monitoring_rules_ms"), rulesMs);
    printFigure(io, QStringLiteral("alerts"), alerts, 0);
    return 0;
}

} // namespace uo::cli
