#pragma once

#include <QImage>
#include <QSet>
#include <QString>
#include <memory>

namespace uo {
struct DistrictStyle;
class MapSnapshot;
class MapViewport;
} // namespace uo

namespace uo::report {

// What "Export Map Image" writes: exactly what a map view shows, at `dpi` instead of the screen's 96,
// through the renderer's own image path (two threads). The image knows its resolution, so that a word
// processor places it at its printed size. Null when an image that large cannot be allocated.
QImage mapImage(std::shared_ptr<const MapSnapshot> snapshot, const DistrictStyle &style,
                const QSet<QString> &layers, const MapViewport &view, int dpi);

} // namespace uo::report
