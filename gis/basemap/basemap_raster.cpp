#include "gis/basemap/basemap_raster.h"

#include "gis/io/gdal_errors.h"
#include "gis/io/gdal_handles.h"
#include "gis/render/map_viewport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>
#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>
#include <map>
#include <memory>
#include <mutex>
#include <ogr_srs_api.h>
#include <vector>

namespace uo {

namespace {

QMutex g_stateMutex;
QString g_cacheDirectory;           // guarded by g_stateMutex
QHash<QString, bool> g_lastFetches; // source -> reached, guarded by g_stateMutex

void registerGdal()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString xmlEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

// An XYZ template as a description GDAL's WMS driver reads: web-mercator tiles of 256 pixels, zoom 0
// to 19, fetched into the disk cache, or read from it alone when offline.
QByteArray xyzDescription(const QString &source, BasemapRaster::Network network)
{
    QString url = source.trimmed();
    const bool fromBottom = url.contains(QLatin1String("{-y}"));
    url.replace(QLatin1String("${"), QLatin1String("{"))
        .replace(QLatin1String("{-y}"), QLatin1String("${y}"))
        .replace(QLatin1String("{z}"), QLatin1String("${z}"))
        .replace(QLatin1String("{x}"), QLatin1String("${x}"))
        .replace(QLatin1String("{y}"), QLatin1String("${y}"))
        .replace(QLatin1String("{s}"), QLatin1String("a"));
    const QString offline =
        network == BasemapRaster::Network::CacheOnly ? QStringLiteral("true") : QStringLiteral("false");
    const QString xml =
        QStringLiteral(
            "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>"
            "<DataWindow><UpperLeftX>-20037508.342789244</UpperLeftX>"
            "<UpperLeftY>20037508.342789244</UpperLeftY>"
            "<LowerRightX>20037508.342789244</LowerRightX>"
            "<LowerRightY>-20037508.342789244</LowerRightY><TileLevel>19</TileLevel>"
            "<TileCountX>1</TileCountX><TileCountY>1</TileCountY><YOrigin>%2</YOrigin></DataWindow>"
            "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
            "<BandsCount>4</BandsCount><Cache><Path>%3</Path></Cache>"
            "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
            "<ZeroBlockOnServerException>true</ZeroBlockOnServerException>"
            "<Timeout>10</Timeout><MaxConnections>4</MaxConnections>"
            "<UserAgent>UrbanOps Workstation</UserAgent><OfflineMode>%4</OfflineMode></GDAL_WMS>")
            .arg(xmlEscaped(url), fromBottom ? QStringLiteral("bottom") : QStringLiteral("top"),
                 xmlEscaped(BasemapRaster::tileCacheDirectory()), offline);
    return xml.toUtf8();
}

// A basemap as messages name it: its name and where it comes from.
QString label(const Basemap &basemap)
{
    const QString source = basemap.isNetwork() ? basemap.source : QDir::toNativeSeparators(basemap.source);
    return basemap.name.isEmpty() ? source : QStringLiteral("%1 (%2)").arg(basemap.name, source);
}

// What GDAL is given to open a basemap.
QByteArray gdalName(const Basemap &basemap, BasemapRaster::Network network)
{
    if (basemap.kind == QLatin1String("xyz"))
        return xyzDescription(basemap.source, network);
    if (basemap.kind == QLatin1String("wmts"))
        return basemap.source.startsWith(QLatin1String("WMTS:"), Qt::CaseInsensitive)
                   ? basemap.source.toUtf8()
                   : "WMTS:" + basemap.source.toUtf8();
    return basemap.source.toUtf8();
}

struct SpatialReference
{
    explicit SpatialReference(int epsg) : handle(OSRNewSpatialReference(nullptr))
    {
        ok = OSRImportFromEPSG(handle.get(), epsg) == OGRERR_NONE;
        OSRSetAxisMappingStrategy(handle.get(), OAMS_TRADITIONAL_GIS_ORDER);
        char *text = nullptr;
        if (ok && OSRExportToWkt(handle.get(), &text) == OGRERR_NONE)
            wkt = text;
        CPLFree(text);
    }

    gdal::SpatialRef handle;
    QByteArray wkt;
    bool ok = false;
};

// One basemap opened by one thread: GDAL datasets are not to be shared between threads.
struct OpenRaster
{
    // What the warp reads: the dataset, or a VRT over it that turns its palette into colours.
    GDALDatasetH source() const { return expanded ? expanded.get() : dataset.get(); }

    gdal::Dataset dataset;
    gdal::Dataset expanded; // declared after the dataset it reads, so that it is closed first
    QRectF extent;          // in the store CRS; empty when it covers too much of the world to say
    int colourBands = 3;
    bool alpha = false;
    // In the store CRS and north up (an orthophoto of the district, as delivered): read straight into
    // the view, without the warper's transformation of every pixel.
    bool direct = false;
    double geoTransform[6] = {0, 1, 0, 0, 0, -1};
};

// The extent of `dataset` in the store CRS, or an empty rect when it cannot be put there (a service
// covering the world, whose corners lie outside the store's projection).
QRectF extentIn(GDALDatasetH dataset, const SpatialReference &store)
{
    double gt[6];
    const char *wkt = GDALGetProjectionRef(dataset);
    if (GDALGetGeoTransform(dataset, gt) != CE_None || !wkt || !*wkt)
        return {};
    const double x0 = gt[0], y0 = gt[3];
    const double x1 = gt[0] + gt[1] * GDALGetRasterXSize(dataset) + gt[2] * GDALGetRasterYSize(dataset);
    const double y1 = gt[3] + gt[4] * GDALGetRasterXSize(dataset) + gt[5] * GDALGetRasterYSize(dataset);
    const gdal::SpatialRef own(OSRNewSpatialReference(wkt));
    OSRSetAxisMappingStrategy(own.get(), OAMS_TRADITIONAL_GIS_ORDER);
    QRectF extent;
    if (const gdal::Transform ct{OCTNewCoordinateTransformation(own.get(), store.handle.get())}) {
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        if (OCTTransformBounds(ct.get(), std::min(x0, x1), std::min(y0, y1), std::max(x0, x1),
                               std::max(y0, y1), &minX, &minY, &maxX, &maxY, 21))
            extent = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    }
    // A tile service of the whole world has no sensible extent in a Gauss-Kruger zone.
    if (!extent.isValid() || extent.width() > 2e7 || extent.height() > 2e7)
        return {};
    return extent;
}

std::unique_ptr<OpenRaster> openRaster(const Basemap &basemap, BasemapRaster::Network network,
                                       const SpatialReference &store, QString *error)
{
    registerGdal();
    GdalErrors errors;
    auto raster = std::make_unique<OpenRaster>();
    const QByteArray name = gdalName(basemap, network);
    if (network == BasemapRaster::Network::Fetch) {
        // A service that does not answer must not hold the fetch for minutes.
        CPLSetThreadLocalConfigOption("GDAL_HTTP_CONNECTTIMEOUT", "5");
        CPLSetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", "15");
    }
    if (!basemap.isNetwork() && !QFileInfo::exists(basemap.source)) {
        *error = BasemapRaster::tr("The basemap %1 is not there: no such file.").arg(label(basemap));
        return nullptr;
    }
    raster->dataset.reset(GDALOpenEx(name.constData(),
                                     GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                     nullptr, nullptr));
    if (!raster->dataset) {
        *error =
            BasemapRaster::tr("GDAL cannot read the basemap %1: %2")
                .arg(label(basemap), errors.message().isEmpty() ? BasemapRaster::tr("not a raster it knows")
                                                                : errors.message());
        return nullptr;
    }
    const char *wkt = GDALGetProjectionRef(raster->dataset.get());
    double gt[6];
    if (!wkt || !*wkt || GDALGetGeoTransform(raster->dataset.get(), gt) != CE_None) {
        *error = BasemapRaster::tr("The basemap %1 has no place on the earth: it carries no "
                                   "coordinate system or georeferencing (a world file or GeoTIFF tags).")
                     .arg(label(basemap));
        return nullptr;
    }
    const int bands = GDALGetRasterCount(raster->dataset.get());
    if (bands < 1) {
        *error = BasemapRaster::tr("The basemap %1 has no bands to draw.").arg(label(basemap));
        return nullptr;
    }
    GDALRasterBandH first = GDALGetRasterBand(raster->dataset.get(), 1);
    if (GDALGetRasterColorTable(first)) {
        // A scanned map with a palette: colours the warp can blend.
        const char *args[] = {"-of", "VRT", "-expand", "rgba", nullptr};
        GDALTranslateOptions *options = GDALTranslateOptionsNew(const_cast<char **>(args), nullptr);
        raster->expanded.reset(GDALTranslate("", raster->dataset.get(), options, nullptr));
        GDALTranslateOptionsFree(options);
        if (!raster->expanded) {
            *error = BasemapRaster::tr("The palette of the basemap %1 cannot be read: %2")
                         .arg(label(basemap), errors.message());
            return nullptr;
        }
    }
    GDALDatasetH source = raster->source();
    const int count = GDALGetRasterCount(source);
    raster->alpha =
        count > 1 && GDALGetRasterColorInterpretation(GDALGetRasterBand(source, count)) == GCI_AlphaBand;
    raster->colourBands = std::min(3, raster->alpha ? count - 1 : count);
    if (raster->colourBands == 2)
        raster->colourBands = 1; // two bands and no alpha: the first is drawn grey
    raster->extent = extentIn(source, store);
    GDALGetGeoTransform(source, raster->geoTransform);
    // The same CRS whatever the file calls it: a GeoTIFF's copy of EPSG:4545 may differ from PROJ's in
    // names and axis bookkeeping, never in what it means.
    const gdal::SpatialRef own(OSRNewSpatialReference(GDALGetProjectionRef(source)));
    const char *same[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT", nullptr};
    raster->direct = own && OSRIsSameEx(own.get(), store.handle.get(), same) &&
                     raster->geoTransform[2] == 0.0 && raster->geoTransform[4] == 0.0 &&
                     raster->geoTransform[5] < 0.0;
    return raster;
}

// The store CRS as WKT, worked out once per code: every warp names it.
QByteArray storeWkt(int srid)
{
    static QMutex mutex;
    static QHash<int, QByteArray> known;
    QMutexLocker lock(&mutex);
    auto it = known.find(srid);
    if (it == known.end())
        it = known.insert(srid, SpatialReference(srid).wkt);
    return *it;
}

// Opened basemaps waiting for a thread to draw with them. A GDAL dataset serves one thread at a time,
// and opening one (a GeoTIFF with its overviews, a tile database, PROJ's transformation to the store
// CRS for its extent) costs as much as drawing it, while a picture is drawn by threads that come and
// go: so a thread borrows an open one, or opens one when all are lent, and gives it back.
class RasterPool
{
public:
    static RasterPool &instance()
    {
        static RasterPool pool;
        return pool;
    }

    std::unique_ptr<OpenRaster> borrow(const QByteArray &key)
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_idle.find(key);
        if (it == m_idle.end() || it->second.empty())
            return nullptr;
        std::unique_ptr<OpenRaster> raster = std::move(it->second.back());
        it->second.pop_back();
        return raster;
    }

    void giveBack(const QByteArray &key, std::unique_ptr<OpenRaster> raster)
    {
        QMutexLocker lock(&m_mutex);
        auto &idle = m_idle[key];
        // Two render bands and a fetch at once: more are never needed at a time.
        if (idle.size() < 4)
            idle.push_back(std::move(raster));
    }

private:
    QMutex m_mutex;
    std::map<QByteArray, std::vector<std::unique_ptr<OpenRaster>>> m_idle;
};

// A basemap opened for this thread until it is dropped, then given back to the pool.
class LentRaster
{
public:
    LentRaster(const Basemap &basemap, int srid, BasemapRaster::Network network, QString *error)
        : m_key(QByteArray::number(srid) + '\x1f' + QByteArray::number(int(network)) + '\x1f' +
                basemap.kind.toUtf8() + '\x1f' + basemap.source.toUtf8())
    {
        m_raster = RasterPool::instance().borrow(m_key);
        if (m_raster)
            return;
        const SpatialReference store(srid);
        if (!store.ok) {
            *error = BasemapRaster::tr("The store's coordinate system EPSG:%1 is unknown to GDAL.").arg(srid);
            return;
        }
        // Opened again next time when it fails: a file may appear, a network come back.
        m_raster = openRaster(basemap, network, store, error);
    }
    ~LentRaster()
    {
        if (m_raster)
            RasterPool::instance().giveBack(m_key, std::move(m_raster));
    }
    LentRaster(const LentRaster &) = delete;
    LentRaster &operator=(const LentRaster &) = delete;

    OpenRaster *get() const { return m_raster.get(); }

private:
    QByteArray m_key;
    std::unique_ptr<OpenRaster> m_raster;
};

int CPL_STDCALL warpProgress(double, const char *, void *data)
{
    // GDAL stops reading or warping when this says FALSE: once the render or fetch is withdrawn.
    return static_cast<const JobTicket *>(data)->isCurrent() ? TRUE : FALSE;
}

void rememberFetch(const Basemap &basemap, bool reached)
{
    QMutexLocker lock(&g_stateMutex);
    g_lastFetches.insert(basemap.kind + QLatin1Char('\x1f') + basemap.source, reached);
}

// The view read straight from a raster in the store CRS, by GDAL from the overview that fits, at the
// view's resolution or the raster's where that is coarser: the painter scales it the rest of the way,
// which is many times faster than GDAL resampling into every pixel of the view.
BasemapRaster::Picture readDirect(const OpenRaster &raster, const MapViewport &view, const JobTicket &job)
{
    GDALDatasetH source = raster.source();
    const double *gt = raster.geoTransform;
    const QRectF shown = view.visibleMapRect();
    const QSize size = view.deviceSize();
    const int columns = GDALGetRasterXSize(source), rows = GDALGetRasterYSize(source);
    // The view in the raster's pixels, and the part of it the raster covers.
    const double sx0 = (shown.left() - gt[0]) / gt[1], sx1 = (shown.right() - gt[0]) / gt[1];
    const double sy0 = (shown.bottom() - gt[3]) / gt[5], sy1 = (shown.top() - gt[3]) / gt[5];
    const double cx0 = std::max(sx0, 0.0), cx1 = std::min(sx1, double(columns));
    const double cy0 = std::max(sy0, 0.0), cy1 = std::min(sy1, double(rows));
    if (cx0 >= cx1 || cy0 >= cy1)
        return {};
    // Where that part lands in the picture (device pixels), and how many pixels it is worth reading.
    const double perX = size.width() / (sx1 - sx0), perY = size.height() / (sy1 - sy0);
    const QRectF target((cx0 - sx0) * perX, (cy0 - sy0) * perY, (cx1 - cx0) * perX, (cy1 - cy0) * perY);
    // At the resolution of the overview just finer than the view (the raster's own closer in), read
    // without resampling: GDAL's resampling costs more than the painter's.
    double decimation = 1.0;
    const double perDevice = (cx1 - cx0) / std::max(1.0, target.width());
    GDALRasterBandH first = GDALGetRasterBand(source, 1);
    for (int i = 0; i < GDALGetOverviewCount(first); ++i) {
        const double d = double(columns) / GDALGetRasterBandXSize(GDALGetOverview(first, i));
        if (d <= perDevice && d > decimation)
            decimation = d;
    }
    const int width =
        std::clamp(int(std::ceil((cx1 - cx0) / decimation)), 1, std::max(1, int(target.width()) + 1));
    const int height =
        std::clamp(int(std::ceil((cy1 - cy0) / decimation)), 1, std::max(1, int(target.height()) + 1));
    QImage image(width, height, QImage::Format_RGBA8888);
    if (image.isNull())
        return {};
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_NearestNeighbour;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = cx0;
    extra.dfYOff = cy0;
    extra.dfXSize = cx1 - cx0;
    extra.dfYSize = cy1 - cy0;
    extra.pfnProgress = warpProgress;
    extra.pProgressData = const_cast<JobTicket *>(&job);
    const int x = int(std::floor(cx0)), y = int(std::floor(cy0));
    const int w = std::min(columns, int(std::ceil(cx1))) - x, h = std::min(rows, int(std::ceil(cy1))) - y;
    // Grey pictures are read into red, green and blue alike.
    int grey[] = {1, 1, 1, 2};
    int colour[] = {1, 2, 3, 4};
    int *bands = raster.colourBands == 1 ? grey : colour;
    if (!raster.alpha)
        image.fill(Qt::black); // opaque: the bands read write red, green and blue only
    if (GDALDatasetRasterIOEx(source, GF_Read, x, y, w, h, image.bits(), width, height, GDT_Byte,
                              raster.alpha ? 4 : 3, bands, 4, image.bytesPerLine(), 1, &extra) != CE_None)
        return {};
    const double ratio = view.devicePixelRatio();
    return {image, QRectF(target.topLeft() / ratio, target.size() / ratio)};
}

} // namespace

void BasemapRaster::setTileCacheDirectory(const QString &path)
{
    QMutexLocker lock(&g_stateMutex);
    g_cacheDirectory = path;
    registerGdal();
    // GDAL's WMTS driver keeps its tiles where this says.
    CPLSetConfigOption("GDAL_DEFAULT_WMS_CACHE_PATH", QDir::toNativeSeparators(path).toUtf8().constData());
}

QString BasemapRaster::tileCacheDirectory()
{
    {
        QMutexLocker lock(&g_stateMutex);
        if (!g_cacheDirectory.isEmpty())
            return g_cacheDirectory;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                           QStringLiteral("/urbanops/tiles");
    setTileCacheDirectory(folder);
    return folder;
}

bool BasemapRaster::inspect(const Basemap &basemap, int storeSrid, Info *info, QString *error)
{
    tileCacheDirectory();
    const Network network = basemap.isNetwork() ? Network::Fetch : Network::CacheOnly;
    const LentRaster lent(basemap, storeSrid, network, error);
    OpenRaster *raster = lent.get();
    if (basemap.isNetwork())
        rememberFetch(basemap, raster != nullptr);
    if (!raster)
        return false;
    GDALDatasetH dataset = raster->dataset.get();
    info->driver = QString::fromLatin1(GDALGetDriverShortName(GDALGetDatasetDriver(dataset)));
    info->size = QSize(GDALGetRasterXSize(dataset), GDALGetRasterYSize(dataset));
    info->bands = GDALGetRasterCount(dataset);
    info->overviews = GDALGetOverviewCount(GDALGetRasterBand(dataset, 1));
    const gdal::SpatialRef own(OSRNewSpatialReference(GDALGetProjectionRef(dataset)));
    const char *crsName = own ? OSRGetName(own.get()) : nullptr;
    info->crs = QString::fromUtf8(crsName ? crsName : "");
    info->extent = raster->extent;
    return true;
}

BasemapRaster::Picture BasemapRaster::warpToView(const Basemap &basemap, int storeSrid,
                                                 const MapViewport &view, Network network,
                                                 const JobTicket &job, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (!view.isValid() || !job.isCurrent())
        return {};
    tileCacheDirectory();
    // A WMTS is found through capabilities on the network: drawn from its cache only once a fetch has
    // reached the service, so that a render never waits for one that does not answer.
    if (network == Network::CacheOnly && basemap.kind == QLatin1String("wmts") && !lastFetchReached(basemap))
        return {};
    const LentRaster lent(basemap, storeSrid, network, &why);
    OpenRaster *raster = lent.get();
    if (network == Network::Fetch && basemap.isNetwork())
        rememberFetch(basemap, raster != nullptr);
    if (!raster)
        return {};
    const QRectF shown = view.visibleMapRect();
    if (!raster->extent.isEmpty() && !raster->extent.intersects(shown))
        return {};

    GdalErrors errors;
    if (raster->direct) {
        Picture picture = readDirect(*raster, view, job);
        if (picture.image.isNull() && errors.failed())
            why = tr("The basemap %1 could not be drawn: %2").arg(label(basemap), errors.message());
        return job.isCurrent() ? picture : Picture();
    }
    const QSize size = view.deviceSize();
    const double perDevicePixel = view.mapUnitsPerPixel() / view.devicePixelRatio();
    const gdal::Dataset target(GDALCreate(GDALGetDriverByName("MEM"), "", size.width(), size.height(),
                                          raster->colourBands + 1, GDT_Byte, nullptr));
    if (!target) {
        why = tr("There is not enough memory for the basemap %1 at %2 × %3 pixels.")
                  .arg(basemap.name)
                  .arg(size.width())
                  .arg(size.height());
        return {};
    }
    double gt[6] = {shown.left(), perDevicePixel, 0.0, shown.bottom(), 0.0, -perDevicePixel};
    GDALSetGeoTransform(target.get(), gt);
    GDALSetProjection(target.get(), storeWkt(storeSrid).constData());

    const char *args[] = {"-r", "bilinear", "-dstalpha", "-et", "0.25", nullptr};
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(const_cast<char **>(args), nullptr);
    GDALWarpAppOptionsSetProgress(options, warpProgress, const_cast<JobTicket *>(&job));
    GDALDatasetH source = raster->source();
    // The warp writes into `target` and hands it back: one dataset, closed once, by its owner.
    GDALDatasetH warped = GDALWarp(nullptr, target.get(), 1, &source, options, nullptr);
    GDALWarpAppOptionsFree(options);
    QImage image;
    if (warped && job.isCurrent()) {
        image = QImage(size, QImage::Format_RGBA8888);
        // Grey pictures are read into red, green and blue alike.
        int grey[] = {1, 1, 1, 2};
        int colour[] = {1, 2, 3, 4};
        int *bands = raster->colourBands == 1 ? grey : colour;
        if (image.isNull() || GDALDatasetRasterIO(target.get(), GF_Read, 0, 0, size.width(), size.height(),
                                                  image.bits(), size.width(), size.height(), GDT_Byte, 4,
                                                  bands, 4, image.bytesPerLine(), 1) != CE_None)
            image = QImage();
    }
    if (image.isNull() && job.isCurrent())
        why = tr("The basemap %1 could not be drawn: %2")
                  .arg(label(basemap),
                       errors.message().isEmpty() ? tr("GDAL gave no reason") : errors.message());
    if (network == Network::Fetch && basemap.isNetwork())
        rememberFetch(basemap, !image.isNull() && !errors.failed());
    return {image, QRectF(QPointF(0, 0), QSizeF(view.size()))};
}

bool BasemapRaster::lastFetchReached(const Basemap &basemap)
{
    QMutexLocker lock(&g_stateMutex);
    return g_lastFetches.value(basemap.kind + QLatin1Char('\x1f') + basemap.source, false);
}

} // namespace uo
