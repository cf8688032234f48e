#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"
#include "gis/render/render_job.h"
#include "tests/gis/render/tiny_district.h"

#include <QFile>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>

using namespace tiny_district;

namespace {
QSet<QString> allLayersBut(const QString &hidden)
{
    QSet<QString> tables;
    for (const uo::LayerInfo &layer : uo::mapLayers())
        if (hidden != QLatin1String(layer.table))
            tables.insert(QString::fromLatin1(layer.table));
    return tables;
}

QString describe(const QColor &c)
{
    return c.name();
}
} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private:
    tiny_district::Loaded m_tiny;

private slots:
    void initTestCase() { QVERIFY(tiny_district::load(m_tiny)); }

    void colourAtKnownPixels_data()
    {
        using namespace uo::map_style;
        QTest::addColumn<QPoint>("at");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("background") << QPoint(5, 5) << background();
        QTest::newRow("red risk point") << QPoint(150, 50) << riskColour(QStringLiteral("red"));
        QTest::newRow("blue risk point") << QPoint(50, 50) << riskColour(QStringLiteral("blue"));
        QTest::newRow("greening component") << QPoint(50, 120) << componentColour(4);
        QTest::newRow("damaged cover") << QPoint(100, 80) << componentColour(kDefect);
        QTest::newRow("trunk road surface") << QPoint(100, 140) << roadStyle(QStringLiteral("trunk")).fill;
        // The tiny district's segments have no chief yet: both in the warning colour.
        QTest::newRow("first segment, no chief") << QPoint(60, 150) << unassignedSegmentColour();
        QTest::newRow("second segment, no chief") << QPoint(140, 150) << unassignedSegmentColour();
        QTest::newRow("shop") << QPoint(80, 20) << shopColour();
        QTest::newRow("outside the road") << QPoint(100, 175) << background();
    }
    void colourAtKnownPixels()
    {
        QFETCH(QPoint, at);
        QFETCH(QColor, expected);
        uo::MapRenderer renderer(m_tiny.map);
        const QImage image = renderer.renderImage(viewport());
        QCOMPARE(image.size(), QSize(200, 200));
        const QColor actual = pixel(image, at);
        QVERIFY2(near(actual, expected),
                 qPrintable(describe(actual) + QStringLiteral(" != ") + describe(expected)));
    }

    void hiddenLayersAreNotDrawn()
    {
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers(allLayersBut(QStringLiteral("risk_points")));
        uo::RenderStats stats;
        const QImage image = renderer.renderImage(viewport(), uo::JobTicket::untracked(), &stats);
        QVERIFY(near(pixel(image, QPoint(150, 50)), uo::map_style::background()));
        QVERIFY(!stats.featuresRead.contains(QStringLiteral("risk_points")));
        QVERIFY(near(pixel(image, QPoint(50, 120)), uo::map_style::componentColour(4)));
    }

    void everyComponentIsAccountedFor_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::addColumn<int>("minMarks");
        QTest::addColumn<int>("maxMarks");
        // At 1 m per pixel: one mark per component position and class. At 200 m per pixel they are a
        // density surface, no mark at all, and still every one of them is counted.
        QTest::newRow("street scale") << 1.0 << 4 << 4;
        QTest::newRow("district scale") << 200.0 << 0 << 0;
    }
    void everyComponentIsAccountedFor()
    {
        QFETCH(double, perPixel);
        QFETCH(int, minMarks);
        QFETCH(int, maxMarks);
        uo::MapViewport vp = viewport();
        vp.setMapUnitsPerPixel(perPixel);
        uo::MapRenderer renderer(m_tiny.map);
        uo::RenderStats stats;
        renderer.renderImage(vp, uo::JobTicket::untracked(), &stats);
        QCOMPARE(stats.featuresRead.value(QStringLiteral("components")), qint64(kComponentCount));
        QVERIFY2(stats.componentMarks >= minMarks && stats.componentMarks <= maxMarks,
                 qPrintable(QString::number(stats.componentMarks)));
        QVERIFY(!stats.cancelled);
    }

    // A damaged or missing component stands out as a larger disc where symbols are drawn; farther out
    // than about 1:7,500, where covers line every road, the components are a density surface and no
    // defect colours a road red.
    void defectsShowWhereSymbolsAreDrawn_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::addColumn<int>("minRed");
        QTest::addColumn<int>("maxRed");
        QTest::newRow("1:3,780 (1 m a pixel)") << 1.0 << 3 << 60;
        QTest::newRow("1:7,200 (1.9 m a pixel)") << 1.9 << 3 << 60;
        QTest::newRow("1:15,000 (4 m a pixel)") << 4.0 << 0 << 0;
        QTest::newRow("1:28,000 (7.5 m a pixel)") << 7.5 << 0 << 0;
    }
    void defectsShowWhereSymbolsAreDrawn()
    {
        QFETCH(double, perPixel);
        QFETCH(int, minRed);
        QFETCH(int, maxRed);
        uo::MapViewport vp = viewport();
        vp.setMapUnitsPerPixel(perPixel);
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({QStringLiteral("components")});
        const QImage image = renderer.renderImage(vp);
        // The damaged cover lies 20 m north of the centre.
        const QPoint cover(100, 100 - int(20 / perPixel));
        int red = 0;
        for (int y = cover.y() - 8; y <= cover.y() + 8; ++y)
            for (int x = cover.x() - 8; x <= cover.x() + 8; ++x)
                red +=
                    near(pixel(image, QPoint(x, y)), uo::map_style::componentColour(uo::map_style::kDefect))
                        ? 1
                        : 0;
        QVERIFY2(red >= minRed && red <= maxRed, qPrintable(QString::number(red)));
    }

    void aTinyPermitIsADotWhereItIs_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::newRow("street scale") << 1.0;
        QTest::newRow("district scale") << 200.0;
    }
    void aTinyPermitIsADotWhereItIs()
    {
        // A ring far smaller than a pixel leaves no path to draw; its dot must still go where it lies
        // and not to the corner of the picture.
        QFETCH(double, perPixel);
        uo::MapViewport vp = viewport();
        vp.setMapUnitsPerPixel(perPixel);
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({QStringLiteral("permits")});
        const QImage image = renderer.renderImage(vp);
        const QPointF centre = vp.toPixel(QPointF(kOriginX - 21, kOriginY - 81));
        QVERIFY(!near(pixel(image, centre.toPoint()), uo::map_style::background(), 8));
        for (const QPoint corner : {QPoint(0, 0), QPoint(1, 1), QPoint(2, 2)})
            QVERIFY(near(pixel(image, corner), uo::map_style::background(), 0));
    }

    void onlyTheVisibleRectIsRead()
    {
        // 60 x 60 m around the blue risk point: no component, no road, one risk point.
        const uo::MapViewport vp(QPointF(kOriginX - 50, kOriginY + 50), 1.0, QSize(60, 60));
        uo::MapRenderer renderer(m_tiny.map);
        uo::RenderStats stats;
        const QImage image = renderer.renderImage(vp, uo::JobTicket::untracked(), &stats);
        QCOMPARE(stats.featuresRead.value(QStringLiteral("components")), 0);
        QCOMPARE(stats.featuresRead.value(QStringLiteral("roads")), 0);
        QCOMPARE(stats.featuresRead.value(QStringLiteral("risk_points")), 1);
        QVERIFY(near(pixel(image, QPoint(30, 30)), uo::map_style::riskColour(QStringLiteral("blue"))));
    }

    void cancelledBeforeStartDrawsNoLayer()
    {
        uo::JobTracker jobs;
        const uo::JobTicket withdrawn = jobs.start();
        jobs.cancelAll();
        uo::MapRenderer renderer(m_tiny.map);
        uo::RenderStats stats;
        const QImage image = renderer.renderImage(viewport(), withdrawn, &stats);
        QVERIFY(stats.cancelled);
        QVERIFY(stats.featuresRead.isEmpty());
        QVERIFY(near(pixel(image, QPoint(150, 50)), uo::map_style::background()));
    }

    void highDensityScreensDrawInDevicePixels()
    {
        uo::MapRenderer renderer(m_tiny.map);
        const QImage image = renderer.renderImage(viewport(2.0));
        QCOMPARE(image.size(), QSize(400, 400));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(near(pixel(image, QPoint(300, 100)), uo::map_style::riskColour(QStringLiteral("red"))));
        QVERIFY(near(pixel(image, QPoint(200, 160)), uo::map_style::componentColour(uo::map_style::kDefect)));
    }

    void drawsOntoAnyPainter()
    {
        // The same renderer draws into a painter someone else set up, here offset as on a report sheet.
        QImage sheet(300, 300, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.translate(100, 100);
        uo::MapRenderer renderer(m_tiny.map);
        renderer.render(painter, viewport());
        painter.end();
        QCOMPARE(pixel(sheet, QPoint(50, 50)), QColor(Qt::white));
        QVERIFY(near(pixel(sheet, QPoint(250, 150)), uo::map_style::riskColour(QStringLiteral("red"))));
    }

    void bandsDrawWhatOnePainterDraws_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::newRow("ordinary screen") << 1.0;
        QTest::newRow("high density") << 2.0;
        QTest::newRow("fractional ratio") << 1.5;
    }
    void bandsDrawWhatOnePainterDraws()
    {
        // Large enough for renderImage to draw two bands at once; render() onto a painter draws in one.
        QFETCH(double, ratio);
        const uo::MapViewport vp(QPointF(kOriginX, kOriginY), 0.5, QSize(480, 360), ratio);
        uo::MapRenderer renderer(m_tiny.map);
        uo::RenderStats banded;
        const QImage image = renderer.renderImage(vp, uo::JobTicket::untracked(), &banded);
        QImage whole(vp.deviceSize(), QImage::Format_ARGB32_Premultiplied);
        whole.setDevicePixelRatio(ratio);
        QPainter painter(&whole);
        const uo::RenderStats once = renderer.render(painter, vp);
        painter.end();
        // Every feature counted once, whichever band drew it.
        QCOMPARE(banded.featuresRead, once.featuresRead);
        QCOMPARE(banded.componentMarks, once.componentMarks);
        QCOMPARE(banded.labels, once.labels);
        QCOMPARE(image.size(), whole.size());
        int differing = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                differing += near(image.pixelColor(x, y), whole.pixelColor(x, y), 16) ? 0 : 1;
        // Antialiased edges may round differently; no seam, no missing symbol.
        QVERIFY2(differing <= image.width() * image.height() / 500, qPrintable(QString::number(differing)));
    }

    void vectorDevicesGetEveryMarkToo()
    {
        // A PDF report gets the marks as vector points, not as a picture of them.
        QPicture picture;
        QPainter painter(&picture);
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({QStringLiteral("components")});
        const uo::RenderStats stats = renderer.render(painter, viewport());
        painter.end();
        QCOMPARE(stats.componentMarks, 4);
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter replay(&image);
        picture.play(&replay);
        replay.end();
        QVERIFY(near(pixel(image, QPoint(50, 120)), uo::map_style::componentColour(4)));
        QVERIFY(near(pixel(image, QPoint(100, 80)), uo::map_style::componentColour(uo::map_style::kDefect)));
    }

    void namesShowAtStreetScale_data()
    {
        QTest::addColumn<double>("perPixel");
        QTest::addColumn<bool>("named");
        QTest::newRow("1:500") << 500 * 0.0254 / 96 << true;
        QTest::newRow("district scale") << 20.0 << false;
    }
    void namesShowAtStreetScale()
    {
        QFETCH(double, perPixel);
        QFETCH(bool, named);
        // 400 pixels along the trunk road, whatever the scale.
        uo::MapViewport vp(QPointF(kOriginX, kOriginY - 50), perPixel, QSize(400, 200));
        uo::MapRenderer renderer(m_tiny.map);
        uo::RenderStats stats;
        renderer.renderImage(vp, uo::JobTicket::untracked(), &stats);
        QCOMPARE(stats.labels > 0, named);
    }

    void renderJobDrawsTheSnapshot()
    {
        const uo::RenderRequest request{m_tiny.map, viewport(), allLayersBut(QString())};
        const uo::RenderResult result = uo::runRenderJob(request, uo::JobTicket::untracked());
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.image.size(), QSize(200, 200));
        QVERIFY(near(pixel(result.image, QPoint(150, 50)), uo::map_style::riskColour(QStringLiteral("red"))));

        const uo::RenderResult withoutMap =
            uo::runRenderJob({nullptr, viewport(), {}}, uo::JobTicket::untracked());
        QVERIFY(withoutMap.image.isNull());
        QVERIFY(!withoutMap.error.isEmpty());
    }

    void theStoreIsNotNeededToDraw()
    {
        // The snapshot outlives its store: drawing reads nothing from the file.
        const QString path = m_tiny.dir.filePath(QStringLiteral("closed.sqlite"));
        std::shared_ptr<const uo::MapSnapshot> map;
        {
            auto store = create(path);
            map = uo::MapSnapshot::load(*store);
        }
        QVERIFY(QFile::remove(path));
        uo::MapRenderer renderer(map);
        const QImage image = renderer.renderImage(viewport());
        QVERIFY(near(pixel(image, QPoint(150, 50)), uo::map_style::riskColour(QStringLiteral("red"))));
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_map_renderer.moc"
