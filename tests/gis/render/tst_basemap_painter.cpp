// Basemaps drawn by the map renderer: rasters GDAL makes here (a GeoTIFF in another CRS, grey and
// paletted pictures, MBTiles and GeoPackage tiles) warped into the store CRS under the vectors, and XYZ
// tiles fetched from a tile server on 127.0.0.1 into the disk cache, then drawn from the cache alone.
#include "core/store/layers.h"
#include "gis/basemap/basemap_fetcher.h"
#include "gis/basemap/basemap_raster.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"
#include "tests/gis/render/tile_server.h"
#include "tests/gis/render/tiny_district.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_srs_api.h>

using namespace tiny_district;
using uo::Basemap;
using uo::BasemapRaster;

namespace {

const QColor kOrtho(40, 150, 60);

// The tiny district's rect (store CRS, EPSG:4545) around its origin, as lon/lat in EPSG:4490.
QRectF inGeographic(const QRectF &storeRect)
{
    OGRSpatialReferenceH from = OSRNewSpatialReference(nullptr), to = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(from, 4545);
    OSRImportFromEPSG(to, 4490);
    OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(from, to);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    OCTTransformBounds(ct, storeRect.left(), storeRect.top(), storeRect.right(), storeRect.bottom(), &x0, &y0,
                       &x1, &y1, 21);
    OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(from);
    OSRDestroySpatialReference(to);
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

enum class Look
{
    Rgb,
    Grey,
    Palette
};

// A raster of 64 x 64 pixels of one colour over `extent` (in `epsg`), written by GDAL.
bool writeRaster(const QString &path, int epsg, const QRectF &extent, Look look)
{
    GDALAllRegister();
    const int bands = look == Look::Rgb ? 3 : 1;
    GDALDatasetH ds =
        GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 64, 64, bands, GDT_Byte, nullptr);
    if (!ds)
        return false;
    double gt[6] = {extent.left(), extent.width() / 64, 0, extent.bottom(), 0, -extent.height() / 64};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, epsg);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    if (look == Look::Rgb) {
        GDALFillRaster(GDALGetRasterBand(ds, 1), kOrtho.red(), 0);
        GDALFillRaster(GDALGetRasterBand(ds, 2), kOrtho.green(), 0);
        GDALFillRaster(GDALGetRasterBand(ds, 3), kOrtho.blue(), 0);
    } else {
        GDALFillRaster(GDALGetRasterBand(ds, 1), 7, 0);
        if (look == Look::Palette) {
            GDALColorTableH table = GDALCreateColorTable(GPI_RGB);
            const GDALColorEntry entry{short(kOrtho.red()), short(kOrtho.green()), short(kOrtho.blue()), 255};
            GDALSetColorEntry(table, 7, &entry);
            GDALSetRasterColorTable(GDALGetRasterBand(ds, 1), table);
            GDALDestroyColorTable(table);
        }
    }
    GDALClose(ds);
    return true;
}

// A copy of `from` in another format GDAL writes (MBTiles, GPKG): tiles in web mercator or as they are.
bool copyAs(const QString &from, const QString &to, const char *driver)
{
    GDALDatasetH source = GDALOpen(from.toUtf8().constData(), GA_ReadOnly);
    if (!source)
        return false;
    GDALDatasetH copy = GDALCreateCopy(GDALGetDriverByName(driver), to.toUtf8().constData(), source, FALSE,
                                       nullptr, nullptr, nullptr);
    GDALClose(source);
    if (copy)
        GDALClose(copy);
    return copy != nullptr;
}

QByteArray tilePng(const QColor &colour)
{
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return png;
}

// The capabilities of a WMTS in CGCS2000 longitude and latitude, laid out as 天地图's "c" tile matrix
// set: level 1 is two tiles of 256 pixels over the world, each level twice as fine. Its tiles are the
// server's; "PORT" is filled in by the server.
QByteArray cgcs2000Capabilities()
{
    QByteArray matrices;
    constexpr double kLevelOneScale = 279541132.0143589; // 0.703125 degrees a pixel
    for (int level = 1; level <= 18; ++level)
        matrices += "<TileMatrix><ows:Identifier>" + QByteArray::number(level) +
                    "</ows:Identifier><ScaleDenominator>" +
                    QByteArray::number(kLevelOneScale / double(1 << (level - 1)), 'g', 17) +
                    "</ScaleDenominator><TopLeftCorner>90 -180</TopLeftCorner><TileWidth>256</TileWidth>"
                    "<TileHeight>256</TileHeight><MatrixWidth>" +
                    QByteArray::number(1 << level) + "</MatrixWidth><MatrixHeight>" +
                    QByteArray::number(1 << (level - 1)) + "</MatrixHeight></TileMatrix>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<Capabilities xmlns=\"http://www.opengis.net/wmts/1.0\" "
           "xmlns:ows=\"http://www.opengis.net/ows/1.1\" "
           "version=\"1.0.0\"><Contents><Layer><ows:Identifier>img</ows:Identifier>"
           "<ows:WGS84BoundingBox><ows:LowerCorner>-180 -90</ows:LowerCorner>"
           "<ows:UpperCorner>180 90</ows:UpperCorner></ows:WGS84BoundingBox>"
           "<Style "
           "isDefault=\"true\"><ows:Identifier>default</ows:Identifier></Style><Format>image/png</Format>"
           "<TileMatrixSetLink><TileMatrixSet>c</TileMatrixSet></TileMatrixSetLink>"
           "<ResourceURL format=\"image/png\" resourceType=\"tile\" "
           "template=\"http://127.0.0.1:PORT/{TileMatrix}/{TileCol}/{TileRow}.png\"/></Layer>"
           "<TileMatrixSet><ows:Identifier>c</ows:Identifier>"
           "<ows:SupportedCRS>urn:ogc:def:crs:EPSG::4490</ows:SupportedCRS>" +
           matrices + "</TileMatrixSet></Contents></Capabilities>";
}

Basemap basemapOf(const QString &source, double opacity = 1.0)
{
    Basemap basemap;
    basemap.id = 1;
    basemap.name = QStringLiteral("test");
    basemap.source = source;
    basemap.kind = uo::Basemaps::kindOf(source);
    basemap.opacity = opacity;
    return basemap;
}

// The left half of the tiny district's 200 m view.
QRectF leftHalf()
{
    return QRectF(kOriginX - 100, kOriginY - 100, 100, 200);
}

QColor mix(const QColor &under, const QColor &over, double opacity)
{
    return QColor::fromRgbF(under.redF() * (1 - opacity) + over.redF() * opacity,
                            under.greenF() * (1 - opacity) + over.greenF() * opacity,
                            under.blueF() * (1 - opacity) + over.blueF() * opacity);
}

} // namespace

class TestBasemapPainter : public QObject
{
    Q_OBJECT

private:
    tiny_district::Loaded m_tiny;
    QTemporaryDir m_dir;

    QImage render(const QList<Basemap> &basemaps, const QSet<QString> &layers = {}) const
    {
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers(layers);
        renderer.setBasemaps(basemaps);
        return renderer.renderImage(viewport());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tiny_district::load(m_tiny));
        QVERIFY(m_dir.isValid());
        BasemapRaster::setTileCacheDirectory(m_dir.filePath(QStringLiteral("tiles")));
    }

    void rastersAreWarpedIntoTheStoreCrs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("epsg");
        QTest::addColumn<int>("look");
        QTest::addColumn<QString>("copyDriver");
        QTest::addColumn<int>("edgeTolerance"); // pixels: tiles resample the picture's edge
        QTest::newRow("GeoTIFF in the store CRS") << "store.tif" << 4545 << int(Look::Rgb) << "" << 1;
        QTest::newRow("GeoTIFF in CGCS2000 lon/lat") << "geographic.tif" << 4490 << int(Look::Rgb) << "" << 2;
        QTest::newRow("grey scan") << "grey.tif" << 4545 << int(Look::Grey) << "" << 1;
        QTest::newRow("paletted scan") << "palette.tif" << 4545 << int(Look::Palette) << "" << 1;
        QTest::newRow("MBTiles") << "tiles.mbtiles" << 4545 << int(Look::Rgb) << "MBTiles" << 4;
        QTest::newRow("GeoPackage tiles") << "tiles.gpkg" << 4545 << int(Look::Rgb) << "GPKG" << 2;
    }
    void rastersAreWarpedIntoTheStoreCrs()
    {
        QFETCH(QString, file);
        QFETCH(int, epsg);
        QFETCH(int, look);
        QFETCH(QString, copyDriver);
        QFETCH(int, edgeTolerance);
        const QString tif = m_dir.filePath(file + QStringLiteral(".src.tif"));
        const QRectF extent = epsg == 4545 ? leftHalf() : inGeographic(leftHalf());
        QVERIFY(writeRaster(tif, epsg, extent, Look(look)));
        QString path = tif;
        if (!copyDriver.isEmpty()) {
            path = m_dir.filePath(file);
            QVERIFY2(copyAs(tif, path, copyDriver.toLatin1().constData()), qPrintable(copyDriver));
        }
        const QImage image = render({basemapOf(path)});
        const QColor expected = Look(look) == Look::Grey ? QColor(7, 7, 7) : kOrtho;
        // The picture covers the left half of the view and nothing else.
        for (const QPoint at : {QPoint(20, 30), QPoint(60, 100), QPoint(100 - edgeTolerance - 1, 170)})
            QVERIFY2(near(pixel(image, at), expected, 6),
                     qPrintable(
                         QStringLiteral("%1 at %2,%3").arg(pixel(image, at).name()).arg(at.x()).arg(at.y())));
        for (const QPoint at : {QPoint(100 + edgeTolerance + 1, 100), QPoint(180, 30)})
            QVERIFY2(near(pixel(image, at), uo::map_style::background(), 6),
                     qPrintable(pixel(image, at).name()));
    }

    void aRasterLiesUnderTheVectorsAtItsOpacity()
    {
        const QString tif = m_dir.filePath(QStringLiteral("whole.tif"));
        QVERIFY(writeRaster(tif, 4545, QRectF(kOriginX - 120, kOriginY - 120, 240, 240), Look::Rgb));
        QSet<QString> all;
        for (const uo::LayerInfo &layer : uo::mapLayers())
            all.insert(QString::fromLatin1(layer.table));
        const double opacity = 0.6;
        const QImage image = render({basemapOf(tif, opacity)}, all);
        using namespace uo::map_style;
        // The vectors over it, unchanged.
        QVERIFY(near(pixel(image, QPoint(100, 140)), roadStyle(QStringLiteral("trunk")).fill));
        QVERIFY(near(pixel(image, QPoint(150, 50)), riskColour(QStringLiteral("red"))));
        QVERIFY(near(pixel(image, QPoint(80, 20)), shopColour()));
        // Between them the picture, lightened by what lies under it.
        QVERIFY2(near(pixel(image, QPoint(100, 175)), mix(background(), kOrtho, opacity), 6),
                 qPrintable(pixel(image, QPoint(100, 175)).name()));
    }

    void aDrawnBasemapIsOneImageOnAVectorDevice()
    {
        // Reports: the renderer draws on any painter; a basemap is a picture there too.
        const QString tif = m_dir.filePath(QStringLiteral("whole.tif"));
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setBasemaps({basemapOf(tif)});
        QImage target(200, 200, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&target);
        const uo::RenderStats stats = renderer.render(painter, viewport());
        painter.end();
        QVERIFY(stats.basemapErrors.isEmpty());
        QVERIFY(near(pixel(target, QPoint(100, 175)), kOrtho, 6));
    }

    void anUnreadableBasemapIsReportedAndTheMapStillDrawn_data()
    {
        QTest::addColumn<QString>("content");
        QTest::newRow("missing") << QString();
        QTest::newRow("not a raster") << QStringLiteral("this is no picture");
    }
    void anUnreadableBasemapIsReportedAndTheMapStillDrawn()
    {
        QFETCH(QString, content);
        const QString path =
            m_dir.filePath(QStringLiteral("broken-%1.tif").arg(QLatin1String(QTest::currentDataTag())));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.toUtf8());
        }
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setBasemaps({basemapOf(path)});
        uo::RenderStats stats;
        const QImage image = renderer.renderImage(viewport(), uo::JobTicket::untracked(), &stats);
        QCOMPARE(stats.basemapErrors.size(), 1);
        QVERIFY2(stats.basemapErrors.first().contains(path), qPrintable(stats.basemapErrors.first()));
        QVERIFY(near(pixel(image, QPoint(150, 50)), uo::map_style::riskColour(QStringLiteral("red"))));
    }

    void xyzTilesAreFetchedIntoTheCacheAndDrawnFromIt()
    {
        const QColor tileColour(200, 40, 40);
        TileServer server(tilePng(tileColour));
        QVERIFY(server.listen() != 0);
        const Basemap tiles = basemapOf(server.xyzTemplate());
        QCOMPARE(tiles.kind, QStringLiteral("xyz"));

        // A render reads the cache alone: nothing there yet, and nothing asked of the server.
        const QImage before = render({tiles});
        QVERIFY(near(pixel(before, QPoint(100, 100)), uo::map_style::background(), 4));
        QCOMPARE(server.tilesServed(), 0);

        // The fetcher reads the view's tiles into the cache and says so.
        uo::BasemapFetcher fetcher;
        QSignalSpy fetched(&fetcher, &uo::BasemapFetcher::fetched);
        fetcher.fetch({tiles}, 4545, viewport());
        QVERIFY(fetched.wait(20000));
        QVERIFY(server.tilesServed() > 0);
        QVERIFY(BasemapRaster::lastFetchReached(tiles));

        // Then the network goes: the map comes from the cache, without a word.
        server.shutDown();
        uo::RenderStats stats;
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({});
        renderer.setBasemaps({tiles});
        const QImage after = renderer.renderImage(viewport(), uo::JobTicket::untracked(), &stats);
        QVERIFY2(near(pixel(after, QPoint(100, 100)), tileColour, 6),
                 qPrintable(pixel(after, QPoint(100, 100)).name()));
        QVERIFY(stats.basemapErrors.isEmpty());

        // A view elsewhere, not in the cache, cannot be fetched: said once, and the cached view stays.
        QSignalSpy unreachable(&fetcher, &uo::BasemapFetcher::unreachable);
        uo::MapViewport elsewhere = viewport();
        elsewhere.setCentre(elsewhere.centre() + QPointF(5000, 5000));
        fetcher.fetch({tiles}, 4545, elsewhere);
        QVERIFY(unreachable.wait(20000));
        QVERIFY(!BasemapRaster::lastFetchReached(tiles));
        QVERIFY(near(pixel(render({tiles}), QPoint(100, 100)), tileColour, 6));
    }

    void aCgcs2000WmtsIsDrawnOnceAFetchReachedIt()
    {
        // 天地图's CGCS2000 service, as a local stand-in: tiles in longitude and latitude, warped into
        // the Gauss-Kruger store CRS.
        const QColor tileColour(40, 60, 190);
        TileServer server(tilePng(tileColour));
        server.setCapabilities(cgcs2000Capabilities());
        QVERIFY(server.listen() != 0);
        const Basemap wmts = basemapOf(server.capabilitiesUrl());
        QCOMPARE(wmts.kind, QStringLiteral("wmts"));

        // Not reached yet: a render does not go to the network for it.
        QVERIFY(near(pixel(render({wmts}), QPoint(100, 100)), uo::map_style::background(), 4));
        QCOMPARE(server.tilesServed(), 0);

        uo::BasemapFetcher fetcher;
        QSignalSpy fetched(&fetcher, &uo::BasemapFetcher::fetched);
        fetcher.fetch({wmts}, 4545, viewport());
        QVERIFY(fetched.wait(20000));
        QVERIFY(server.tilesServed() > 0);

        uo::RenderStats stats;
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({});
        renderer.setBasemaps({wmts});
        const QImage image = renderer.renderImage(viewport(), uo::JobTicket::untracked(), &stats);
        QVERIFY2(stats.basemapErrors.isEmpty(), qPrintable(stats.basemapErrors.join(QLatin1Char('\n'))));
        QVERIFY2(near(pixel(image, QPoint(100, 100)), tileColour, 6),
                 qPrintable(pixel(image, QPoint(100, 100)).name()));
    }

    void aCancelledWarpDrawsNothing()
    {
        const QString tif = m_dir.filePath(QStringLiteral("whole.tif"));
        uo::JobTracker jobs;
        const uo::JobTicket withdrawn = jobs.start();
        jobs.cancelAll();
        QVERIFY(BasemapRaster::warpToView(basemapOf(tif), 4545, viewport(), BasemapRaster::Network::CacheOnly,
                                          withdrawn)
                    .image.isNull());
        QVERIFY(
            !BasemapRaster::warpToView(basemapOf(tif), 4545, viewport(), BasemapRaster::Network::CacheOnly)
                 .image.isNull());
    }

    void inspectTellsWhatARasterIs()
    {
        const QString tif = m_dir.filePath(QStringLiteral("whole.tif"));
        BasemapRaster::Info info;
        QString error;
        QVERIFY2(BasemapRaster::inspect(basemapOf(tif), 4545, &info, &error), qPrintable(error));
        QCOMPARE(info.driver, QStringLiteral("GTiff"));
        QCOMPARE(info.size, QSize(64, 64));
        QCOMPARE(info.bands, 3);
        QVERIFY(qAbs(info.extent.left() - (kOriginX - 120)) < 0.01);
        QVERIFY(qAbs(info.extent.width() - 240) < 0.01);
    }
};

QTEST_MAIN(TestBasemapPainter)
#include "tst_basemap_painter.moc"
