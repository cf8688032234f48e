#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "render/map_viewport.h"
#include "segment_district.h"
#include "segments/my_segments_dock.h"
#include "segments/my_segments_overlay.h"
#include "segments/segment_tools.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace segment_district;

// "My segments" on the map: choosing a person brings their segments forward — drawn bold in the
// overlay's colour while the rest of the map is set back — and unchecking the box or closing the dock
// gives the plain map back.
class TestMySegmentsMap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;

    static bool near(QColor a, QColor b, int tolerance = 24)
    {
        return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
               qAbs(a.blue() - b.blue()) <= tolerance;
    }

    static QImage picture(MainWindow &window)
    {
        MapCanvas *canvas = window.canvas();
        if (!QTest::qWaitFor([&] { return canvas->hasPicture() && !canvas->isRendering(); }, 20000))
            return {};
        return canvas->grab().toImage();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("s.sqlite"));
        auto store = DistrictStore::create(m_path, DistrictSettings());
        m_ids = fill(*store);
    }

    void aChiefsSegmentsStandOut()
    {
        MainWindow window;
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDistrict(m_path));
        MapCanvas *canvas = window.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(canvas->snapshot(), 10000);
        MySegmentsDock *dock = window.segmentTools()->mySegmentsDock();
        MySegmentsOverlay *overlay = window.segmentTools()->mySegmentsOverlay();
        dock->show();
        dock->raise();
        dock->focusBox()->setChecked(false);
        dock->setPerson(m_ids.zhang);
        QVERIFY(overlay->segments().isEmpty());
        // Road 1 at 1 m a pixel: segment A (Zhang's) runs from (kX, kY) to (kX + 300, kY), B on to 600 m.
        QTest::qWait(50); // the dock takes its room from the canvas
        canvas->setViewport(MapViewport(QPointF(kX + 300, kY), 1.0, canvas->size()));
        const QImage plain = picture(window);
        QVERIFY(!plain.isNull());

        dock->focusBox()->setChecked(true);
        QCOMPARE(overlay->segments(), QSet<qint64>{m_ids.a});
        const QImage focused = picture(window);
        const QPoint onA = canvas->viewport().toPixel(QPointF(kX + 150, kY)).toPoint();
        const QPoint onB = canvas->viewport().toPixel(QPointF(kX + 450, kY)).toPoint();
        const QPoint ground = canvas->viewport().toPixel(QPointF(kX + 150, kY + 150)).toPoint();
        QVERIFY2(near(focused.pixelColor(onA), MySegmentsOverlay::line()), qPrintable(focused.pixelColor(onA).name()));
        QVERIFY(!near(focused.pixelColor(onB), MySegmentsOverlay::line()));
        // The rest of the map is lighter behind the veil.
        QVERIFY(focused.pixelColor(ground).lightness() > plain.pixelColor(ground).lightness() ||
                plain.pixelColor(ground).lightness() == 255);
        QVERIFY(focused.pixelColor(onB).lightness() > plain.pixelColor(onB).lightness());

        // Unchecked: the plain map again.
        dock->focusBox()->setChecked(false);
        QVERIFY(overlay->segments().isEmpty());
        QCOMPARE(picture(window).pixelColor(onB), plain.pixelColor(onB));
        dock->focusBox()->setChecked(true);
        QCOMPARE(overlay->segments(), QSet<qint64>{m_ids.a});
        // Closing the dock too.
        dock->close();
        QTRY_VERIFY(overlay->segments().isEmpty());
    }
};

QTEST_MAIN(TestMySegmentsMap)
#include "tst_my_segments_map.moc"
