#include "app/bench/bench_edit.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/edit_scene/edit_scene.h"
#include "gis/edit_scene/snapper.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_viewport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <ctime>

namespace uo::cli {

namespace {

constexpr int kEdited = 10000;

// Frames of a drag: each one what the canvas does while a point is dragged — the last map picture
// drawn again, then the edit overlay with the point where the mouse is, snapped to the roads.
double dragFps(const edit::EditScene &scene, const MapSnapshot &snapshot, const MapViewport &viewport,
               const QImage &picture)
{
    QImage frame(viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    const edit::Snapper snapper(&snapshot);
    edit::EditPainter overlay;
    overlay.setScene(scene);
    edit::EditDrag drag;
    drag.active = true;
    drag.from = viewport.centre();
    const int frames = 300;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < frames; ++i) {
        // A drag across the screen, a pixel or two per frame as a hand moves.
        const QPointF pixel(viewport.size().width() * (0.3 + 0.4 * i / frames),
                            viewport.size().height() * 0.5 + (i % 40) - 20);
        const edit::SnapResult snapped = snapper.snap(viewport.toMap(pixel), 8 * viewport.mapUnitsPerPixel());
        drag.to = snapped.point;
        drag.snap = snapped.kind;
        QPainter painter(&frame);
        painter.drawImage(0, 0, picture);
        overlay.paint(painter, viewport, drag);
    }
    return frames / (clock.nsecsElapsed() / 1e9);
}

} // namespace

QList<QPair<qint64, QPointF>> editTenThousand(edit::EditSession &session, const QString &name, Streams io)
{
    // The components of the densest 10,000 ids: every one moved a metre and marked damaged.
    DistrictStore &store = session.store();
    const QList<QPair<qint64, QPointF>> points =
        bench_data::firstPoints(store, tableOf(Layer::Components), kEdited);
    if (points.size() < kEdited) {
        io.err << QCoreApplication::translate("uo::cli", "%1 has fewer than %2 components to edit.")
                      .arg(name)
                      .arg(kEdited)
               << Qt::endl;
        return {};
    }
    QList<edit::EditAction> actions;
    for (const auto &[id, point] : points) {
        const QByteArray moved = geometry_blob::encode(Geometry::point(store.srid(), point + QPointF(1, 1)));
        actions << session.setValues(
            tableOf(Layer::Components), {id},
            {{QStringLiteral("geom"), moved}, {QStringLiteral("state"), QStringLiteral("damaged")}}, {});
    }
    session.apply(edit::EditSession::combine(QStringLiteral("bench"), actions));
    return points;
}

int benchEdit(const Arguments &args, Streams io)
{
    BenchScratch dir;
    const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
    copyStore(args.at(0), copy);
    auto store = DistrictStore::open(copy);
    store->setOperatorName(QStringLiteral("urbanops-cli bench"));

    edit::EditSession session(*store);
    session.setJournalEnabled(false);
    QElapsedTimer clock;
    clock.start();
    const QList<QPair<qint64, QPointF>> edited = editTenThousand(session, args.at(0), io);
    if (edited.isEmpty())
        return 1;
    const double applyMs = clock.nsecsElapsed() / 1e6;
    QList<qint64> ids;
    QList<QPointF> where;
    for (const auto &[id, point] : edited) {
        ids << id;
        where << point;
    }

    session.setJournalEnabled(true);
    clock.start();
    session.apply(session.setValues(tableOf(Layer::Components), {ids.first()},
                                    {{QStringLiteral("note"), QStringLiteral("bench")}}, {}));
    const double journalMs = clock.nsecsElapsed() / 1e6;
    const qint64 journalBytes = QFileInfo(session.journalPath()).size();

    const auto snapshot = MapSnapshot::load(*store);
    const edit::EditScene pendingScene = edit::EditScene::of(session);

    // CPU time besides the wall clock: on a machine shared with other work the wall clock also
    // counts the time the process waited for a processor.
    const std::clock_t cpuStart = std::clock();
    clock.start();
    const edit::SaveResult result = session.save();
    const double saveMs = clock.nsecsElapsed() / 1e6;
    const double saveCpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    if (result.saved != kEdited || !result.conflicts.isEmpty()) {
        io.err << QCoreApplication::translate("uo::cli", "The save wrote %1 of %2 rows.")
                      .arg(result.saved)
                      .arg(kEdited)
               << Qt::endl;
        return 1;
    }

    // A 1:1000-ish view (0.25 m per pixel) over the middle of the edited components.
    MapViewport viewport(where[where.size() / 2], 0.25, QSize(1920, 1080));
    QImage picture(viewport.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    picture.fill(QColor(0xf2, 0xef, 0xe9));
    edit::EditScene few;
    for (int i = 0; i < 20; ++i)
        few.changed << where[where.size() / 2 + i];
    const double fpsFew = dragFps(few, *snapshot, viewport, picture);
    const double fpsMany = dragFps(pendingScene, *snapshot, viewport, picture);

    printFigure(io, QStringLiteral("edit_apply_10000_ms"), applyMs);
    printFigure(io, QStringLiteral("edit_journal_10000_ms"), journalMs);
    printFigure(io, QStringLiteral("edit_save_10000_ms"), saveMs);
    printFigure(io, QStringLiteral("edit_save_10000_cpu_ms"), saveCpuMs);
    printFigure(io, QStringLiteral("drag_overlay_fps"), fpsFew, 1);
    printFigure(io, QStringLiteral("drag_overlay_fps_10000_pending"), fpsMany, 1);
    io.out << QStringLiteral("components %1, journal %2 KB, audit rows %3")
                  .arg(store->count(tableOf(Layer::Components)))
                  .arg(journalBytes / 1024)
                  .arg(bench_data::auditRows(*store, store->operatorName()))
           << Qt::endl;
    return 0;
}

} // namespace uo::cli
