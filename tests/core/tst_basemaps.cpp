// The district's basemaps as the store keeps them (schema version 7): kinds told from the source, file
// paths kept relative to the district, audited additions, an old store upgraded to hold them.
#include "core/basemap/basemaps.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/core/store_fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::test;

class TestBasemaps : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("district.sqlite"));
        QFile::remove(m_path);
    }

    void kindOfSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::newRow("geotiff") << "ortho/2024.tif"
                                 << "raster";
        QTest::newRow("scanned jpeg") << "/maps/sheet.JPG"
                                      << "raster";
        QTest::newRow("mbtiles") << "tiles/jiangbei.MBTiles"
                                 << "mbtiles";
        QTest::newRow("geopackage") << "tiles.gpkg"
                                    << "gpkg";
        QTest::newRow("osm template") << "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
                                      << "xyz";
        QTest::newRow("gdal template") << "http://127.0.0.1:8000/${z}/${x}/${y}.png"
                                       << "xyz";
        QTest::newRow("tianditu wmts")
            << "http://t0.tianditu.gov.cn/img_c/wmts?SERVICE=WMTS&REQUEST=GetCapabilities"
            << "wmts";
        QTest::newRow("wmts prefix") << "WMTS:http://example.org/caps.xml,layer=img"
                                     << "wmts";
        QTest::newRow("plain web page") << "https://example.org/map"
                                        << "";
        QTest::newRow("empty") << "  "
                               << "";
    }
    void kindOfSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        QCOMPARE(Basemaps::kindOf(source), kind);
    }

    void addedBasemapsListInDrawingOrderAndAreAudited()
    {
        auto store = DistrictStore::create(m_path, jiangbei());
        QVERIFY(Basemaps::list(*store).isEmpty());
        const QString inside = m_dir.filePath(QStringLiteral("ortho/2024.tif"));
        Basemap ortho;
        ortho.source = inside;
        const qint64 first = Basemaps::add(*store, ortho);
        Basemap tiles;
        tiles.name = QStringLiteral("天地图影像");
        tiles.source = QStringLiteral("https://t0.example.cn/{z}/{x}/{y}.png");
        tiles.opacity = 0.5;
        tiles.visibleByDefault = false;
        const qint64 second = Basemaps::add(*store, tiles);

        const QList<Basemap> listed = Basemaps::list(*store);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].id, first);
        QCOMPARE(listed[0].name, QStringLiteral("2024"));
        QCOMPARE(listed[0].kind, QStringLiteral("raster"));
        // Kept relative to the district's folder, opened against wherever the district now lies.
        QCOMPARE(listed[0].source, QStringLiteral("ortho/2024.tif"));
        QCOMPARE(Basemaps::resolvedSource(listed[0], m_path), QFileInfo(inside).absoluteFilePath());
        QCOMPARE(listed[0].opacity, 0.75);
        QVERIFY(listed[0].visibleByDefault);
        QCOMPARE(listed[1].id, second);
        QCOMPARE(listed[1].kind, QStringLiteral("xyz"));
        QCOMPARE(listed[1].name, QStringLiteral("天地图影像"));
        QCOMPARE(listed[1].source, tiles.source);
        QCOMPARE(listed[1].opacity, 0.5);
        QVERIFY(!listed[1].visibleByDefault);
        QVERIFY(listed[1].order > listed[0].order);
        QCOMPARE(rawInt(m_path,
                        "SELECT count(*) FROM audit_log WHERE table_name = 'basemaps' AND action = 'insert'"),
                 qint64(2));

        Basemaps::setOpacity(*store, first, 0.4);
        QCOMPARE(Basemaps::list(*store).first().opacity, 0.4);
        Basemaps::remove(*store, second);
        QCOMPARE(Basemaps::list(*store).size(), 1);
    }

    void aFileOutsideTheDistrictsFolderIsKeptWhole()
    {
        auto store = DistrictStore::create(m_path, jiangbei());
        Basemap far;
        far.source = QStringLiteral("/srv/gis/scans/1995.png");
        Basemaps::add(*store, far);
        QCOMPARE(Basemaps::list(*store).first().source, far.source);
    }

    void badBasemapsAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<double>("opacity");
        QTest::newRow("no kind") << "https://example.org/map" << 0.5;
        QTest::newRow("opacity above 1") << "a.tif" << 1.5;
        QTest::newRow("negative opacity") << "a.tif" << -0.1;
    }
    void badBasemapsAreRefusedAndNothingIsStored()
    {
        QFETCH(QString, source);
        QFETCH(double, opacity);
        auto store = DistrictStore::create(m_path, jiangbei());
        Basemap bad;
        bad.source = source;
        bad.opacity = opacity;
        try {
            Basemaps::add(*store, bad);
            QFAIL("a bad basemap was stored");
        } catch (const uo::RequestError &) {
        }
        QCOMPARE(rawInt(m_path, "SELECT count(*) FROM basemaps"), qint64(0));
    }

    void anOlderStoreIsUpgradedToHoldBasemaps()
    {
        DistrictStore::createAtVersion(m_path, jiangbei(), 5);
        {
            // Read-only, as it is: no basemaps, and none can be added.
            auto old = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
            QVERIFY(Basemaps::list(*old).isEmpty());
        }
        auto store = DistrictStore::open(m_path);
        Basemap ortho;
        ortho.source = QStringLiteral("a.tif");
        Basemaps::add(*store, ortho);
        QCOMPARE(Basemaps::list(*store).size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestBasemaps)
#include "tst_basemaps.moc"
