#include "app/bench/bench_open.h"

#include "core/store/district_store.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_renderer.h"

#include <QElapsedTimer>

namespace uo::cli {

OpenedDistrict openForDrawing(const QString &address, int runs, QSize screen)
{
    OpenedDistrict opened;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        // The one before closes first, as when the workstation opens a district again.
        opened.snapshot.reset();
        opened.store.reset();
        clock.start();
        opened.store = DistrictStore::open(address, DistrictStore::Access::ReadOnly);
        opened.snapshot = MapSnapshot::load(*opened.store);
        opened.openMs.append(clock.nsecsElapsed() / 1e6);
        MapViewport full(QPointF(), 1.0, screen);
        full.fit(opened.snapshot->extent());
        clock.start();
        MapRenderer(opened.snapshot).renderImage(full);
        opened.firstFullMs.append(clock.nsecsElapsed() / 1e6);
    }
    return opened;
}

} // namespace uo::cli
