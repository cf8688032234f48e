// The SpatiaLite BLOB-Geometry codec: our blobs round-trip, SpatiaLite reads what we write, we read what
// SpatiaLite writes, and anything else is refused rather than misread.

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"
#include "tests/core/geometry_samples.h"

#include <QRandomGenerator>
#include <QTest>
#include <cstring>

using uo::Geometry;
namespace blob = uo::geometry_blob;

namespace {

void compareGeometry(const Geometry &actual, const Geometry &expected)
{
    QCOMPARE(int(actual.type), int(expected.type));
    QCOMPARE(actual.srid, expected.srid);
    QCOMPARE(actual.parts, expected.parts);
}

} // namespace

class TstGeometryBlob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db =
            std::make_unique<uo::sql::Database>(QStringLiteral(":memory:"), uo::sql::Database::Mode::Create);
    }
    void cleanupTestCase() { m_db.reset(); }

    void roundTrip_data() { uo::test::addGeometrySamples(); }
    void roundTrip()
    {
        QFETCH(Geometry, geometry);
        const QByteArray bytes = blob::encode(geometry);
        const auto decoded = blob::decode(bytes.constData(), int(bytes.size()));
        QVERIFY(decoded);
        compareGeometry(*decoded, geometry);
        QCOMPARE(decoded->bounds(), geometry.bounds());
    }

    void spatialiteReadsOurBlobs_data() { uo::test::addGeometrySamples(); }
    void spatialiteReadsOurBlobs()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        QFETCH(QString, typeName);
        auto st = m_db->prepare("SELECT AsText(?1), ST_IsValid(?1), GeometryType(?1), SRID(?1), "
                                "MbrMinX(?1), MbrMinY(?1), MbrMaxX(?1), MbrMaxY(?1)");
        st.bindBlob(1, blob::encode(geometry));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), wkt);
        QCOMPARE(st.int64(1), 1);
        QCOMPARE(st.text(2), typeName);
        QCOMPARE(st.int64(3), geometry.srid);
        const QRectF box = geometry.bounds();
        QCOMPARE(st.real(4), box.left());
        QCOMPARE(st.real(5), box.top());
        QCOMPARE(st.real(6), box.right());
        QCOMPARE(st.real(7), box.bottom());
    }

    // SpatiaLite's own encoder and ours produce the same bytes, MBR included.
    void sameBytesAsSpatialite_data() { uo::test::addGeometrySamples(); }
    void sameBytesAsSpatialite()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        auto st = m_db->prepare("SELECT GeomFromText(?, ?)");
        st.bind(1, wkt).bind(2, geometry.srid);
        QVERIFY(st.step());
        QCOMPARE(blob::encode(geometry).toHex(), st.blob(0).toHex());
    }

    void weReadSpatialiteBlobs_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<Geometry>("expected");
        QTest::newRow("MakePoint") << QByteArray("SELECT MakePoint(370000.25, 3277000.5, 4545)")
                                   << Geometry::point(4545, {370000.25, 3277000.5});
        QTest::newRow("linestring") << QByteArray("SELECT GeomFromText('LINESTRING(1 1, 2 3, 4 -5)', 4544)")
                                    << Geometry::lineString(4544, {{1, 1}, {2, 3}, {4, -5}});
        QTest::newRow("polygon") << QByteArray("SELECT GeomFromText('POLYGON((0 0, 4 0, 4 4, 0 0))', 4545)")
                                 << Geometry::polygon(4545, {{{0, 0}, {4, 0}, {4, 4}, {0, 0}}});
        QTest::newRow("CastToMulti polygon")
            << QByteArray("SELECT CastToMulti(GeomFromText('POLYGON((0 0, 4 0, 4 4, 0 0), (1 0.5, 3 0.5, 3 "
                          "2.5, 1 0.5))', 4490))")
            << Geometry::multiPolygon(
                   4490, {{{{0, 0}, {4, 0}, {4, 4}, {0, 0}}, {{1, 0.5}, {3, 0.5}, {3, 2.5}, {1, 0.5}}}});
        QTest::newRow("multipolygon") << QByteArray("SELECT GeomFromText('MULTIPOLYGON(((0 0, 1 0, 1 1, 0 "
                                                    "0)), ((5 5, 6 5, 6 6, 5 5)))', 4545)")
                                      << Geometry::multiPolygon(4545, {{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}},
                                                                       {{{5, 5}, {6, 5}, {6, 6}, {5, 5}}}});
    }
    void weReadSpatialiteBlobs()
    {
        QFETCH(QByteArray, sql);
        QFETCH(Geometry, expected);
        auto st = m_db->prepare(sql);
        QVERIFY(st.step());
        int size = 0;
        const char *data = st.blobData(0, &size);
        const auto decoded = blob::decode(data, size);
        QVERIFY(decoded);
        compareGeometry(*decoded, expected);
    }

    void pointFastPath()
    {
        auto st = m_db->prepare("SELECT MakePoint(392556.9673, 3285378.5795, 4545)");
        QVERIFY(st.step());
        int size = 0;
        const char *data = st.blobData(0, &size);
        double x = 0, y = 0;
        QVERIFY(blob::decodePoint(data, size, &x, &y));
        QCOMPARE(x, 392556.9673);
        QCOMPARE(y, 3285378.5795);

        const QByteArray line = blob::encode(Geometry::lineString(4545, {{1, 2}, {3, 4}}));
        QVERIFY(!blob::decodePoint(line.constData(), int(line.size()), &x, &y));
        for (int n = 0; n < size; ++n)
            QVERIFY2(!blob::decodePoint(data, n, &x, &y),
                     qPrintable(QStringLiteral("accepted %1 bytes").arg(n)));
    }

    // SpatiaLite forms the store never writes must be refused, not misread as 2D shapes.
    void refusesFormsWeDoNotWrite_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("point Z") << QByteArray("SELECT GeomFromText('POINT Z(1 2 3)', 4545)");
        QTest::newRow("linestring M")
            << QByteArray("SELECT GeomFromText('LINESTRING M(1 2 3, 4 5 6)', 4545)");
        QTest::newRow("compressed linestring")
            << QByteArray("SELECT CompressGeometry(GeomFromText('LINESTRING(1 2, 3 4, 5 6, 7 8)', 4545))");
        QTest::newRow("geometry collection") << QByteArray(
            "SELECT GeomFromText('GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1))', 4545)");
    }
    void refusesFormsWeDoNotWrite()
    {
        QFETCH(QByteArray, sql);
        auto st = m_db->prepare(sql);
        QVERIFY(st.step());
        QVERIFY(!st.isNull(0));
        int size = 0;
        const char *data = st.blobData(0, &size);
        QVERIFY(!blob::decode(data, size));
        double x, y;
        QVERIFY(!blob::decodePoint(data, size, &x, &y));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray point = blob::encode(Geometry::point(4545, {1.5, 2.5}));
        const QByteArray polygon = blob::encode(Geometry::polygon(4545, {{{0, 0}, {4, 0}, {4, 4}, {0, 0}}}));
        const QByteArray multiPolygon =
            blob::encode(Geometry::multiPolygon(4545, {{{{0, 0}, {4, 0}, {4, 4}, {0, 0}}}}));
        auto patched = [](QByteArray bytes, int offset, qint32 value) {
            std::memcpy(bytes.data() + offset, &value, 4);
            return bytes;
        };
        auto withByte = [](QByteArray bytes, int offset, char value) {
            bytes[offset] = value;
            return bytes;
        };
        QByteArray noise(60, Qt::Uninitialized);
        QRandomGenerator random(20240501);
        for (char &c : noise)
            c = char(random.bounded(256));
        noise[0] = 0x00; // get past the first check, at least
        noise[1] = 0x01;

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray(1, '\0');
        QTest::newRow("WKT text") << QByteArray("POINT(1.5 2.5)");
        QTest::newRow("noise") << noise;
        QTest::newRow("wrong start") << withByte(point, 0, 0x01);
        QTest::newRow("big endian") << withByte(point, 1, 0x00);
        QTest::newRow("no MBR end") << withByte(point, 38, 0x00);
        QTest::newRow("no end marker") << withByte(point, int(point.size()) - 1, 0x00);
        QTest::newRow("class 0") << patched(point, 39, 0);
        QTest::newRow("class 7 (collection)") << patched(point, 39, 7);
        QTest::newRow("class 1001 (XYZ point)") << patched(point, 39, 1001);
        QTest::newRow("ring count beyond blob") << patched(polygon, 43, 1000);
        QTest::newRow("negative ring count") << patched(polygon, 43, -1);
        QTest::newRow("point count beyond blob") << patched(polygon, 47, 1 << 30);
        QTest::newRow("negative point count") << patched(polygon, 47, -4);
        QTest::newRow("member count beyond blob") << patched(multiPolygon, 43, 1 << 30);
        QTest::newRow("negative member count") << patched(multiPolygon, 43, -1);
        QTest::newRow("member without entity mark") << withByte(multiPolygon, 47, 0x00);
        QTest::newRow("member of another class") << patched(multiPolygon, 48, 2);
    }
    void rejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!blob::decode(bytes.constData(), int(bytes.size())));
        QVERIFY(!blob::decode(nullptr, int(bytes.size())));
    }

    void rejectsEveryTruncation_data() { uo::test::addGeometrySamples(); }
    void rejectsEveryTruncation()
    {
        QFETCH(Geometry, geometry);
        const QByteArray bytes = blob::encode(geometry);
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY2(
                !blob::decode(bytes.constData(), n),
                qPrintable(QStringLiteral("accepted the first %1 of %2 bytes").arg(n).arg(bytes.size())));
    }

private:
    std::unique_ptr<uo::sql::Database> m_db;
};

QTEST_GUILESS_MAIN(TstGeometryBlob)
#include "tst_geometry_blob.moc"
