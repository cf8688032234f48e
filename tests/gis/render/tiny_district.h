#pragma once

#include "core/store/district_store.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_viewport.h"

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QTemporaryDir>
#include <memory>

// A district store small enough to check pixel by pixel. Everything lies around kOrigin; with
// viewport() (1 m per pixel, 200 x 200) a feature at origin + (dx, dy) lands on pixel (100 + dx, 100 - dy).
namespace tiny_district {

constexpr double kOriginX = 500000.0;
constexpr double kOriginY = 3270000.0;
// How many components sit on the one spot that holds two classes.
constexpr int kClusterSize = 1000;
constexpr int kComponentCount = kClusterSize + 3;

// A trunk road along dy = -50 from dx = -80 to 80, split at dx = 0 into two segments; a red risk point
// at (50, 50) and a blue one at (-50, 50); a greening component at (-50, -20); a damaged cover at
// (0, 20); kClusterSize intact covers and one tree at (60, -20); a shop at (-20, 80); a permit of
// 2 x 2 m around (-21, -81).
std::unique_ptr<uo::DistrictStore> create(const QString &path);

// The tiny district in a temporary folder, read into a map snapshot: what the map tests start from.
struct Loaded
{
    QTemporaryDir dir;
    std::unique_ptr<uo::DistrictStore> store;
    std::shared_ptr<const uo::MapSnapshot> map;
};
// Writes and reads it; false when the temporary folder cannot be made.
bool load(Loaded &loaded);
uo::MapViewport viewport(double devicePixelRatio = 1.0);

QColor pixel(const QImage &image, QPoint p);
bool near(const QColor &actual, const QColor &expected, int tolerance = 24);

} // namespace tiny_district
