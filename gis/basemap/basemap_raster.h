#pragma once

#include "core/basemap/basemaps.h"
#include "core/jobs/job_tracker.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

namespace uo {

class MapViewport;

// A basemap read through GDAL: files GDAL opens (GeoTIFF and the rest), MBTiles and GeoPackage tiles,
// XYZ templates through GDAL's WMS driver and WMTS through its WMTS driver, both with a disk cache.
// Every call may run on any thread: opened datasets are pooled and lent to one thread at a time.
class BasemapRaster
{
    Q_DECLARE_TR_FUNCTIONS(uo::BasemapRaster)

public:
    // How a tile service may be read: from the disk cache alone (a render: it never waits for the
    // network), or fetching what the cache lacks (in the background, then the map is drawn again).
    enum class Network
    {
        CacheOnly,
        Fetch
    };

    // What GDAL makes of a basemap: for `basemap add` and the layer tree.
    struct Info
    {
        QString driver; // GDAL's short name: GTiff, MBTiles, GPKG, WMS, WMTS ...
        QSize size;     // pixels at full resolution
        int bands = 0;
        int overviews = 0;
        QString crs;   // as GDAL names it
        QRectF extent; // in the store CRS; empty for a service covering the world
    };

    // Where tile services keep their tiles: the user's cache folder, .../urbanops/tiles, unless set.
    static void setTileCacheDirectory(const QString &path);
    static QString tileCacheDirectory();

    // Opens the basemap (a service over the network) and says what it is; false with *error saying
    // what and where when GDAL cannot read it or it has no place on the earth.
    static bool inspect(const Basemap &basemap, int storeSrid, Info *info, QString *error);

    // A basemap's part of a view: `image`, to be drawn (smoothly scaled) into `target`, in the view's
    // logical pixels.
    struct Picture
    {
        QImage image;
        QRectF target;
    };

    // The part of the basemap `view` (store CRS) shows, in the store CRS. A raster already in the store
    // CRS is read by GDAL at about the view's resolution, or its own where that is coarser, and laid
    // where it falls; any other is warped by GDAL into an image of the view's device size, transparent
    // where the basemap has nothing. The image is null when none of it is in view, once `job` is
    // withdrawn, or when it cannot be read (*error then says why). With CacheOnly a tile service gives what
    // its cache holds and never touches the network.
    static Picture warpToView(const Basemap &basemap, int storeSrid, const MapViewport &view, Network network,
                              const JobTicket &job = JobTicket::untracked(), QString *error = nullptr);

    // Whether the last fetch of a tile service reached it; unknown services count as unreachable.
    static bool lastFetchReached(const Basemap &basemap);
};

} // namespace uo
