#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/crs/gcj02.h"
#include "gis/demo/demo_builder.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_import.h"

#include <QDir>
#include <QFile>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace uo;

// The files a bureau brings, as its contractors and old systems write them (each made here with
// GDAL): Chinese coded values in GBK without a .cpg, point files without identifiers, CAD drawings
// whose layers name the class, GCJ-02 read both ways, the neighbouring Gauss-Kruger zone, swapped
// axes; and what must not get in: bytes that are not text, oversize values, identifiers of another
// district, the same features twice. Each case ends in the right store content or the right words.
class TestBureauFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QList<QPointF> m_onRoads; // points on the demo's road centrelines, store CRS
    int m_copies = 0;

    struct Row
    {
        QStringList values;
        QPointF at;
    };

    std::unique_ptr<DistrictStore> copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_copies));
        QFile::copy(m_demo, path);
        return DistrictStore::open(path);
    }

    static LayerImport::Options optionsFor(DistrictStore &store, const QString &file, const QString &table)
    {
        LayerImport::Options options;
        options.file = file;
        options.table = table;
        options.mapping =
            ImportMapping::guess(ImportMapping::columns(store, table), ImportSource(file).fieldNames());
        return options;
    }

    static QString joined(const LayerImport::Report &report, const QString &file)
    {
        return (report.notes + report.lines(file)).join(QLatin1Char('\n'));
    }

    static qint64 count(DistrictStore &store, const QByteArray &sql) { return store.db().scalarInt(sql); }

    QString writeText(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    // A point Shapefile in EPSG:4545 with text fields, written in GBK (as Chinese desktop GIS do) and
    // without a .cpg.
    QString writeGbkShapefile(const QString &name, const QStringList &fields, const QList<Row> &rows)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".shp"));
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), path.toUtf8().constData(), 0, 0,
                                     0, GDT_Unknown, nullptr);
        char **options = CSLSetNameValue(nullptr, "ENCODING", "CP936");
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4545);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, name.toUtf8().constData(), srs, wkbPoint, options);
        CSLDestroy(options);
        OSRRelease(srs);
        for (const QString &field : fields) {
            OGRFieldDefnH def = OGR_Fld_Create(field.toUtf8().constData(), OFTString);
            OGR_L_CreateField(layer, def, TRUE);
            OGR_Fld_Destroy(def);
        }
        for (const Row &row : rows) {
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            for (int i = 0; i < row.values.size(); ++i)
                if (!row.values[i].isEmpty())
                    OGR_F_SetFieldString(f, i, row.values[i].toUtf8().constData());
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, row.at.x(), row.at.y());
            OGR_F_SetGeometryDirectly(f, g);
            const OGRErr written = OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
            if (written != OGRERR_NONE)
                qWarning("a feature of %s was not written", qPrintable(name));
        }
        GDALClose(ds);
        QFile::remove(m_dir.filePath(name + QStringLiteral(".cpg")));
        return path;
    }

    static QByteArray gbk(const QString &text)
    {
        char *bytes = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP936");
        const QByteArray out(bytes);
        CPLFree(bytes);
        return out;
    }

    // Replaces bytes in a written file (a damaged value, a header that lies).
    static bool patch(const QString &path, const QByteArray &from, const QByteArray &to)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        if (!bytes.contains(from))
            return false;
        bytes.replace(from, to);
        f.seek(0);
        f.resize(0);
        return f.write(bytes) == bytes.size();
    }

    // GeoJSON points in lon/lat (x, y as given), with string properties.
    QString writeGeoJson(const QString &name, const QStringList &fields, const QList<Row> &rows)
    {
        QStringList features;
        for (const Row &row : rows) {
            QStringList props;
            for (int i = 0; i < fields.size(); ++i)
                props.append(QStringLiteral("\"%1\": \"%2\"").arg(fields[i], row.values.value(i)));
            features.append(
                QStringLiteral(
                    "{\"type\": \"Feature\", \"properties\": {%1}, \"geometry\": {\"type\": \"Point\", "
                    "\"coordinates\": [%2, %3]}}")
                    .arg(props.join(QStringLiteral(", ")))
                    .arg(row.at.x(), 0, 'f', 9)
                    .arg(row.at.y(), 0, 'f', 9));
        }
        return writeText(name, QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": [%1]}")
                                   .arg(features.join(QStringLiteral(",\n")))
                                   .toUtf8());
    }

    QList<Row> shopsOnRoads(int n, const std::function<QPointF(QPointF)> &place)
    {
        QList<Row> rows;
        for (int i = 0; i < n; ++i)
            rows.append({{QStringLiteral("江北小卖部%1号").arg(i + 1)},
                         place(m_onRoads[i * (m_onRoads.size() / n)])});
        return rows;
    }

    static QPointF storeAt(DistrictStore &store, const QByteArray &where)
    {
        auto st = store.db().prepare("SELECT X(geom), Y(geom) FROM shops WHERE " + where);
        return st.step() ? QPointF(st.real(0), st.real(1)) : QPointF();
    }

private slots:
    void initTestCase()
    {
        GDALAllRegister();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.002;
        demo::DemoBuilder::build(m_demo, options);
        auto store = DistrictStore::open(m_demo, DistrictStore::Access::ReadOnly);
        // Points half way along road centrelines: where shops, lamps and covers are.
        auto st = store->db().prepare(
            "SELECT X(ST_Line_Interpolate_Point(geom, 0.5)), Y(ST_Line_Interpolate_Point(geom, 0.5)) "
            "FROM roads ORDER BY id");
        while (st.step())
            m_onRoads.append(QPointF(st.real(0), st.real(1)));
        QVERIFY(m_onRoads.size() > 300);
    }

    // 状态 完好/破损/丢失/占用, 数据来源 实测, a class by its name: read by the words the workstation shows.
    void gbkShapefileWithChineseValues()
    {
        const QPointF p = m_onRoads[10];
        const QStringList fields{QStringLiteral("标识码"), QStringLiteral("部件名称"), QStringLiteral("状态"),
                                 QStringLiteral("数据来源")};
        QList<Row> rows;
        const QStringList states{QStringLiteral("完好"), QStringLiteral("破损"), QStringLiteral("丢失"),
                                 QStringLiteral("占用")};
        for (int i = 0; i < states.size(); ++i)
            rows.append({{QStringLiteral("50010501030099%1").arg(i + 10), QStringLiteral("雨水井盖"),
                          states[i], QStringLiteral("实测")},
                         p + QPointF(i, 0)});
        rows.append({{QStringLiteral("5001050103009920"), QStringLiteral("雨水井盖"), QStringLiteral("坏了"),
                      QStringLiteral("实测")},
                     p});
        const QString path = writeGbkShapefile(QStringLiteral("covers"), fields, rows);
        QCOMPARE(ImportSource(path).encoding(), QStringLiteral("GB18030"));

        auto store = copy();
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("components"));
        QCOMPARE(options.mapping.source(QStringLiteral("state")), QStringLiteral("状态"));
        LayerImport::Report report = LayerImport::check(*store, options);
        QCOMPARE(report.problems.size(), 1);
        const QString unknown = report.problems[0].reason;
        // The unknown value is named, with the nearest words the workstation knows for a state.
        QVERIFY2(unknown.contains(QStringLiteral("坏了")) &&
                     unknown.contains(QStringLiteral("破损 (damaged)")),
                 qPrintable(unknown));
        QVERIFY2(joined(report, path).contains(QStringLiteral("完好")), qPrintable(joined(report, path)));

        // The file's own word, mapped once (named by the file's field, as users write it, or the column).
        QVERIFY(options.mapping.addValues(QStringLiteral("状态:坏了=破损")).isEmpty());
        report = LayerImport::run(*store, options, false);
        QVERIFY2(!report.blocked(), qPrintable(joined(report, path)));
        QCOMPARE(report.imported, qint64(5));
        auto st = store->db().prepare("SELECT state, data_source, class_code FROM components WHERE ident "
                                      "LIKE '5001050103009%' ORDER BY ident");
        QStringList got;
        while (st.step())
            got.append(st.text(0) + QLatin1Char('/') + st.text(1) + QLatin1Char('/') + st.text(2));
        QCOMPARE(got, QStringList(
                          {QStringLiteral("intact/surveyed/0103"), QStringLiteral("damaged/surveyed/0103"),
                           QStringLiteral("missing/surveyed/0103"), QStringLiteral("occupied/surveyed/0103"),
                           QStringLiteral("damaged/surveyed/0103")}));
    }

    // Every coded column reads its code, its English word and its Chinese word (short ones too).
    void codedValuesByName_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row"); // WKT last
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("code");
        const QString point = QStringLiteral("POINT (%1 %2)")
                                  .arg(m_onRoads[20].x(), 0, 'f', 2)
                                  .arg(m_onRoads[20].y(), 0, 'f', 2);
        const QString line = QStringLiteral("LINESTRING (%1 %2, %3 %2)")
                                 .arg(m_onRoads[21].x(), 0, 'f', 2)
                                 .arg(m_onRoads[21].y(), 0, 'f', 2)
                                 .arg(m_onRoads[21].x() + 50, 0, 'f', 2);
        const QString risk = QStringLiteral("code,name,风险类别,风险等级,wkt");
        const auto u = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("risk level 红")
            << u("risk_points") << risk << u("RP-T1,观音桥化粪池,化粪池,红,\"") + point + u("\"")
            << u("level") << u("red");
        QTest::newRow("risk level 橙色")
            << u("risk_points") << risk << u("RP-T1,边坡,边坡,橙色,\"") + point + u("\"") << u("level")
            << u("orange");
        QTest::newRow("risk level Yellow")
            << u("risk_points") << risk << u("RP-T1,边坡,slope,Yellow,\"") + point + u("\"") << u("level")
            << u("yellow");
        QTest::newRow("risk category 化粪池")
            << u("risk_points") << risk << u("RP-T1,化粪池,化粪池,蓝,\"") + point + u("\"") << u("category")
            << u("septic_tank");
        QTest::newRow("risk category septic tank")
            << u("risk_points") << risk << u("RP-T1,化粪池,Septic Tank,蓝,\"") + point + u("\"")
            << u("category") << u("septic_tank");
        const QString road = QStringLiteral("code,道路名称,道路等级,wkt");
        QTest::newRow("road grade 快速路")
            << u("roads") << road << u("R-T1,测试路,快速路,\"") + line + u("\"") << u("grade") << u("trunk");
        QTest::newRow("road grade 次干路")
            << u("roads") << road << u("R-T1,测试路,次干路,\"") + line + u("\"") << u("grade")
            << u("secondary");
        QTest::newRow("road grade branch road")
            << u("roads") << road << u("R-T1,测试路,branch road,\"") + line + u("\"") << u("grade")
            << u("branch");
        const QString lamp = QStringLiteral("标识码,部件,状态,wkt");
        QTest::newRow("class 路灯") << u("components") << lamp
                                    << u("5001050118990001,路灯,完好,\"") + point + u("\"") << u("class_code")
                                    << u("0118");
        QTest::newRow("class 路灯 with a 17-digit identifier")
            << u("components") << lamp << u("50010501018990001,路灯,完好,\"") + point + u("\"")
            << u("class_code") << u("01018");
        QTest::newRow("class Street lamp")
            << u("components") << lamp << u("5001050118990001,Street lamp,intact,\"") + point + u("\"")
            << u("class_code") << u("0118");
    }
    void codedValuesByName()
    {
        QFETCH(QString, table);
        QFETCH(QString, header);
        QFETCH(QString, row);
        QFETCH(QString, column);
        QFETCH(QString, code);
        const QString path = writeText(QStringLiteral("coded.csv"),
                                       (header + QLatin1Char('\n') + row + QLatin1Char('\n')).toUtf8());
        auto store = copy();
        LayerImport::Options options = optionsFor(*store, path, table);
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.imported == 1, qPrintable(joined(report, path)));
        QCOMPARE(store->db().scalarText("SELECT \"" + column.toUtf8() + "\" FROM \"" + table.toUtf8() +
                                        "\" ORDER BY id DESC LIMIT 1"),
                 code);
    }

    // Street lamps surveyed without identifiers: refused unless identifiers are made, which then
    // follow the district's code, the class and the store's highest serial.
    void pointsWithoutIdentifiers()
    {
        QList<Row> rows;
        for (int i = 0; i < 3; ++i)
            rows.append({{QStringLiteral("路灯")}, m_onRoads[30 + i]});
        // A lamp far outside the district is left out, and takes no serial.
        rows.insert(1, {{QStringLiteral("路灯")}, QPointF(500000, 3000000)});
        const QString path = writeGbkShapefile(QStringLiteral("lamps"), {QStringLiteral("部件")}, rows);
        auto store = copy();
        const qint64 highest = store->db().scalarInt(
            "SELECT max(CAST(substr(ident, 11) AS INTEGER)) FROM components WHERE class_code = '0118'");
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("components"));
        try {
            LayerImport::check(*store, options);
            QFAIL("a file without identifiers was taken without --generate-ids");
        } catch (const RequestError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("ident")), qPrintable(e.message()));
        }
        options.generateIds = true;
        const LayerImport::Report report = LayerImport::run(*store, options, true);
        QVERIFY2(report.imported == 3 && report.problems.size() == 1, qPrintable(joined(report, path)));
        QVERIFY2(joined(report, path)
                     .contains(QStringLiteral("5001050118%1").arg(highest + 1, 6, 10, QLatin1Char('0'))),
                 qPrintable(joined(report, path)));
        auto st =
            store->db().prepare("SELECT ident, class_code, name FROM components ORDER BY id DESC LIMIT 3");
        QStringList idents;
        while (st.step()) {
            QCOMPARE(st.text(1), QStringLiteral("0118"));
            QCOMPARE(st.text(2), QStringLiteral("路灯"));
            idents.prepend(st.text(0));
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(idents[i], QStringLiteral("5001050118%1").arg(highest + 1 + i, 6, 10, QLatin1Char('0')));
    }

    void riskPointsWithoutCodes()
    {
        const QString path =
            writeText(QStringLiteral("risks.csv"),
                      QStringLiteral("name,风险类别,风险等级,x,y\n新积水点,易涝积水点,黄,%1,%2\n")
                          .arg(m_onRoads[40].x(), 0, 'f', 2)
                          .arg(m_onRoads[40].y(), 0, 'f', 2)
                          .toUtf8());
        auto store = copy();
        const QString last = store->db().scalarText("SELECT max(code) FROM risk_points");
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("risk_points"));
        options.generateIds = true;
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.imported == 1, qPrintable(joined(report, path)));
        const QString made = store->db().scalarText("SELECT code FROM risk_points WHERE name = '新积水点'");
        QCOMPARE(made.size(), last.size());
        QCOMPARE(made.left(2), last.left(2));
        QCOMPARE(made.mid(2).toInt(), last.mid(2).toInt() + 1);
    }

    // A CAD drawing whose layers are the classes (路灯 in GBK, as a Chinese CAD writes it, and 0103).
    void dxfLayersNameTheClass()
    {
        const QString path = m_dir.filePath(QStringLiteral("survey.dxf"));
        GDALDatasetH ds =
            GDALCreate(GDALGetDriverByName("DXF"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        OGRLayerH layer = GDALDatasetCreateLayer(ds, "entities", nullptr, wkbUnknown, nullptr);
        const QStringList classes{QStringLiteral("路灯"), QStringLiteral("路灯"), QStringLiteral("0103")};
        for (int i = 0; i < classes.size(); ++i) {
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "Layer"), classes[i].toUtf8().constData());
            OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, m_onRoads[50 + i].x(), m_onRoads[50 + i].y());
            OGR_F_SetGeometryDirectly(f, g);
            QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
            OGR_F_Destroy(f);
        }
        GDALClose(ds);
        QVERIFY(patch(path, "ANSI_1252", "ANSI_936"));
        QVERIFY(patch(path, QStringLiteral("路灯").toUtf8(), gbk(QStringLiteral("路灯"))));

        auto store = copy();
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("components"));
        QCOMPARE(options.mapping.source(QStringLiteral("class_code")), QStringLiteral("Layer"));
        options.generateIds = true;
        const LayerImport::Report report = LayerImport::run(*store, options, false);
        QVERIFY2(report.imported == 3, qPrintable(joined(report, path)));
        QCOMPARE(count(*store, "SELECT count(*) FROM (SELECT class_code FROM components ORDER BY id DESC "
                               "LIMIT 3) WHERE class_code = '0118'"),
                 qint64(2));
        QCOMPARE(count(*store, "SELECT count(*) FROM (SELECT class_code FROM components ORDER BY id DESC "
                               "LIMIT 3) WHERE class_code = '0103'"),
                 qint64(1));
    }

    // Shops from a web map in GCJ-02, and shops in CGCS2000 named as if they were GCJ-02: each read the
    // wrong way lands about 480 m off but inside the district, and is refused with the flag that reads
    // it right.
    void gcj02ReadBothWays_data()
    {
        QTest::addColumn<bool>("fileIsGcj02");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("flag");
        QTest::newRow("GCJ-02 read as WGS84")
            << true << QStringLiteral("shops.geojson") << QStringLiteral("--crs gcj02");
        QTest::newRow("CGCS2000 named _gcj02")
            << false << QStringLiteral("shops_gcj02.geojson") << QStringLiteral("--crs 4490");
    }
    void gcj02ReadBothWays()
    {
        QFETCH(bool, fileIsGcj02);
        QFETCH(QString, name);
        QFETCH(QString, flag);
        const CrsTransform toLonLat(4545, crs::kCgcs2000LonLat);
        const QList<Row> rows = shopsOnRoads(40, [&](QPointF p) {
            const QPointF lonLat = toLonLat.forward(p);
            return fileIsGcj02 ? gcj02::fromWgs84(lonLat) : lonLat;
        });
        const QString path = writeGeoJson(name, {QStringLiteral("name")}, rows);
        auto store = copy();
        const qint64 before = store->count(QStringLiteral("shops"));
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("shops"));
        LayerImport::Report report = LayerImport::run(*store, options, false);
        QCOMPARE(report.imported, qint64(0));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings[0].contains(flag), qPrintable(report.warnings[0]));
        QVERIFY2(report.problems.size() < 10,
                 qPrintable(joined(report, path))); // most lie inside the district all the same
        QCOMPARE(store->count(QStringLiteral("shops")), before);

        options.overrideCrs = true;
        options.sourceCrs = fileIsGcj02 ? crs::kGcj02 : crs::kCgcs2000LonLat;
        report = LayerImport::run(*store, options, false);
        QVERIFY2(report.imported == 40 && report.warnings.isEmpty(), qPrintable(joined(report, path)));
        // Back where they were: GCJ-02 to under 1 cm.
        const QPointF first = storeAt(*store, "name = '江北小卖部1号'");
        QVERIFY2(QLineF(first, m_onRoads[0]).length() < 0.01,
                 qPrintable(QStringLiteral("%1 m off").arg(QLineF(first, m_onRoads[0]).length())));
    }

    // Road centrelines in the zone west of 106°30′E (EPSG:4544) read in the store's zone land some
    // 300 km away; northing written first looks like nowhere. Both are refused with the flag to use.
    void wrongZoneOrSwappedAxes_data()
    {
        QTest::addColumn<int>("writtenIn");
        QTest::addColumn<bool>("swapped");
        QTest::addColumn<QString>("flag");
        QTest::newRow("neighbouring zone") << 4544 << false << QStringLiteral("--crs 4544");
        QTest::newRow("northing first") << 4545 << true << QStringLiteral("--swap-xy");
    }
    void wrongZoneOrSwappedAxes()
    {
        QFETCH(int, writtenIn);
        QFETCH(bool, swapped);
        QFETCH(QString, flag);
        const CrsTransform toFile(4545, writtenIn);
        QStringList lines{QStringLiteral("code,name,grade,wkt")};
        for (int i = 0; i < 30; ++i) {
            QPointF a = toFile.forward(m_onRoads[i * 10]),
                    b = toFile.forward(m_onRoads[i * 10] + QPointF(30, 30));
            if (swapped) {
                a = QPointF(a.y(), a.x());
                b = QPointF(b.y(), b.x());
            }
            lines.append(QStringLiteral("Z-%1,测试路%1,branch,\"LINESTRING (%2 %3, %4 %5)\"")
                             .arg(i)
                             .arg(a.x(), 0, 'f', 3)
                             .arg(a.y(), 0, 'f', 3)
                             .arg(b.x(), 0, 'f', 3)
                             .arg(b.y(), 0, 'f', 3));
        }
        const QString path =
            writeText(QStringLiteral("centrelines.csv"), lines.join(QLatin1Char('\n')).toUtf8());
        auto store = copy();
        LayerImport::Options options = optionsFor(*store, path, QStringLiteral("roads"));
        LayerImport::Report report = LayerImport::check(*store, options);
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings[0].contains(flag), qPrintable(report.warnings[0]));
        options.swapAxes = swapped;
        options.overrideCrs = true;
        options.sourceCrs = writtenIn;
        report = LayerImport::run(*store, options, false);
        QVERIFY2(report.imported == 30, qPrintable(joined(report, path)));
    }

    // Text that is not valid in the file's encoding is refused, never stored with replacement marks.
    void invalidBytesAreRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("UTF-8 CSV") << QStringLiteral("csv");
        QTest::newRow("GBK Shapefile") << QStringLiteral("shp");
    }
    void invalidBytesAreRefused()
    {
        QFETCH(QString, format);
        QString path;
        if (format == QLatin1String("csv")) {
            path = writeText(QStringLiteral("bad-bytes.csv"),
                             QByteArray("name,x,y\n\xE5\xA5\xBD\xE5\xBA\x97,X,Y\n\xE5\xA5\xBD\xFF\xFE,X,Y\n")
                                 .replace("X", QByteArray::number(m_onRoads[60].x(), 'f', 2))
                                 .replace("Y", QByteArray::number(m_onRoads[60].y(), 'f', 2)));
        } else {
            path = writeGbkShapefile(
                QStringLiteral("badgbk"), {QStringLiteral("name")},
                {{{QStringLiteral("好店")}, m_onRoads[60]}, {{QStringLiteral("坏店")}, m_onRoads[61]}});
            QVERIFY(patch(m_dir.filePath(QStringLiteral("badgbk.dbf")), gbk(QStringLiteral("坏")),
                          QByteArray("\xFF\x30")));
        }
        auto store = copy();
        const LayerImport::Report report =
            LayerImport::check(*store, optionsFor(*store, path, QStringLiteral("shops")));
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems[0].feature, qint64(2));
        QVERIFY2(report.problems[0].reason.contains(QStringLiteral("not valid")) &&
                     report.problems[0].reason.contains(QStringLiteral("--encoding")),
                 qPrintable(report.problems[0].reason));
        QCOMPARE(report.importable, qint64(1));
    }

    void oversizeValuesAndOtherDistrictsAreRefused()
    {
        const QString p = QStringLiteral("POINT (%1 %2)")
                              .arg(m_onRoads[70].x(), 0, 'f', 2)
                              .arg(m_onRoads[70].y(), 0, 'f', 2);
        const QString path =
            writeText(QStringLiteral("mixed.csv"),
                      (QStringLiteral("ident,name,wkt\n") +
                       QStringLiteral("5001050118990101,%1,\"%2\"\n").arg(QString(300, QLatin1Char('x')), p) +
                       QStringLiteral("5001060118000001,路灯,\"%1\"\n").arg(p) +
                       QStringLiteral("5001050118990102,路灯,\"%1\"\n").arg(p))
                          .toUtf8());
        auto store = copy();
        const LayerImport::Report report =
            LayerImport::check(*store, optionsFor(*store, path, QStringLiteral("components")));
        QCOMPARE(report.problems.size(), 2);
        QVERIFY2(report.problems[0].reason.contains(QStringLiteral("300")) &&
                     report.problems[0].reason.contains(QStringLiteral("200")),
                 qPrintable(report.problems[0].reason));
        QVERIFY2(report.problems[1].reason.contains(QStringLiteral("500106")) &&
                     report.problems[1].reason.contains(QStringLiteral("500105")),
                 qPrintable(report.problems[1].reason));
        QCOMPARE(report.importable, qint64(1));
    }

    // The same shop file twice (no identifiers: the same name within a few metres), the same
    // components twice (the same identifiers): refused, or merged into the stored rows.
    void duplicateImports_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("shops by name and place") << QStringLiteral("shops");
        QTest::newRow("components by identifier") << QStringLiteral("components");
    }
    void duplicateImports()
    {
        QFETCH(QString, table);
        const bool shops = table == QLatin1String("shops");
        auto write = [&](const QString &state) {
            QStringList lines{shops ? QStringLiteral("name,keeper,x,y") : QStringLiteral("ident,state,x,y")};
            for (int i = 0; i < 5; ++i)
                lines.append(QStringLiteral("%1,%2,%3,%4")
                                 .arg(shops ? QStringLiteral("重复小店%1").arg(i)
                                            : QStringLiteral("50010501189901%1").arg(i + 10),
                                      state)
                                 .arg(m_onRoads[80 + i].x() + 0.5, 0, 'f', 2)
                                 .arg(m_onRoads[80 + i].y(), 0, 'f', 2));
            return writeText(QStringLiteral("again.csv"), lines.join(QLatin1Char('\n')).toUtf8());
        };
        auto store = copy();
        const qint64 before = store->count(table);
        LayerImport::Options options =
            optionsFor(*store, write(shops ? QStringLiteral("张三") : QStringLiteral("完好")), table);
        QCOMPARE(LayerImport::run(*store, options, false).imported, qint64(5));
        QCOMPARE(store->count(table), before + 5);

        options = optionsFor(*store, write(shops ? QStringLiteral("李四") : QStringLiteral("破损")), table);
        LayerImport::Report report = LayerImport::run(*store, options, false);
        QCOMPARE(report.imported, qint64(0));
        QCOMPARE(report.problems.size(), 5);
        QVERIFY2(report.problems[0].reason.contains(QStringLiteral("already in the store")),
                 qPrintable(report.problems[0].reason));
        QCOMPARE(store->count(table), before + 5);

        options.duplicates = ImportWriter::Duplicates::Merge;
        report = LayerImport::run(*store, options, false);
        QCOMPARE(report.imported, qint64(5));
        QCOMPARE(report.merged, qint64(5));
        QCOMPARE(store->count(table), before + 5);
        QCOMPARE(count(*store, shops ? "SELECT count(*) FROM shops WHERE keeper = '李四'"
                                     : "SELECT count(*) FROM components WHERE ident LIKE '50010501189901%' "
                                       "AND state = 'damaged'"),
                 qint64(5));
    }

    // Messages that point at the cause.
    void damagedDbfHeaderIsNamed()
    {
        const QString path = writeGbkShapefile(QStringLiteral("header"), {QStringLiteral("name")},
                                               {{{QStringLiteral("店")}, m_onRoads[90]}});
        QFile dbf(m_dir.filePath(QStringLiteral("header.dbf")));
        QVERIFY(dbf.open(QIODevice::ReadWrite));
        QVERIFY(dbf.seek(10));
        dbf.write(QByteArray("\x07\x00", 2)); // a record length the fields do not add up to
        dbf.close();
        auto store = copy();
        try {
            LayerImport::check(*store, optionsFor(*store, path, QStringLiteral("shops")));
            QFAIL("a damaged attribute table was read");
        } catch (const FileError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("header.dbf")) &&
                         e.message().contains(QStringLiteral("damaged")) &&
                         !e.message().contains(QStringLiteral("no field")),
                     qPrintable(e.message()));
        }
    }

    void unclosedRingIsNamed()
    {
        const QPointF p = m_onRoads[95];
        const QString path =
            writeText(QStringLiteral("permit.csv"),
                      QStringLiteral("permit_no,applicant,utility_type,work_type,start_date,end_date,wkt\n"
                                     "JB-R-1,自来水公司,供水,新建,2026-12-01,2026-12-20,\"POLYGON ((%1 %2, "
                                     "%3 %2, %3 %4, %1 %4))\"\n")
                          .arg(p.x(), 0, 'f', 1)
                          .arg(p.y(), 0, 'f', 1)
                          .arg(p.x() + 10, 0, 'f', 1)
                          .arg(p.y() + 5, 0, 'f', 1)
                          .toUtf8());
        auto store = copy();
        const LayerImport::Report report =
            LayerImport::check(*store, optionsFor(*store, path, QStringLiteral("permits")));
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems[0].reason.contains(QStringLiteral("not closed")),
                 qPrintable(report.problems[0].reason));
    }

    void folderOfLayersAsksWhich()
    {
        const QString folder = m_dir.filePath(QStringLiteral("delivery"));
        QDir().mkpath(folder);
        for (const QString &name : {QStringLiteral("shops_a"), QStringLiteral("shops_b")}) {
            writeGbkShapefile(name, {QStringLiteral("name")}, {{{QStringLiteral("店")}, m_onRoads[99]}});
            for (const char *suffix : {".shp", ".shx", ".dbf", ".prj"})
                QFile::rename(m_dir.filePath(name + QLatin1String(suffix)),
                              folder + QLatin1Char('/') + name + QLatin1String(suffix));
        }
        auto store = copy();
        LayerImport::Options options;
        options.file = folder;
        options.table = QStringLiteral("shops");
        options.mapping.setSource(QStringLiteral("name"), QStringLiteral("name"));
        try {
            LayerImport::check(*store, options);
            QFAIL("a folder of layers was read without asking which");
        } catch (const RequestError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("shops_a")) &&
                         e.message().contains(QStringLiteral("shops_b")) &&
                         e.message().contains(QStringLiteral("--layer")),
                     qPrintable(e.message()));
        }
        options.layer = QStringLiteral("shops_b");
        QCOMPARE(LayerImport::check(*store, options).importable, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestBureauFiles)
#include "tst_bureau_files.moc"
