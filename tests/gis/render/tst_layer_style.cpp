#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/component_density.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"
#include "tests/gis/render/tiny_district.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace tiny_district;

namespace {
QString describe(const QColor &c)
{
    return c.name();
}

// The colour of `top` laid at `opacity` over `bottom`, as source-over composes it.
QColor over(const QColor &top, const QColor &bottom, double opacity)
{
    const auto mix = [&](int a, int b) { return int(std::round(a * opacity + b * (1 - opacity))); };
    return QColor(mix(top.red(), bottom.red()), mix(top.green(), bottom.green()),
                  mix(top.blue(), bottom.blue()));
}
} // namespace

class TestLayerStyle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uo::DistrictStore> m_store;
    std::shared_ptr<const uo::MapSnapshot> m_map;

    QImage draw(const uo::DistrictStyle &style, uo::RenderStats *stats = nullptr) const
    {
        uo::MapRenderer renderer(m_map);
        renderer.setStyle(style);
        return renderer.renderImage(viewport(), uo::JobTicket::untracked(), stats);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
        m_map = uo::MapSnapshot::load(*m_store);
    }

    void defaultsNameEveryLayerInDrawingOrder()
    {
        const uo::DistrictStyle style = uo::DistrictStyle::defaults();
        QCOMPARE(style.layers.size(), uo::mapLayers().size());
        for (int i = 0; i < style.layers.size(); ++i) {
            QCOMPARE(style.layers.at(i).table, QString::fromLatin1(uo::mapLayers().at(i).table));
            QCOMPARE(style.layers.at(i).classes.size(), uo::classKeys(style.layers.at(i).table).size());
        }
        QVERIFY(style.layer(QStringLiteral("roads"))->labels);
        QVERIFY(!style.layer(QStringLiteral("components"))->labels);
    }

    void jsonRoundTripThroughTheStore()
    {
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("roads"))->opacity = 0.4;
        style.layer(QStringLiteral("roads"))->labels = false;
        style.layer(QStringLiteral("risk_points"))->minScale = 500;
        style.layer(QStringLiteral("risk_points"))->maxScale = 25000;
        style.layer(QStringLiteral("risk_points"))->classes[0].colour = QColor(0x12, 0x34, 0x56);
        style.layer(QStringLiteral("components"))->classes[2].shape = uo::SymbolShape::Cross;
        style.layer(QStringLiteral("components"))->sizeFactor = 1.5;
        style.layer(QStringLiteral("shops"))->visible = false;
        style.layer(QStringLiteral("shops"))->colour = QColor(0x11, 0x22, 0x33, 0x80);
        style.layers.move(0, 3); // the district boundary over the roads
        QVERIFY(!(style == uo::DistrictStyle::defaults()));

        const QString path = m_dir.filePath(QStringLiteral("styled.sqlite"));
        {
            auto store = create(path);
            uo::saveDistrictStyle(*store, style);
        }
        auto reopened = uo::DistrictStore::open(path, uo::DistrictStore::Access::ReadOnly);
        QVERIFY(!reopened->setting(QString::fromLatin1(uo::kDistrictStyleSetting)).isEmpty());
        const uo::DistrictStyle loaded = uo::loadDistrictStyle(*reopened);
        QCOMPARE(loaded.order(), style.order());
        QVERIFY(loaded == style);
    }

    void aStoreWithoutAStyleOpensWithTheDefaults()
    {
        QVERIFY(uo::loadDistrictStyle(*m_store) == uo::DistrictStyle::defaults());
    }

    void badOrPartialJsonFallsBackLayerByLayer()
    {
        QString error;
        QVERIFY(uo::DistrictStyle::fromJson("not json", &error) == uo::DistrictStyle::defaults());
        QVERIFY(!error.isEmpty());

        // A layer of a newer version is dropped; layers the file leaves out keep their defaults and
        // their place next to the layer below them.
        const QByteArray json = R"({"version":1,"layers":[
            {"table":"risk_points","opacity":0.25},
            {"table":"flood_gauges","opacity":0.5},
            {"table":"district_boundary","visible":false,"opacity":7}]})";
        const uo::DistrictStyle style = uo::DistrictStyle::fromJson(json, &error);
        QCOMPARE(style.layers.size(), uo::mapLayers().size());
        QVERIFY(!style.layer(QStringLiteral("flood_gauges")));
        QCOMPARE(style.layer(QStringLiteral("risk_points"))->opacity, 0.25);
        QCOMPARE(style.layer(QStringLiteral("district_boundary"))->opacity, 1.0); // clamped
        QVERIFY(!style.layer(QStringLiteral("district_boundary"))->visible);
        QCOMPARE(style.order().indexOf(QStringLiteral("risk_points")), 0);
        QCOMPARE(style.order().indexOf(QStringLiteral("streets")),
                 style.order().indexOf(QStringLiteral("district_boundary")) + 1);
    }

    void aLayerOutsideItsScaleRangeDrawsNothing_data()
    {
        // The tiny viewport is 1 m per pixel: about 1:3,780 at 96 dpi.
        QTest::addColumn<double>("minScale");
        QTest::addColumn<double>("maxScale");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("no range") << 0.0 << 0.0 << true;
        QTest::newRow("inside") << 1000.0 << 10000.0 << true;
        QTest::newRow("only closer in") << 0.0 << 2000.0 << false;
        QTest::newRow("only farther out") << 5000.0 << 0.0 << false;
    }
    void aLayerOutsideItsScaleRangeDrawsNothing()
    {
        QFETCH(double, minScale);
        QFETCH(double, maxScale);
        QFETCH(bool, drawn);
        QVERIFY(std::abs(viewport().scaleDenominator() - 3779.5) < 1.0);
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("risk_points"))->minScale = minScale;
        style.layer(QStringLiteral("risk_points"))->maxScale = maxScale;
        uo::RenderStats stats;
        const QImage image = draw(style, &stats);
        QCOMPARE(stats.featuresRead.contains(QStringLiteral("risk_points")), drawn);
        const QColor red = uo::map_style::riskColour(QStringLiteral("red"));
        QCOMPARE(near(pixel(image, QPoint(150, 50)), red), drawn);
        QCOMPARE(near(pixel(image, QPoint(150, 50)), uo::map_style::background()), !drawn);
    }

    void opacityLaysTheLayerOverTheMap_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::newRow("one painter") << 1.0;
        QTest::newRow("high density") << 2.0;
    }
    void opacityLaysTheLayerOverTheMap()
    {
        QFETCH(double, ratio);
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("risk_points"))->opacity = 0.5;
        style.layer(QStringLiteral("components"))->opacity = 0.3;
        uo::MapRenderer renderer(m_map);
        renderer.setStyle(style);
        const QImage image = renderer.renderImage(viewport(ratio));
        const QColor background = uo::map_style::background();
        const QColor red = uo::map_style::riskColour(QStringLiteral("red"));
        const QColor risk = pixel(image, QPoint(150, 50) * ratio);
        QVERIFY2(near(risk, over(red, background, 0.5), 6), qPrintable(describe(risk)));
        const QColor defect = uo::map_style::componentColour(uo::map_style::kDefect);
        const QColor cover = pixel(image, QPoint(100, 80) * ratio);
        QVERIFY2(near(cover, over(defect, background, 0.3), 6), qPrintable(describe(cover)));
    }

    void theOrderDecidesWhatLiesOnTop()
    {
        // By default the segments lie on their road; moved under it, the road's surface shows there.
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        const QColor segment = uo::map_style::unassignedSegmentColour();
        QVERIFY(near(pixel(draw(style), QPoint(60, 150)), segment));
        const int roads = int(style.order().indexOf(QStringLiteral("roads")));
        const int segments = int(style.order().indexOf(QStringLiteral("road_segments")));
        style.layers.move(segments, roads);
        const QColor surface = pixel(draw(style), QPoint(60, 150));
        QVERIFY2(near(surface, uo::map_style::roadStyle(QStringLiteral("trunk")).fill),
                 qPrintable(describe(surface)));
    }

    void classColoursAndSizesComeFromTheStyle()
    {
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        const QColor green(0x00, 0xc0, 0x40);
        for (uo::SymbolClass &c : style.layer(QStringLiteral("risk_points"))->classes)
            if (c.key == QLatin1String("red"))
                c.colour = green;
        QVERIFY(near(pixel(draw(style), QPoint(150, 50)), green));

        // The red risk point is 7 px across at 1 m per pixel; three times the size reaches 9 px out.
        QVERIFY(near(pixel(draw(style), QPoint(159, 50)), uo::map_style::background()));
        style.layer(QStringLiteral("risk_points"))->sizeFactor = 3.0;
        QVERIFY(near(pixel(draw(style), QPoint(159, 50)), green));
    }

    void segmentsAreColouredByChief()
    {
        const QString path = m_dir.filePath(QStringLiteral("chiefs.sqlite"));
        auto store = create(path);
        const qint64 chief =
            store->insertRow(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Chief")},
                                                        {QStringLiteral("role"), QStringLiteral("officer")}});
        // The segment from dx -80 to 0 (the first along its road) gets the chief; the other has none.
        auto st = store->db().prepare("SELECT id FROM road_segments WHERE from_m = 0");
        QVERIFY(st.step());
        store->updateRow(QStringLiteral("road_segments"), st.int64(0), {{QStringLiteral("chief_id"), chief}});
        const auto map = uo::MapSnapshot::load(*store);
        uo::MapRenderer renderer(map);
        const QImage image = renderer.renderImage(viewport());
        const QColor assigned = uo::map_style::chiefColour(uo::map_style::segmentColour(0), chief, 0);
        QVERIFY2(near(pixel(image, QPoint(60, 150)), assigned),
                 qPrintable(describe(pixel(image, QPoint(60, 150)))));
        QVERIFY(near(pixel(image, QPoint(140, 150)), uo::map_style::unassignedSegmentColour()));
        // Another chief's shade differs, so that a change of chief along a road shows.
        QVERIFY(
            !near(uo::map_style::chiefColour(uo::map_style::segmentColour(0), chief + 1, 0), assigned, 12));
    }

    void defectsStandOutFromEveryIntactClass()
    {
        // The bureau's complaint: covers along the roads read as red. No intact class may be near the
        // defect red, nor near a risk colour.
        const QColor defect = uo::map_style::componentColour(uo::map_style::kDefect);
        for (int kind = 0; kind < uo::map_style::kComponentKinds; ++kind) {
            if (kind == uo::map_style::kDefect)
                continue;
            const QColor c = uo::map_style::componentColour(kind);
            const double distance =
                std::hypot(c.red() - defect.red(), c.green() - defect.green(), c.blue() - defect.blue());
            QVERIFY2(distance > 150, qPrintable(describe(c)));
            // Warm hues (red to orange, and pink) are kept for defects and risks.
            const int hue = c.hslHue();
            QVERIFY2(hue < 0 || c.hslSaturation() < 40 || (hue > 50 && hue < 300), qPrintable(describe(c)));
        }
    }

    void atDistrictScaleComponentsAreADensitySurface_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::newRow("1:75,000 (20 m a pixel)") << 20.0;
        QTest::newRow("1:225,000 (60 m a pixel)") << 60.0;
    }
    void atDistrictScaleComponentsAreADensitySurface()
    {
        // A million components one mark a pixel are confetti that covers every road: farther out they
        // are one quiet tone whose strength says how many there are.
        QFETCH(double, perPixel);
        const uo::MapViewport vp(QPointF(kOriginX + 60, kOriginY - 20), perPixel, QSize(200, 200));
        // Every component counted, in the cells where they lie.
        const uo::render::ComponentDensity density(*m_map->components(), vp, uo::JobTicket::untracked());
        QCOMPARE(density.pointCount(), qint64(kComponentCount));
        qint64 sum = 0;
        quint32 most = 0;
        for (int y = 0; y < density.cells().height(); ++y)
            for (int x = 0; x < density.cells().width(); ++x) {
                sum += density.count(x, y);
                most = std::max(most, density.count(x, y));
            }
        QCOMPARE(sum, qint64(kComponentCount));
        QVERIFY(most >= quint32(kClusterSize));

        uo::MapRenderer renderer(m_map);
        renderer.setVisibleLayers({QStringLiteral("components")});
        uo::RenderStats stats;
        const QImage image = renderer.renderImage(vp, uo::JobTicket::untracked(), &stats);
        QCOMPARE(stats.featuresRead.value(QStringLiteral("components")), qint64(kComponentCount));
        QCOMPARE(stats.componentMarks, qint64(0));
        // At the cluster the surface's colour shows, at most at its opacity; far from it, nothing.
        const QColor tone = uo::map_style::componentDensityColour();
        const QColor strongest =
            over(tone, uo::map_style::background(), uo::map_style::kComponentDensityMaxOpacity);
        const QColor atCluster = pixel(image, QPoint(100, 100));
        QVERIFY2(!near(atCluster, uo::map_style::background(), 5), qPrintable(describe(atCluster)));
        const QColor paper = uo::map_style::background();
        QVERIFY2(atCluster.blue() - atCluster.red() > paper.blue() - paper.red() &&
                     atCluster.red() >= strongest.red() - 3,
                 qPrintable(describe(atCluster)));
        QVERIFY(near(pixel(image, QPoint(5, 5)), uo::map_style::background(), 2));
        // No class colour and no defect red: a surface, not marks.
        const QColor defect = uo::map_style::componentColour(uo::map_style::kDefect);
        for (int y = 90; y < 110; ++y)
            for (int x = 90; x < 110; ++x)
                QVERIFY(!near(pixel(image, QPoint(x, y)), defect, 60));
    }

    void riskPointsStayLightAtDistrictScale()
    {
        // At 1:100,000 and beyond, 2,850 risk points must not cover the map: each a dot of a few pixels.
        QVERIFY(uo::map_style::riskRadiusPixels(30.0) * 2 <= 3.5);
        QVERIFY(uo::map_style::riskRadiusPixels(1.0) > uo::map_style::riskRadiusPixels(10.0));
    }
};

QTEST_MAIN(TestLayerStyle)
#include "tst_layer_style.moc"
