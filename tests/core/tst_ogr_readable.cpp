// Other GIS read a district store as an ordinary SpatiaLite database: GDAL's ogrinfo lists every map
// layer with its geometry type, and a layer's features and CRS come through.

#include "tests/core/store_fixtures.h"

#include "core/store/geometry_blob.h"
#include "core/store/layers.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::Geometry;
using namespace uo::test;

namespace {

// OGR's names for the geometry types SpatiaLite declares.
QString ogrTypeName(const QString &spatialiteType)
{
    if (spatialiteType == QLatin1String("POINT"))
        return QStringLiteral("Point");
    if (spatialiteType == QLatin1String("LINESTRING"))
        return QStringLiteral("Line String");
    if (spatialiteType == QLatin1String("POLYGON"))
        return QStringLiteral("Polygon");
    if (spatialiteType == QLatin1String("MULTIPOLYGON"))
        return QStringLiteral("Multi Polygon");
    return QStringLiteral("unexpected type %1").arg(spatialiteType);
}

} // namespace

class TstOgrReadable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (m_ogrinfo.isEmpty())
            QSKIP("ogrinfo (gdal-bin) is not installed");
    }

    void listsEveryMapLayer_data()
    {
        QTest::addColumn<int>("srid");
        QTest::newRow("EPSG:4545") << 4545;
        QTest::newRow("EPSG:4544") << 4544;
    }
    void listsEveryMapLayer()
    {
        QFETCH(int, srid);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("district.sqlite"));
        {
            auto store = DistrictStore::create(path, jiangbei(srid));
            store->insertRow(
                QStringLiteral("streets"),
                {{QStringLiteral("code"), QStringLiteral("500105006")},
                 {QStringLiteral("name"), QStringLiteral("观音桥街道")},
                 {QStringLiteral("kind"), QStringLiteral("street")},
                 {QStringLiteral("geom"),
                  uo::geometry_blob::encode(Geometry::multiPolygon(
                      srid,
                      {{{{360000, 3280000}, {360400, 3280000}, {360400, 3280300}, {360000, 3280000}}}}))}});
        }
        const QString listing = ogrinfo({path});
        for (const uo::LayerInfo &layer : uo::mapLayers()) {
            const QRegularExpression line(
                QStringLiteral("^\\d+: %1 \\(%2\\)$")
                    .arg(QLatin1String(layer.table),
                         QRegularExpression::escape(ogrTypeName(QLatin1String(layer.geometryType)))),
                QRegularExpression::MultilineOption);
            QVERIFY2(line.match(listing).hasMatch(),
                     qPrintable(QLatin1String(layer.table) + QLatin1Char('\n') + listing));
        }

        const QString streets = ogrinfo({path, QStringLiteral("streets")});
        QVERIFY2(streets.contains(QLatin1String("Feature Count: 1")), qPrintable(streets));
        QVERIFY2(streets.contains(QLatin1String(
                     "Extent: (360000.000000, 3280000.000000) - (360400.000000, 3280300.000000)")),
                 qPrintable(streets));
        QVERIFY2(streets.contains(QStringLiteral("ID[\"EPSG\",%1]").arg(srid)), qPrintable(streets));
        QVERIFY2(streets.contains(QLatin1String("name: String")), qPrintable(streets));
    }

private:
    QString ogrinfo(QStringList args)
    {
        args.prepend(QStringLiteral("-so"));
        args.prepend(QStringLiteral("-ro"));
        QProcess process;
        process.start(m_ogrinfo, args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("ogrinfo failed: ") + QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString m_ogrinfo;
};

QTEST_GUILESS_MAIN(TstOgrReadable)
#include "tst_ogr_readable.moc"
