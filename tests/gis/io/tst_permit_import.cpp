#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/permit_import.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Applications from the online service, through the generic import: good files import whole, each
// kind of bad row is named by its line or feature and nothing is imported then.
class TestPermitImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    static constexpr double kX = 370000, kY = 3278000;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    static QByteArray square(double x, double y, double side)
    {
        return QStringLiteral("\"POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))\"")
            .arg(x, 0, 'f', 1)
            .arg(y, 0, 'f', 1)
            .arg(x + side, 0, 'f', 1)
            .arg(y + side, 0, 'f', 1)
            .toUtf8();
    }
    static QByteArray header()
    {
        return "permit_no,applicant,utility_type,work_type,start_date,end_date,trench_length_m,width_m,wkt\n";
    }
    qint64 permits() { return m_store->count(QStringLiteral("permits")); }

private slots:
    void init()
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("i%1.sqlite").arg(++n)), DistrictSettings());
        // A 2 km square district around the test area.
        const QList<QPointF> ring{{kX - 1000, kY - 1000},
                                  {kX + 1000, kY - 1000},
                                  {kX + 1000, kY + 1000},
                                  {kX - 1000, kY + 1000},
                                  {kX - 1000, kY - 1000}};
        m_store->insertRow(
            QStringLiteral("district_boundary"),
            {{QStringLiteral("name"), QStringLiteral("Test")},
             {QStringLiteral("kind"), QStringLiteral("district")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::multiPolygon(4545, {{ring}}))}});
    }

    void csvImportsWhole()
    {
        const QByteArray csv = header() + "A-1,自来水公司,water,new,2026-12-01,2026-12-20,40,," +
                               square(kX, kY, 20) +
                               "\n"
                               "A-2,\"电力公司, 江北\",power,repair,2026-12-05,2026-12-06,60,2,\"LINESTRING "
                               "(370100 3278000, 370160 3278000)\"\n";
        const auto result = PermitImport::run(*m_store, write(QStringLiteral("ok.csv"), csv));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        QCOMPARE(result.imported, 2);
        QCOMPARE(permits(), qint64(2));
        QCOMPARE(m_store->db().scalarText("SELECT applicant FROM permits WHERE permit_no = 'A-2'"),
                 QStringLiteral("电力公司, 江北"));
        QCOMPARE(m_store->db().scalarText("SELECT status FROM permits WHERE permit_no = 'A-1'"),
                 QStringLiteral("submitted"));
        // The line became a 2 m wide trench: about 60 × 2 m plus its flat-ish ends.
        const double area =
            m_store->db().scalarText("SELECT ST_Area(geom) FROM permits WHERE permit_no = 'A-2'").toDouble();
        QVERIFY2(area > 118 && area < 126, qPrintable(QString::number(area)));
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM permit_history WHERE to_status = 'submitted'"),
                 qint64(2));
    }

    void geojsonInLonLatIsReprojected()
    {
        // The square's corners in CGCS2000 lon/lat, from the store CRS with PROJ.
        const CrsTransform toLonLat(4545, 4490);
        QStringList corners;
        for (QPointF p : {QPointF(kX, kY), QPointF(kX + 30, kY), QPointF(kX + 30, kY + 30),
                          QPointF(kX, kY + 30), QPointF(kX, kY)}) {
            const QPointF ll = toLonLat.forward(p);
            corners.append(QStringLiteral("[%1, %2]").arg(ll.x(), 0, 'f', 9).arg(ll.y(), 0, 'f', 9));
        }
        const QByteArray json = QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": "
                                               "\"Feature\", \"properties\": {\"permit_no\": \"G-1\", "
                                               "\"applicant\": \"燃气公司\", \"utility_type\": \"gas\", "
                                               "\"work_type\": \"upgrade\", \"start_date\": \"2027-01-10\", "
                                               "\"end_date\": \"2027-01-20\"}, \"geometry\": {\"type\": "
                                               "\"Polygon\", \"coordinates\": [[%1]]}}]}")
                                    .arg(corners.join(QStringLiteral(", ")))
                                    .toUtf8();
        const auto result = PermitImport::run(*m_store, write(QStringLiteral("ok.geojson"), json));
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
        const double area = m_store->db().scalarText("SELECT ST_Area(geom) FROM permits").toDouble();
        QVERIFY2(std::fabs(area - 900) < 1, qPrintable(QString::number(area)));
        QVERIFY(std::fabs(m_store->db().scalarText("SELECT MbrMinX(geom) FROM permits").toDouble() - kX) <
                0.01);
    }

    void badRowsAreNamedAndNothingIsImported_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no number") << (",W,water,new,2026-12-01,2026-12-20,10,," + square(kX, kY, 10))
                                   << QStringLiteral("permit_no is empty");
        QTest::newRow("unknown utility") << ("B,W,steam,new,2026-12-01,2026-12-20,10,," + square(kX, kY, 10))
                                         << QStringLiteral("utility_type");
        QTest::newRow("unknown work") << ("B,W,water,dig,2026-12-01,2026-12-20,10,," + square(kX, kY, 10))
                                      << QStringLiteral("work_type");
        QTest::newRow("bad date") << ("B,W,water,new,2026-13-01,2026-12-20,10,," + square(kX, kY, 10))
                                  << QStringLiteral("start_date");
        QTest::newRow("ends before it starts")
            << ("B,W,water,new,2026-12-20,2026-12-01,10,," + square(kX, kY, 10))
            << QStringLiteral("before start_date");
        QTest::newRow("negative length") << ("B,W,water,new,2026-12-01,2026-12-20,-5,," + square(kX, kY, 10))
                                         << QStringLiteral("trench_length_m");
        QTest::newRow("no geometry") << QByteArray("B,W,water,new,2026-12-01,2026-12-20,10,,")
                                     << QStringLiteral("no geometry");
        QTest::newRow("bow tie") << QByteArray(
                                        "B,W,water,new,2026-12-01,2026-12-20,10,,\"POLYGON ((370000 3278000, "
                                        "370010 3278010, 370010 3278000, 370000 3278010, 370000 3278000))\"")
                                 << QStringLiteral("invalid geometry");
        QTest::newRow("outside the district")
            << ("B,W,water,new,2026-12-01,2026-12-20,10,," + square(kX + 5000, kY, 10))
            << QStringLiteral("not inside the district");
        QTest::newRow("line without width")
            << QByteArray(
                   "B,W,water,new,2026-12-01,2026-12-20,10,,\"LINESTRING (370000 3278000, 370050 3278000)\"")
            << QStringLiteral("width_m");
        QTest::newRow("same number twice")
            << ("A-1,W,water,new,2026-12-01,2026-12-20,10,," + square(kX, kY, 10))
            << QStringLiteral("already");
    }
    void badRowsAreNamedAndNothingIsImported()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QByteArray csv =
            header() + "A-1,W,water,new,2026-12-01,2026-12-20,10,," + square(kX, kY, 10) + "\n" + row + "\n";
        const auto result = PermitImport::run(*m_store, write(QStringLiteral("bad.csv"), csv));
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors[0].startsWith(QStringLiteral("line 3:")), qPrintable(result.errors[0]));
        QVERIFY2(result.errors[0].contains(expected), qPrintable(result.errors[0]));
        QCOMPARE(result.imported, 0);
        QCOMPARE(permits(), qint64(0));
    }

    void foreignAndBrokenFiles()
    {
        auto broken = PermitImport::run(
            *m_store, write(QStringLiteral("broken.geojson"), "{\"type\": \"FeatureCollection\", \"feat"));
        QCOMPARE(broken.errors.size(), 1);
        auto missing = PermitImport::run(*m_store, m_dir.filePath(QStringLiteral("nothing-here.csv")));
        QCOMPARE(missing.errors.size(), 1);
        QVERIFY(missing.errors[0].contains(QStringLiteral("nothing-here.csv")));
        auto empty = PermitImport::run(*m_store, write(QStringLiteral("empty.csv"), header()));
        QCOMPARE(empty.errors.size(), 1);
        QCOMPARE(permits(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPermitImport)
#include "tst_permit_import.moc"
