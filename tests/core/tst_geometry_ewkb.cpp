// EWKB, the form PostGIS sends and receives geometry in: SpatiaLite (whose EWKB functions follow
// PostGIS) reads what we write and we read what it writes; store blobs go to EWKB and back bit for bit;
// anything but 2D geometry of the kinds the store holds is refused rather than misread.

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/geometry_ewkb.h"
#include "tests/core/geometry_samples.h"

#include <QTest>
#include <QtEndian>

using uo::Geometry;
namespace ewkb = uo::geometry_ewkb;

class TstGeometryEwkb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db =
            std::make_unique<uo::sql::Database>(QStringLiteral(":memory:"), uo::sql::Database::Mode::Create);
    }
    void cleanupTestCase() { m_db.reset(); }

    void spatialiteReadsOurs_data() { uo::test::addGeometrySamples(); }
    void spatialiteReadsOurs()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        auto st = m_db->prepare("SELECT AsText(GeomFromEWKB(?1)), SRID(GeomFromEWKB(?1))");
        st.bind(1, QString::fromLatin1(ewkb::encode(geometry).toHex()));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), wkt);
        QCOMPARE(st.int64(1), geometry.srid);
    }

    void weReadSpatialites_data() { uo::test::addGeometrySamples(); }
    void weReadSpatialites()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        auto st = m_db->prepare("SELECT AsEWKB(GeomFromText(?, ?))");
        st.bind(1, wkt).bind(2, geometry.srid);
        QVERIFY(st.step());
        const QByteArray bytes = QByteArray::fromHex(st.text(0).toLatin1());
        const auto decoded = ewkb::decode(bytes.constData(), int(bytes.size()));
        QVERIFY(decoded);
        QCOMPARE(int(decoded->type), int(geometry.type));
        QCOMPARE(decoded->srid, geometry.srid);
        QCOMPARE(decoded->parts, geometry.parts);
    }

    // SpatiaLite's blob -> EWKB -> blob gives SpatiaLite's bytes back, MBR included.
    void storeBlobRoundTrip_data() { uo::test::addGeometrySamples(); }
    void storeBlobRoundTrip()
    {
        QFETCH(Geometry, geometry);
        QFETCH(QString, wkt);
        auto st = m_db->prepare("SELECT GeomFromText(?, ?)");
        st.bind(1, wkt).bind(2, geometry.srid);
        QVERIFY(st.step());
        const QByteArray blob = st.blob(0);
        const QByteArray asEwkb = ewkb::fromStoreBlob(blob.constData(), int(blob.size()));
        QVERIFY(!asEwkb.isEmpty());
        QCOMPARE(asEwkb.toHex(), ewkb::encode(geometry).toHex());
        QCOMPARE(ewkb::toStoreBlob(asEwkb.constData(), int(asEwkb.size())).toHex(), blob.toHex());
    }

    // XDR (big-endian) EWKB, which other PostGIS clients may send, reads the same.
    void bigEndian()
    {
        QByteArray xdr;
        auto put32 = [&](quint32 v) {
            v = qToBigEndian(v);
            xdr.append(reinterpret_cast<const char *>(&v), 4);
        };
        auto putReal = [&](double d) {
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            bits = qToBigEndian(bits);
            xdr.append(reinterpret_cast<const char *>(&bits), 8);
        };
        xdr.append(char(0));
        put32(0x20000001);
        put32(4545);
        putReal(370000.125);
        putReal(3277000.75);
        const auto decoded = ewkb::decode(xdr.constData(), int(xdr.size()));
        QVERIFY(decoded);
        QCOMPARE(decoded->srid, 4545);
        QCOMPARE(decoded->parts, Geometry::point(4545, {370000.125, 3277000.75}).parts);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("point Z") << QByteArray("SELECT AsEWKB(GeomFromText('POINT Z(1 2 3)', 4545))");
        QTest::newRow("linestring M")
            << QByteArray("SELECT AsEWKB(GeomFromText('LINESTRING M(1 2 3, 4 5 6)', 4545))");
        QTest::newRow("geometry collection") << QByteArray(
            "SELECT AsEWKB(GeomFromText('GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1))', 4545))");
    }
    void refused()
    {
        QFETCH(QByteArray, sql);
        auto st = m_db->prepare(sql);
        QVERIFY(st.step());
        const QByteArray bytes = QByteArray::fromHex(st.text(0).toLatin1());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!ewkb::decode(bytes.constData(), int(bytes.size())));
        QVERIFY(ewkb::toStoreBlob(bytes.constData(), int(bytes.size())).isEmpty());
    }

    void refusesTruncatedAndTrailing_data() { uo::test::addGeometrySamples(); }
    void refusesTruncatedAndTrailing()
    {
        QFETCH(Geometry, geometry);
        const QByteArray bytes = ewkb::encode(geometry);
        for (int n = 0; n < bytes.size(); ++n)
            QVERIFY2(!ewkb::decode(bytes.constData(), n),
                     qPrintable(QStringLiteral("accepted %1 bytes").arg(n)));
        const QByteArray longer = bytes + QByteArray(1, '\0');
        QVERIFY(!ewkb::decode(longer.constData(), int(longer.size())));
    }

private:
    std::unique_ptr<uo::sql::Database> m_db;
};

QTEST_GUILESS_MAIN(TstGeometryEwkb)
#include "tst_geometry_ewkb.moc"
