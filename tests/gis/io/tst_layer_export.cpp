#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/layer_export.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace uo;

// Layers out through GDAL into every format other departments use, read back with OGR: the features,
// their Chinese text and their coordinates survive; bad requests are refused and leave no file.
class TestLayerExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;

    struct ReadBack
    {
        qint64 count = 0;
        QString name;
        double x = 0, y = 0;
    };
    ReadBack read(const QString &file)
    {
        ReadBack out;
        GDALDatasetH ds = GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     nullptr, nullptr);
        if (!ds)
            return out;
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        out.count = OGR_L_GetFeatureCount(layer, TRUE);
        OGR_L_ResetReading(layer);
        if (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            const int i = OGR_F_GetFieldIndex(f, "name");
            if (i >= 0)
                out.name = QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
            if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
                out.x = OGR_G_GetX(g, 0);
                out.y = OGR_G_GetY(g, 0);
            }
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        return out;
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        m_store = DistrictStore::create(m_dir.filePath(QStringLiteral("x.sqlite")), DistrictSettings());
        for (int i = 0; i < 3; ++i)
            m_store->insertRow(QStringLiteral("risk_points"),
                               {{QStringLiteral("code"), QStringLiteral("RP%1").arg(i)},
                                {QStringLiteral("name"), QStringLiteral("观音桥化粪池%1号").arg(i)},
                                {QStringLiteral("category"), QStringLiteral("septic_tank")},
                                {QStringLiteral("level"), QStringLiteral("red")},
                                {QStringLiteral("geom"),
                                 geometry_blob::encode(Geometry::point(4545, {370000.0 + i, 3278000.0}))}});
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("keepsAttributes");
        QTest::newRow("GeoPackage") << QStringLiteral("out.gpkg") << true;
        QTest::newRow("Shapefile") << QStringLiteral("out.shp") << true;
        QTest::newRow("GeoJSON") << QStringLiteral("out.geojson") << true;
        QTest::newRow("CSV") << QStringLiteral("out.csv") << true;
        QTest::newRow("KML") << QStringLiteral("out.kml") << false;
        QTest::newRow("DXF") << QStringLiteral("out.dxf") << false;
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(bool, keepsAttributes);
        const QString path = m_dir.filePath(file);
        // KML is always lon/lat: ask for CGCS2000 there; the others stay in the store CRS.
        LayerExport::Options options;
        if (file.endsWith(QLatin1String(".kml")))
            options.targetEpsg = 4490;
        QCOMPARE(LayerExport::run(*m_store, QStringLiteral("risk_points"), path, options), qint64(3));
        const ReadBack back = read(path);
        QCOMPARE(back.count, qint64(3));
        if (keepsAttributes)
            QCOMPARE(back.name, QStringLiteral("观音桥化粪池0号"));
        if (file.endsWith(QLatin1String(".kml"))) {
            QVERIFY(back.x > 106 && back.x < 107 && back.y > 29 && back.y < 30); // lon, lat
        } else {
            QVERIFY2(std::fabs(back.x - 370000) < 0.001 && std::fabs(back.y - 3278000) < 0.001,
                     qPrintable(QStringLiteral("%1 %2").arg(back.x).arg(back.y)));
        }
        if (file.endsWith(QLatin1String(".shp")))
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("out.cpg"))));
    }

    void reprojectsAndSelects()
    {
        const QString path = m_dir.filePath(QStringLiteral("selection.geojson"));
        LayerExport::Options options;
        options.targetEpsg = 4490;
        options.where = QStringLiteral("code IN ('RP1', 'RP2')");
        QCOMPARE(LayerExport::run(*m_store, QStringLiteral("risk_points"), path, options), qint64(2));
        const ReadBack back = read(path);
        QCOMPARE(back.count, qint64(2));
        QVERIFY(back.x > 106.5 && back.x < 106.9);
    }

    void refusals()
    {
        // Each refusal says by its type what it is about: the request, the file, the CRS.
        QVERIFY_THROWS_EXCEPTION(RequestError, LayerExport::run(*m_store, QStringLiteral("risk_points"),
                                                                m_dir.filePath(QStringLiteral("a.xyz")), {}));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 LayerExport::run(*m_store, QStringLiteral("people"),
                                                  m_dir.filePath(QStringLiteral("a.gpkg")), {}));
        const QString existing = m_dir.filePath(QStringLiteral("exists.gpkg"));
        QFile(existing).open(QIODevice::WriteOnly);
        try {
            LayerExport::run(*m_store, QStringLiteral("risk_points"), existing, {});
            QFAIL("an existing file was written over");
        } catch (const FileError &e) {
            QCOMPARE(e.kind(), FileError::Kind::Exists);
        }
        LayerExport::Options badCrs;
        badCrs.targetEpsg = 999999;
        QVERIFY_THROWS_EXCEPTION(CrsError,
                                 LayerExport::run(*m_store, QStringLiteral("risk_points"),
                                                  m_dir.filePath(QStringLiteral("b.gpkg")), badCrs));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.gpkg"))));
        JobTracker jobs;
        LayerExport::Options cancelled;
        cancelled.job = jobs.start();
        jobs.cancelAll();
        QVERIFY_THROWS_EXCEPTION(FileError,
                                 LayerExport::run(*m_store, QStringLiteral("risk_points"),
                                                  m_dir.filePath(QStringLiteral("c.gpkg")), cancelled));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.gpkg"))));
    }
};

QTEST_GUILESS_MAIN(TestLayerExport)
#include "tst_layer_export.moc"
