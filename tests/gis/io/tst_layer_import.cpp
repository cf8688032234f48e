#include "core/sql/statement.h"
#include "core/store/bulk_load.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/crs/gcj02.h"
#include "gis/demo/demo_builder.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_export.h"
#include "gis/io/layer_import.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace uo;

// Layers come in from any file GDAL reads: through every format and back they keep their geometry,
// attributes and Chinese text; a Shapefile in GBK without a .cpg is read right; coordinates in another
// CRS (GCJ-02 included) are reprojected; bad features are listed with the reason and nothing is written
// unless the report is accepted; broken files and a cancel leave the store exactly as it was.
class TestLayerImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source; // a small demo district

    struct Component
    {
        QString name, state, cls;
        QPointF at;
    };
    using Components = QHash<QString, Component>; // by identifier

    static Components components(DistrictStore &store)
    {
        Components out;
        auto st = store.db().prepare("SELECT ident, name, state, class_code, geom FROM components");
        while (st.step()) {
            int size = 0;
            const char *data = st.blobData(4, &size);
            double x = 0, y = 0;
            geometry_blob::decodePoint(data, size, &x, &y);
            out.insert(st.text(0), {st.text(1), st.text(2), st.text(3), QPointF(x, y)});
        }
        return out;
    }

    // What an import could change: the rows of every layer it fills, their change counters, the audit log.
    static QString digest(DistrictStore &store)
    {
        QString out;
        for (const char *table :
             {"components", "roads", "risk_points", "permits", "shops", "audit_log", "layer_versions"})
            out += store.db().scalarText("SELECT count(*) || ':' || total(rowid) FROM \"" +
                                         QByteArray(table) + '"') +
                   QLatin1Char(' ');
        out += store.db().scalarText("SELECT group_concat(version) FROM layer_versions");
        return out;
    }

    // A copy of the demo store with one layer emptied, so that what was exported can come back.
    QString emptiedCopy(const QString &name, const QString &table)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_source, path);
        auto store = DistrictStore::open(path);
        sql::Transaction tx(store->db());
        BulkLoad empty(store->db(), table);
        store->db().exec("DELETE FROM \"" + table.toUtf8() + '"');
        empty.finish();
        tx.commit();
        return path;
    }

    static LayerImport::Options optionsFor(DistrictStore &store, const QString &file, const QString &table)
    {
        LayerImport::Options options;
        options.file = file;
        options.table = table;
        ImportSource source(file);
        QStringList fields;
        for (const ImportSource::Field &f : source.fields())
            fields.append(f.name);
        options.mapping = ImportMapping::guess(ImportMapping::columns(store, table), fields);
        return options;
    }

    // Writes a CSV file in UTF-8.
    QString writeCsv(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        return path;
    }

    // A spot well inside the district (the centre of a component of the demo) and the first risk point.
    QPointF inside()
    {
        // The component of the smallest identifier: the same spot at every run (a hash's first entry
        // changes with the process's hash seed, and a spot by the district's edge may read as another CRS).
        auto store = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
        const Components all = components(*store);
        const QStringList idents = all.keys();
        return all.value(*std::min_element(idents.cbegin(), idents.cend())).at;
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.008; // 11,056 components: more than one progress step of the import
        demo::DemoBuilder::build(m_source, options);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("tolerance"); // metres; KML goes through WGS84 lon/lat
        QTest::newRow("GeoPackage") << QStringLiteral("c.gpkg") << 1e-6;
        QTest::newRow("Shapefile") << QStringLiteral("c.shp") << 1e-6;
        QTest::newRow("GeoJSON") << QStringLiteral("c.geojson") << 1e-3;
        QTest::newRow("CSV") << QStringLiteral("c.csv") << 1e-3;
        QTest::newRow("KML") << QStringLiteral("c.kml") << 0.01;
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(double, tolerance);
        const QString path = m_dir.filePath(file);
        Components before;
        {
            auto store = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
            before = components(*store);
            LayerExport::Options out;
            if (file.endsWith(QLatin1String(".kml")))
                out.targetEpsg = 4326; // KML is always WGS84 lon/lat
            QCOMPARE(LayerExport::run(*store, QStringLiteral("components"), path, out),
                     qint64(before.size()));
        }
        auto store = DistrictStore::open(emptiedCopy(
            QStringLiteral("round-") + file + QStringLiteral(".sqlite"), QStringLiteral("components")));
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("components"));
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.lines(path).mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(report.imported, qint64(before.size()));

        const Components after = components(*store);
        QCOMPARE(after.size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const Component &a = it.value();
            const Component b = after.value(it.key());
            QCOMPARE(b.name, a.name); // Chinese text, e.g. 电力井盖
            QCOMPARE(b.state, a.state);
            QCOMPARE(b.cls, a.cls);
            QVERIFY2(qAbs(b.at.x() - a.at.x()) <= tolerance && qAbs(b.at.y() - a.at.y()) <= tolerance,
                     qPrintable(QStringLiteral("%1 moved from %2,%3 to %4,%5")
                                    .arg(it.key())
                                    .arg(a.at.x(), 0, 'f', 4)
                                    .arg(a.at.y(), 0, 'f', 4)
                                    .arg(b.at.x(), 0, 'f', 4)
                                    .arg(b.at.y(), 0, 'f', 4)));
        }
        // One audit entry names the source.
        QVERIFY(store->db()
                    .scalarText(
                        "SELECT new_values FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1")
                    .contains(file));
    }

    void dxfKeepsGeometry()
    {
        // DXF carries drawings, not attributes: the shops come back where they were, named by the user's
        // choice of a DXF field.
        const QString path = m_dir.filePath(QStringLiteral("shops.dxf"));
        QList<QPointF> before;
        {
            auto store = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
            auto st = store->db().prepare("SELECT X(geom), Y(geom) FROM shops ORDER BY id");
            while (st.step())
                before.append(QPointF(st.real(0), st.real(1)));
            QCOMPARE(LayerExport::run(*store, QStringLiteral("shops"), path, {}), qint64(before.size()));
        }
        QVERIFY(before.size() > 5);
        auto store = DistrictStore::open(emptiedCopy(QStringLiteral("dxf.sqlite"), QStringLiteral("shops")));
        LayerImport::Options options;
        options.file = path;
        options.table = QStringLiteral("shops");
        options.mapping.setSource(QStringLiteral("name"), QStringLiteral("EntityHandle"));
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.lines(path).mid(0, 3).join(QLatin1Char('\n'))));
        auto st = store->db().prepare("SELECT X(geom), Y(geom) FROM shops ORDER BY id");
        for (const QPointF &p : std::as_const(before)) {
            QVERIFY(st.step());
            QVERIFY(qAbs(st.real(0) - p.x()) < 1e-3 && qAbs(st.real(1) - p.y()) < 1e-3);
        }
        QVERIFY(!st.step());
    }

    void fixedValuesFillWhatADrawingLacks()
    {
        // Road centrelines drawn in CAD have no grade or name: "=branch" gives every one the same grade,
        // and the entity handle serves as the unique code.
        const QString path = m_dir.filePath(QStringLiteral("roads.dxf"));
        qint64 roads = 0;
        double length = 0;
        {
            auto store = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
            roads = store->db().scalarInt("SELECT count(*) FROM roads");
            length = store->db().scalarText("SELECT sum(ST_Length(geom)) FROM roads").toDouble();
            QCOMPARE(LayerExport::run(*store, QStringLiteral("roads"), path, {}), roads);
        }
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("dxf-roads.sqlite"), QStringLiteral("roads")));
        LayerImport::Options options;
        options.file = path;
        options.table = QStringLiteral("roads");
        options.mapping.setSource(QStringLiteral("code"), QStringLiteral("EntityHandle"));
        options.mapping.setSource(QStringLiteral("name"), QStringLiteral("=待命名道路"));
        options.mapping.setSource(QStringLiteral("grade"), QStringLiteral("=branch"));
        QVERIFY(options.mapping
                    .missingRequired(QStringLiteral("roads"),
                                     ImportMapping::columns(*store, QStringLiteral("roads")))
                    .isEmpty());
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.lines(path).mid(0, 3).join(QLatin1Char('\n'))));
        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM roads"), roads);
        QCOMPARE(store->db().scalarInt(
                     "SELECT count(*) FROM roads WHERE grade = 'branch' AND name = '待命名道路'"),
                 roads);
        QVERIFY(qAbs(store->db().scalarText("SELECT sum(ST_Length(geom)) FROM roads").toDouble() - length) <
                0.01);
    }

    void shapefileInGbkWithoutCpg()
    {
        // A Shapefile as Chinese desktop GIS write it: text in GBK and no .cpg beside it.
        const QString path = m_dir.filePath(QStringLiteral("gbk.shp"));
        GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
        GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        char **layerOptions = CSLSetNameValue(nullptr, "ENCODING", "CP936");
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4545);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "gbk", srs, wkbPoint, layerOptions);
        CSLDestroy(layerOptions);
        OSRDestroySpatialReference(srs);
        for (const char *name : {"name", "category", "level", "code"}) {
            OGRFieldDefnH def = OGR_Fld_Create(name, OFTString);
            OGR_L_CreateField(layer, def, TRUE);
            OGR_Fld_Destroy(def);
        }
        const QPointF p = inside();
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, "观音桥燃气调压站");
        OGR_F_SetFieldString(f, 1, "gas");
        OGR_F_SetFieldString(f, 2, "orange");
        OGR_F_SetFieldString(f, 3, "RP-GBK-1");
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, p.x(), p.y());
        OGR_F_SetGeometryDirectly(f, g);
        QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
        GDALClose(ds);
        QFile::remove(m_dir.filePath(QStringLiteral("gbk.cpg")));
        {
            // The bytes really are GBK: not UTF-8.
            QFile dbf(m_dir.filePath(QStringLiteral("gbk.dbf")));
            QVERIFY(dbf.open(QIODevice::ReadOnly));
            const QByteArray bytes = dbf.readAll();
            QVERIFY(!bytes.contains(QByteArrayLiteral("观音桥")));
        }

        ImportSource source(path);
        QCOMPARE(source.encoding(), QStringLiteral("GB18030"));
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("gbk.sqlite"), QStringLiteral("risk_points")));
        const LayerImport::Report report =
            LayerImport::run(*store, optionsFor(*store, path, QStringLiteral("risk_points")), false);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.lines(path).join(QLatin1Char('\n'))));
        QCOMPARE(store->db().scalarText("SELECT name FROM risk_points WHERE code = 'RP-GBK-1'"),
                 QStringLiteral("观音桥燃气调压站"));
    }

    void csvWithLonLatAndProblems()
    {
        // CGCS2000 lon/lat in 经度/纬度 columns, no CRS in the file: the user says which.
        const QPointF p = inside();
        const QPointF lonLat = CrsTransform(4545, crs::kCgcs2000LonLat).forward(p);
        const QString lon = QString::number(lonLat.x(), 'f', 9), lat = QString::number(lonLat.y(), 'f', 9);
        const QString path = writeCsv(QStringLiteral("risks.csv"),
                                      {QStringLiteral("code,name,category,level,经度,纬度"),
                                       QStringLiteral("RP-X1,江北城积水点,flooding,red,%1,%2").arg(lon, lat),
                                       QStringLiteral("RP-X2,远处,flooding,red,100.0,30.0"),
                                       QStringLiteral("RP-X3,颜色不对,slope,purple,%1,%2").arg(lon, lat)});
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("csv.sqlite"), QStringLiteral("risk_points")));
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("risk_points"));
        options.sourceCrs = crs::kCgcs2000LonLat;
        const QString before = digest(*store);

        const LayerImport::Report checked = LayerImport::check(*store, options);
        QCOMPARE(checked.read, qint64(3));
        QCOMPARE(checked.importable, qint64(1));
        const QStringList lines = checked.lines(path);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("line 3:")) &&
                     lines[0].contains(QStringLiteral("outside the district")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("line 4:")) && lines[1].contains(QStringLiteral("level")),
                 qPrintable(lines[1]));
        QCOMPARE(digest(*store), before);

        // Not accepted: nothing written. Accepted: the good row only.
        QCOMPARE(LayerImport::run(*store, options, false).imported, qint64(0));
        QCOMPARE(digest(*store), before);
        QCOMPARE(LayerImport::run(*store, options, true).imported, qint64(1));
        auto st = store->db().prepare("SELECT name, geom FROM risk_points");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("江北城积水点"));
        int size = 0;
        const char *data = st.blobData(1, &size);
        double x = 0, y = 0;
        QVERIFY(geometry_blob::decodePoint(data, size, &x, &y));
        QVERIFY(qAbs(x - p.x()) < 0.01 && qAbs(y - p.y()) < 0.01);
        QVERIFY(!st.step());
    }

    // One feature says nothing of a layer's datum by its distance from the roads: a shop read rightly as
    // GCJ-02 may stand far from any road while a wrong reading falls on one. Spots spread over the demo
    // (every 40th of the components by identifier, the first 24 of them), each a file of one shop, are never
    // held back.
    void singleFeaturesAreNotJudgedByRoads()
    {
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("single.sqlite"), QStringLiteral("shops")));
        Components all;
        {
            auto source = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
            all = components(*source);
        }
        QStringList idents = all.keys();
        std::sort(idents.begin(), idents.end());
        const qsizetype step = std::max<qsizetype>(1, idents.size() / 40);
        int checked = 0;
        for (qsizetype i = 0; i < idents.size() && checked < 24; i += step, ++checked) {
            const QPointF gcj =
                gcj02::fromWgs84(CrsTransform(4545, crs::kWgs84).forward(all.value(idents[i]).at));
            const QString path = writeCsv(
                QStringLiteral("one.csv"),
                {QStringLiteral("name,wkt"),
                 QStringLiteral("小卖部,POINT (%1 %2)").arg(gcj.x(), 0, 'f', 10).arg(gcj.y(), 0, 'f', 10)});
            LayerImport::Options options = optionsFor(*store, path, QStringLiteral("shops"));
            options.sourceCrs = crs::kGcj02;
            const LayerImport::Report report = LayerImport::check(*store, options);
            QVERIFY2(report.warnings.isEmpty() && report.importable == 1,
                     qPrintable(QString::number(checked) + QLatin1Char(' ') + idents[i] +
                                QLatin1String(": ") + report.warnings.join(QLatin1Char('\n'))));
        }
        QCOMPARE(checked, 24);
    }

    void gcj02Coordinates()
    {
        // A web map's GCJ-02 lon/lat, as WKT: several hundred metres off unless converted.
        const QPointF p = inside();
        const QPointF gcj = gcj02::fromWgs84(CrsTransform(4545, crs::kWgs84).forward(p));
        const QString path =
            writeCsv(QStringLiteral("gcj.csv"),
                     {QStringLiteral("name,wkt"), QStringLiteral("鎏嘉码头小卖部,POINT (%1 %2)")
                                                      .arg(gcj.x(), 0, 'f', 10)
                                                      .arg(gcj.y(), 0, 'f', 10)});
        auto store = DistrictStore::open(emptiedCopy(QStringLiteral("gcj.sqlite"), QStringLiteral("shops")));
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("shops"));
        options.sourceCrs = crs::kGcj02;
        QCOMPARE(LayerImport::run(*store, options, false).imported, qint64(1));
        auto st = store->db().prepare("SELECT geom FROM shops");
        QVERIFY(st.step());
        int size = 0;
        const char *data = st.blobData(0, &size);
        double x = 0, y = 0;
        QVERIFY(geometry_blob::decodePoint(data, size, &x, &y));
        QVERIFY2(qAbs(x - p.x()) < 0.05 && qAbs(y - p.y()) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(x - p.x()).arg(y - p.y())));
    }

    void missingRequiredColumnsAreRefused()
    {
        // A GeoJSON file in EPSG:4545 that has only permit numbers: a permit needs an applicant and more.
        const QPointF p = inside();
        const QString json =
            QStringLiteral(
                R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4545"}},"features":[)"
                R"({"type":"Feature","properties":{"permit_no":"JB-T-1"},"geometry":{"type":"Point","coordinates":[%1,%2]}}]})")
                .arg(p.x(), 0, 'f', 2)
                .arg(p.y(), 0, 'f', 2);
        const QString path = m_dir.filePath(QStringLiteral("permits.geojson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.toUtf8());
        f.close();
        QCOMPARE(ImportSource(path).crsCode(), 4545);
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("permits.sqlite"), QStringLiteral("permits")));
        const QString before = digest(*store);
        const LayerImport::Options options = optionsFor(*store, path, QStringLiteral("permits"));
        const QStringList missing = options.mapping.missingRequired(
            QStringLiteral("permits"), ImportMapping::columns(*store, QStringLiteral("permits")));
        QVERIFY(missing.contains(QStringLiteral("applicant")));
        QVERIFY(!missing.contains(QStringLiteral("status"))); // an import files permits as submitted
        QVERIFY(!missing.contains(QStringLiteral("permit_no")));
        try {
            LayerImport::run(*store, options, true);
            QFAIL("a file without applicants was imported");
        } catch (const RequestError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("applicant")), qPrintable(e.message()));
        }
        QCOMPARE(digest(*store), before);
    }

    void badGeometriesInAGoodFile()
    {
        const QPointF p = inside();
        const auto ring = [&](const QList<QPointF> &offsets) {
            QStringList points;
            for (const QPointF &o : offsets)
                points.append(
                    QStringLiteral("%1 %2").arg(p.x() + o.x(), 0, 'f', 2).arg(p.y() + o.y(), 0, 'f', 2));
            return QStringLiteral("\"POLYGON ((%1))\"").arg(points.join(QStringLiteral(", ")));
        };
        const QString head =
            QStringLiteral("permit_no,applicant,utility_type,work_type,start_date,end_date,wkt");
        const QString tail = QStringLiteral(",重庆燃气集团,gas,repair,2026/12/01,2026-12-10,");
        const QString path = writeCsv(
            QStringLiteral("permits.csv"),
            {head, QStringLiteral("JB-T-1") + tail + ring({{0, 0}, {10, 0}, {10, 2}, {0, 2}, {0, 0}}),
             QStringLiteral("JB-T-2") + tail + ring({{0, 0}, {10, 2}, {10, 0}, {0, 2}, {0, 0}}),
             QStringLiteral("JB-T-3") + tail,
             QStringLiteral("JB-T-4") + tail + QStringLiteral("\"POINT (%1 %2)\"").arg(p.x()).arg(p.y()),
             QStringLiteral("JB-T-1") + tail + ring({{0, 0}, {10, 0}, {10, 2}, {0, 2}, {0, 0}})});
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("permits-csv.sqlite"), QStringLiteral("permits")));
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("permits"));
        const LayerImport::Report report = LayerImport::check(*store, options);
        const QStringList lines = report.lines(path);
        QCOMPARE(report.read, qint64(5));
        QVERIFY2(lines.size() == 4, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines[0].startsWith(QStringLiteral("line 3: invalid geometry")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("line 4: no geometry")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("line 5: a point where the layer takes a polygon")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("line 6: permit_no \"JB-T-1\" is already")),
                 qPrintable(lines[3]));
        QCOMPARE(LayerImport::run(*store, options, true).imported, qint64(1));
        // Spreadsheet dates become ISO dates; the area is measured; the permit is filed as submitted.
        auto st =
            store->db().prepare("SELECT start_date, status, area_m2 FROM permits WHERE permit_no = 'JB-T-1'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("2026-12-01"));
        QCOMPARE(st.text(1), QStringLiteral("submitted"));
        QCOMPARE(st.real(2), 20.0);
    }

    void brokenAndForeignFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words"); // in the message
        QTest::addColumn<FileError::Kind>("kind");
        QFile gpkg(m_dir.filePath(QStringLiteral("c.gpkg")));
        QVERIFY(gpkg.open(QIODevice::ReadOnly));
        QTest::newRow("truncated GeoPackage") << QStringLiteral("cut.gpkg") << gpkg.read(2048)
                                              << QStringLiteral("cut.gpkg") << FileError::Kind::Unreadable;
        QTest::newRow("text as .shp") << QStringLiteral("text.shp") << QByteArray("not a shapefile\n")
                                      << QStringLiteral("text.shp") << FileError::Kind::Unreadable;
        QTest::newRow("PNG as .geojson")
            << QStringLiteral("image.geojson") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
            << QStringLiteral("image.geojson") << FileError::Kind::Unreadable;
        QTest::newRow("missing") << QStringLiteral("absent.gpkg") << QByteArray()
                                 << QStringLiteral("does not exist") << FileError::Kind::NotFound;
    }
    void brokenAndForeignFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QFETCH(FileError::Kind, kind);
        const QString path = m_dir.filePath(name);
        if (!bytes.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("broken.sqlite"), QStringLiteral("shops")));
        const QString before = digest(*store);
        LayerImport::Options options;
        options.file = path;
        options.table = QStringLiteral("shops");
        options.mapping.setSource(QStringLiteral("name"), QStringLiteral("name"));
        try {
            LayerImport::run(*store, options, true);
            QFAIL("a broken file was read");
        } catch (const FileError &e) {
            QVERIFY2(e.message().contains(words), qPrintable(e.message()));
            QCOMPARE(e.kind(), kind);
        }
        QCOMPARE(digest(*store), before);
    }

    // A Shapefile whose .shp or .dbf was cut short (a copy that stopped half way) opens, since its header
    // is whole; the features after the cut are lost, so the file is refused even with problems accepted.
    void cutShapefilesAreRefused_data()
    {
        QTest::addColumn<QString>("cut"); // the part of the Shapefile cut in half
        QTest::newRow("geometry (.shp)") << QStringLiteral("shp");
        QTest::newRow("attributes (.dbf)") << QStringLiteral("dbf");
    }
    void cutShapefilesAreRefused()
    {
        QFETCH(QString, cut);
        const QString base = m_dir.filePath(QStringLiteral("cut-") + cut);
        for (const char *part : {"shp", "shx", "dbf", "prj", "cpg"}) {
            const QString from = m_dir.filePath(QStringLiteral("c.") + QLatin1String(part));
            const QString to = base + QLatin1Char('.') + QLatin1String(part);
            QFile::remove(to);
            QVERIFY2(QFile::copy(from, to), qPrintable(from)); // written by roundTrip
            if (cut == QLatin1String(part))
                QVERIFY(QFile::resize(to, QFileInfo(to).size() / 2));
        }
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("cut.sqlite"), QStringLiteral("components")));
        const QString before = digest(*store);
        const LayerImport::Options options =
            optionsFor(*store, base + QStringLiteral(".shp"), QStringLiteral("components"));
        QVERIFY(options.mapping.source(QStringLiteral("ident")) == QStringLiteral("ident"));
        try {
            LayerImport::run(*store, options, true);
            QFAIL("a cut Shapefile was imported");
        } catch (const FileError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cut-") + cut + QStringLiteral(".shp")) &&
                         e.message().contains(QStringLiteral("damaged")),
                     qPrintable(e.message()));
        }
        QCOMPARE(digest(*store), before);
    }

    void cancelLeavesTheStoreAsItWas()
    {
        auto store =
            DistrictStore::open(emptiedCopy(QStringLiteral("cancel.sqlite"), QStringLiteral("components")));
        const QString before = digest(*store);
        LayerImport::Options options =
            optionsFor(*store, m_dir.filePath(QStringLiteral("c.gpkg")), QStringLiteral("components"));
        JobTracker jobs;
        qint64 seen = 0;
        options.job = jobs.start();
        options.progress = [&](qint64 done, qint64) {
            seen = done;
            jobs.cancelAll(); // the cancel button
        };
        const LayerImport::Report report = LayerImport::run(*store, options, true);
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, qint64(0));
        QVERIFY(seen > 0);
        QCOMPARE(digest(*store), before);
        // The spatial index triggers set aside for the bulk load are back.
        QVERIFY(
            store->db()
                .scalarText(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'components'")
                .toInt() > 0);
    }

    void mappingGuessAndMemory()
    {
        auto store = DistrictStore::open(m_source, DistrictStore::Access::ReadOnly);
        const QList<ImportMapping::Column> columns =
            ImportMapping::columns(*store, QStringLiteral("components"));
        // Shapefile names are cut to 10 characters; Chinese names are known.
        const ImportMapping m =
            ImportMapping::guess(columns, {QStringLiteral("标识码"), QStringLiteral("NAME"),
                                           QStringLiteral("initial_da"), QStringLiteral("maintainer")});
        QCOMPARE(m.source(QStringLiteral("ident")), QStringLiteral("标识码"));
        QCOMPARE(m.source(QStringLiteral("name")), QStringLiteral("NAME"));
        QCOMPARE(m.source(QStringLiteral("initial_date")), QStringLiteral("initial_da"));
        QCOMPARE(m.source(QStringLiteral("maintainer_id")), QStringLiteral("maintainer"));
        QVERIFY(m.source(QStringLiteral("state")).isEmpty());
        QCOMPARE(ImportMapping::fromJson(m.toJson()), m);
        // The file's own spellings are remembered with the fields.
        ImportMapping spelt = m;
        QVERIFY(spelt.addValues(QStringLiteral("state:好=完好,坏=damaged")).isEmpty());
        QCOMPARE(spelt.value(QStringLiteral("state"), QStringLiteral("坏")), QStringLiteral("damaged"));
        QVERIFY(!spelt.addValues(QStringLiteral("好=完好")).isEmpty()); // no column
        QCOMPARE(ImportMapping::fromJson(spelt.toJson()), spelt);
        QVERIFY(!(ImportMapping::fromJson(spelt.toJson()) == m));
        bool identUnique = false;
        for (const ImportMapping::Column &c : columns)
            identUnique |= c.name == QLatin1String("ident") && !c.unique.isEmpty() && c.required;
        QVERIFY(identUnique);
    }
};

QTEST_GUILESS_MAIN(TestLayerImport)
#include "tst_layer_import.moc"
