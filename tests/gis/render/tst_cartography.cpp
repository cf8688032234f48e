// The default style's names, scale by scale: drawn after every mark and never under one, a segment's
// name never stacked on its road's, street names at district scale, road names from about 1:25,000.
// Pixels of real renders of a small street.
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"
#include "tests/gis/render/tiny_district.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using tiny_district::kOriginX;
using tiny_district::kOriginY;
using uo::Geometry;

namespace {
constexpr int kSrid = 4545;

QPointF at(double dx, double dy)
{
    return QPointF(kOriginX + dx, kOriginY + dy);
}

int chroma(const QColor &c)
{
    return std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
}

// The pixels' bounds where `matches` holds; null when none.
template <typename F> QRect boundsWhere(const QImage &image, F &&matches)
{
    QRect bounds;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (matches(image.pixelColor(x, y)))
                bounds |= QRect(x, y, 1, 1);
    return bounds;
}
} // namespace

class TestCartography : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uo::DistrictStore> m_store;
    std::shared_ptr<const uo::MapSnapshot> m_map;

    // A trunk road 长江路 along dy = 0 from -300 to 300 m, cut into two named segments at 0, a covered
    // manhole every metre along its middle; a secondary road 北城路 along dy = 200; a street, 观音桥街道,
    // of 4 by 3 km around them.
    void createStreet(const QString &path)
    {
        uo::DistrictSettings settings;
        settings.name = QStringLiteral("Street");
        settings.srid = kSrid;
        m_store = uo::DistrictStore::create(path, settings, QStringLiteral("tester"));
        const auto line = [](double x0, double x1, double y) {
            return uo::geometry_blob::encode(Geometry::lineString(kSrid, {at(x0, y), at(x1, y)}));
        };
        m_store->insertRow(
            QStringLiteral("streets"),
            {{QStringLiteral("code"), QStringLiteral("500105006")},
             {QStringLiteral("name"), QStringLiteral("观音桥街道")},
             {QStringLiteral("kind"), QStringLiteral("street")},
             {QStringLiteral("geom"), uo::geometry_blob::encode(Geometry::multiPolygon(
                                          kSrid, {{{at(-2000, -1500), at(2000, -1500), at(2000, 1500),
                                                    at(-2000, 1500), at(-2000, -1500)}}}))}});
        const qint64 road =
            m_store->insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QStringLiteral("R1")},
                                                         {QStringLiteral("name"), QStringLiteral("长江路")},
                                                         {QStringLiteral("grade"), QStringLiteral("trunk")},
                                                         {QStringLiteral("geom"), line(-300, 300, 0)}});
        m_store->insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QStringLiteral("R2")},
                                                     {QStringLiteral("name"), QStringLiteral("北城路")},
                                                     {QStringLiteral("grade"), QStringLiteral("secondary")},
                                                     {QStringLiteral("geom"), line(-300, 300, 200)}});
        for (const auto &[from, name] : {std::pair{0.0, "长江路 (东段)"}, std::pair{300.0, "长江路 (西段)"}})
            m_store->insertRow(QStringLiteral("road_segments"),
                               {{QStringLiteral("road_id"), road},
                                {QStringLiteral("from_m"), from},
                                {QStringLiteral("to_m"), from + 300},
                                {QStringLiteral("name"), QString::fromUtf8(name)},
                                {QStringLiteral("geom"), line(from - 300, from, 0)}});
        uo::sql::Database &db = m_store->db();
        uo::sql::Transaction tx(db);
        auto insert =
            db.prepare("INSERT INTO components(ident, class_code, name, state, geom) VALUES (?, ?, ?, ?, ?)");
        for (int i = -300; i <= 300; ++i) {
            insert.bind(1, QStringLiteral("5001050101%1").arg(i + 301, 6, 10, QLatin1Char('0')))
                .bind(2, QStringLiteral("0101"))
                .bind(3, QStringLiteral("上水井盖"))
                .bind(4, QStringLiteral("intact"))
                .bindBlob(5, uo::geometry_blob::encode(Geometry::point(kSrid, at(i, 0))));
            insert.run();
        }
        tx.commit();
    }

    QImage render(double perPixel, QSize size, const uo::DistrictStyle &style) const
    {
        uo::MapRenderer renderer(m_map);
        renderer.setStyle(style);
        renderer.setVisibleLayers(style.visibleLayers());
        return renderer.renderImage(uo::MapViewport(at(0, 0), perPixel, size));
    }

    static uo::DistrictStyle withNames(bool roads, bool segments, bool streets = false)
    {
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("roads"))->labels = roads;
        style.layer(QStringLiteral("road_segments"))->labels = segments;
        style.layer(QStringLiteral("streets"))->labels = streets;
        return style;
    }

    static bool isRoadName(const QColor &c) { return chroma(c) < 16 && c.lightness() < 90; }
    static bool isSegmentName(const QColor &c)
    {
        return tiny_district::near(c, uo::map_style::segmentLabelColour(), 30);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        createStreet(m_dir.filePath(QStringLiteral("street.sqlite")));
        m_map = uo::MapSnapshot::load(*m_store);
        QCOMPARE(m_map->featureCount(QStringLiteral("components")), qint64(601));
    }

    void namesAreNeverCoveredByMarks()
    {
        // At 1:1,900 a cover every metre lines the road: the road's name lies over them. Where a cover
        // was, the name's letters show, not the cover: the names are drawn after every mark.
        const QSize size(800, 200);
        const QImage named = render(0.5, size, withNames(true, false));
        const QImage bare = render(0.5, size, withNames(false, false));
        const QColor cover = uo::map_style::componentColour(1);
        int lettersOverCovers = 0, coversLeft = 0;
        const QRect name = boundsWhere(named, isRoadName);
        QVERIFY(!name.isNull());
        for (int y = name.top(); y <= name.bottom(); ++y)
            for (int x = name.left(); x <= name.right(); ++x) {
                if (!tiny_district::near(bare.pixelColor(x, y), cover, 12))
                    continue;
                const QColor c = named.pixelColor(x, y);
                lettersOverCovers += isRoadName(c);
                coversLeft += tiny_district::near(c, cover, 12);
            }
        QVERIFY2(lettersOverCovers > 20, qPrintable(QString::number(lettersOverCovers)));
        // Under the letters and their halo no cover keeps its colour.
        QVERIFY2(coversLeft < lettersOverCovers / 4, qPrintable(QString::number(coversLeft)));
    }

    void aSegmentsNameIsNotStackedOnItsRoadsName()
    {
        const QImage image = render(0.5, QSize(800, 200), withNames(true, true));
        const QRect road = boundsWhere(image, isRoadName);
        const QRect segment = boundsWhere(image, isSegmentName);
        QVERIFY(!road.isNull());
        QVERIFY(!segment.isNull());
        // Along the same line, one after the other: no segment name in the columns of the road's name,
        // above or below it.
        for (int x = road.left(); x <= road.right(); ++x)
            for (int y = 0; y < image.height(); ++y)
                QVERIFY2(!isSegmentName(image.pixelColor(x, y)),
                         qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
    }

    void namesByScale_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::addColumn<bool>("streetName");
        QTest::addColumn<bool>("trunkName");
        QTest::addColumn<bool>("secondaryName");
        // 1:75,000: the district reads by its streets; 1:22,700: and its trunk and main roads; 1:7,200:
        // every road; 1:1,900: roads and segments, the street's name left to the roads.
        QTest::newRow("1:75,000") << 20.0 << true << false << false;
        QTest::newRow("1:22,700") << 6.0 << true << true << false;
        QTest::newRow("1:7,200") << 1.9 << false << true << true;
    }
    void namesByScale()
    {
        QFETCH(double, perPixel);
        QFETCH(bool, streetName);
        QFETCH(bool, trunkName);
        QFETCH(bool, secondaryName);
        const QSize size(600, 400);
        const QImage image = render(perPixel, size, withNames(true, true, true));
        // The street's name: its colour on enough pixels for letters (a road name's grey edges blend
        // into a road's orange near it, here and there).
        int streetPixels = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                streetPixels +=
                    tiny_district::near(image.pixelColor(x, y), uo::map_style::streetLabelColour(), 8);
        QCOMPARE(streetPixels > 30, streetName);
        // Road names sit on their roads: the trunk's on the middle row, the secondary's 200 m above.
        const QImage bare = render(perPixel, size, withNames(false, false, true));
        const auto namedAround = [&](double dy) {
            const int row = int(size.height() / 2 - dy / perPixel);
            for (int y = row - 6; y <= row + 6; ++y)
                for (int x = 0; x < size.width(); ++x)
                    if (y >= 0 && y < size.height() && isRoadName(image.pixelColor(x, y)) &&
                        image.pixelColor(x, y) != bare.pixelColor(x, y))
                        return true;
            return false;
        };
        QCOMPARE(namedAround(0), trunkName);
        QCOMPARE(namedAround(200), secondaryName);
    }
};

QTEST_MAIN(TestCartography)
#include "tst_cartography.moc"
