#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/personal_view.h"
#include "tests/gis/render/tiny_district.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

class TestMapCanvas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<uo::MainWindow> m_window;

    uo::MapCanvas *canvas() const { return m_window->canvas(); }

    static bool near(QPointF a, QPointF b, double tolerance)
    {
        return qAbs(a.x() - b.x()) <= tolerance && qAbs(a.y() - b.y()) <= tolerance;
    }

    void wheel(QPoint at, int angle)
    {
        QWheelEvent event(at, canvas()->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas(), &event);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(m_store);
    }

    void init()
    {
        uo::PersonalView::forgetAll(); // each test starts from the district's full extent
        m_window = std::make_unique<uo::MainWindow>();
        m_window->resize(900, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDistrict(m_store));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->hasPicture() && !canvas()->isRendering(), 20000);
    }

    void cleanup() { m_window.reset(); }

    void opensAtFullExtent()
    {
        const QRectF visible = canvas()->viewport().visibleMapRect();
        QVERIFY(visible.contains(canvas()->fullExtent()));
        QVERIFY(near(canvas()->viewport().centre(), canvas()->fullExtent().center(), 1e-6));
    }

    void theWheelZoomsAboutThePointer()
    {
        const QPoint at(canvas()->width() / 3, canvas()->height() / 4);
        const QPointF under = canvas()->viewport().toMap(at);
        const double before = canvas()->viewport().mapUnitsPerPixel();
        wheel(at, 120);
        QVERIFY(canvas()->viewport().mapUnitsPerPixel() < before);
        QVERIFY(near(canvas()->viewport().toPixel(under), at, 1e-6));
        QVERIFY(canvas()->isRendering());
        QTRY_VERIFY_WITH_TIMEOUT(!canvas()->isRendering(), 20000);
        QCOMPARE(canvas()->lastStats().cancelled, false);
    }

    void draggingMovesTheMapWithThePointer()
    {
        const QPoint from(200, 200), to(260, 170);
        const QPointF grabbed = canvas()->viewport().toMap(from);
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(canvas(), QPoint(230, 185));
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(near(canvas()->viewport().toPixel(grabbed), to, 1e-6));
    }

    void arrowKeysPan()
    {
        canvas()->setFocus();
        const QPointF centre = canvas()->viewport().centre();
        QTest::keyClick(canvas(), Qt::Key_Right);
        QVERIFY(canvas()->viewport().centre().x() > centre.x());
        QCOMPARE(canvas()->viewport().centre().y(), centre.y());
        QTest::keyClick(canvas(), Qt::Key_Up);
        QVERIFY(canvas()->viewport().centre().y() > centre.y());
    }

    void theStatusBarShowsWhereThePointerIs()
    {
        // The tiny district's origin lies on the central meridian of its zone, 108°E.
        const QPointF origin(tiny_district::kOriginX, tiny_district::kOriginY);
        const QPoint at = canvas()->viewport().toPixel(origin).toPoint();
        QTest::mouseMove(canvas(), at);
        const uo::MapStatusBar *bar = m_window->mapStatusBar();
        QTRY_VERIFY(bar->projectedText().contains(QStringLiteral("EPSG:4545")));
        QVERIFY2(bar->geographicText().contains(QStringLiteral("108.0")), qPrintable(bar->geographicText()));
        QVERIFY(bar->geographicText().contains(QStringLiteral("29.5")));
        QVERIFY(bar->scaleText().startsWith(QStringLiteral("Scale 1:")));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_map_canvas.moc"
