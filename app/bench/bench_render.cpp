#include "app/bench/bench_render.h"

#include "app/bench/bench_open.h"
#include "app/bench/bench_util.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/feature_lookup.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_renderer.h"

#include "app/bench/bench_scratch.h"
#include "gis/basemap/bench_orthophoto.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <cmath>

namespace uo::cli {

namespace {

const QSize kScreen(1920, 1080);
constexpr double kScreenDpi = 96.0;
constexpr double kMetresPerInch = 0.0254;
constexpr int kIdentifyPixels = 3; // how near the pointer a feature counts as under it

double elapsedMs(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

// The centre of the square of `side` metres holding the most components, on the points' own tiles:
// where the map is slowest to draw and identify has most to choose from.
QPointF densestSquare(const ComponentPoints &points, double side)
{
    const double tile = ComponentPoints::kTileSize;
    QHash<QPoint, int> perTile;
    points.forEachNear(points.extent(), [&](const ComponentPoints::Point &p) {
        ++perTile[QPoint(int(p.x / tile), int(p.y / tile))];
    });
    const int span = std::max(1, int(std::lround(side / tile)));
    int best = -1;
    QPoint bestCorner;
    for (auto it = perTile.cbegin(); it != perTile.cend(); ++it) {
        int sum = 0;
        for (int dx = 0; dx < span; ++dx)
            for (int dy = 0; dy < span; ++dy)
                sum += perTile.value(it.key() + QPoint(dx, dy));
        if (sum > best) {
            best = sum;
            bestCorner = it.key();
        }
    }
    if (best < 0)
        return points.extent().center();
    return points.origin() + QPointF(bestCorner.x() + span / 2.0, bestCorner.y() + span / 2.0) * tile;
}

template <typename F> double medianOf(int runs, F &&f)
{
    QList<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        f();
        times.append(elapsedMs(clock));
    }
    return median(times);
}

} // namespace

int benchRender(const Arguments &args, Streams io)
{
    const int runs = args.intValue("runs", 5, 1);
    const QString path = args.at(0);
    // Each run opens the store afresh and draws its first picture, as the workstation does when a
    // district is opened.
    const OpenedDistrict run = openForDrawing(path, runs, kScreen);
    MapViewport full(QPointF(), 1.0, kScreen);
    full.fit(run.snapshot->extent());
    const MapRenderer renderer(run.snapshot);
    const QPointF densest = densestSquare(*run.snapshot->components(), 1000.0);
    const MapViewport zoom(densest, 1000.0 / kScreen.width(), kScreen);
    const MapViewport street(densest, 500.0 * kMetresPerInch / kScreenDpi, kScreen);
    const double fullMs = medianOf(runs, [&] { renderer.renderImage(full); });
    const double zoomMs = medianOf(runs, [&] { renderer.renderImage(zoom); });
    const double streetMs = medianOf(runs, [&] { renderer.renderImage(street); });
    const QPointF pointer = zoom.toMap(QPointF(kScreen.width() / 2.0, kScreen.height() / 2.0));
    // What the workstation shows for a click: the features under the pointer, and the attributes
    // of the topmost one, read from the store by id.
    const double identifyMs = medianOf(runs, [&] {
        const QList<FeatureHit> hits =
            featuresAt(*run.snapshot, pointer, kIdentifyPixels * zoom.mapUnitsPerPixel());
        if (!hits.isEmpty())
            run.store->readRow(hits.first().table, hits.first().id);
    });

    // The same full and 1 km views over a basemap: the district's own files when it has some, else a
    // stand-in orthophoto of the district made for the purpose.
    QList<Basemap> basemaps;
    for (const Basemap &basemap : run.snapshot->basemaps())
        if (!basemap.isNetwork())
            basemaps.append(basemap);
    BenchScratch scratch;
    if (basemaps.isEmpty()) {
        const QString ortho = scratch.filePath(QStringLiteral("orthophoto.tif"));
        QString error;
        if (!writeBenchOrthophoto(ortho, run.snapshot->extent(), run.snapshot->srid(), &error)) {
            io.err
                << QCoreApplication::translate("uo::cli", "Cannot write a stand-in orthophoto: %1").arg(error)
                << Qt::endl;
            return 1;
        }
        Basemap standIn;
        standIn.name = QStringLiteral("orthophoto");
        standIn.source = ortho;
        standIn.kind = QStringLiteral("raster");
        basemaps.append(standIn);
    }
    MapRenderer overBasemap(run.snapshot);
    overBasemap.setBasemaps(basemaps);
    const double fullBasemapMs = medianOf(runs, [&] { overBasemap.renderImage(full); });
    const double zoomBasemapMs = medianOf(runs, [&] { overBasemap.renderImage(zoom); });

    printFigure(io, QStringLiteral("open_ms"), median(run.openMs));
    printFigure(io, QStringLiteral("first_full_ms"), median(run.firstFullMs));
    printFigure(io, QStringLiteral("full_ms"), fullMs);
    printFigure(io, QStringLiteral("zoom_1km_ms"), zoomMs);
    printFigure(io, QStringLiteral("street_500_ms"), streetMs);
    printFigure(io, QStringLiteral("identify_ms"), identifyMs);
    printFigure(io, QStringLiteral("full_basemap_ms"), fullBasemapMs);
    printFigure(io, QStringLiteral("zoom_1km_basemap_ms"), zoomBasemapMs);
    printFigure(io, QStringLiteral("peak_mb"), peakMemoryMb(), 0);
    return 0;
}

} // namespace uo::cli
