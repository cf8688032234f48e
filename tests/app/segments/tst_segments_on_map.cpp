#include "app/workstation/cases/case_controller.h"
#include "app/workstation/cases/case_panel.h"
#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/segments/my_segments_dock.h"
#include "app/workstation/segments/my_segments_model.h"
#include "app/workstation/segments/my_segments_overlay.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segments_dock.h"
#include "gis/render/map_viewport.h"
#include "tests/core/segments/segment_district.h"

#include <QCheckBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace uo;
using namespace segment_district;

// Segments on the map. The segment list and the map share the window's selection both ways: segments
// picked on the map are selected in the list (so the assignment panel follows them), segments picked in
// the list are the map's selection, and a selection of other features on the map empties the list's
// without being emptied. "My segments": choosing a person brings their segments forward — drawn bold in
// the overlay's colour while the rest of the map is set back — and unchecking the box or closing the
// dock gives the plain map back.
class TestSegmentsOnMap : public QObject
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

    static QSet<qint64> listed(MainWindow &window)
    {
        const QList<qint64> ids = window.segmentController()->segmentsDock()->selectedSegments();
        return QSet<qint64>(ids.begin(), ids.end());
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
        MySegmentsDock *dock = window.segmentController()->mySegmentsDock();
        MySegmentsOverlay *overlay = window.segmentController()->mySegmentsOverlay();
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
        QVERIFY2(near(focused.pixelColor(onA), MySegmentsOverlay::line()),
                 qPrintable(focused.pixelColor(onA).name()));
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

    void aChiefSeesTheOpenCasesOnTheirRoadsAndOpensOne()
    {
        qint64 overdue = 0, open = 0;
        {
            auto store = DistrictStore::open(m_path);
            const auto addCase = [&](const char *number, qint64 segment, const char *state, const char *due) {
                return store->insertRow(
                    QStringLiteral("cases"),
                    {{QStringLiteral("case_no"), QString::fromLatin1(number)},
                     {QStringLiteral("class_code"), QStringLiteral("0102")},
                     {QStringLiteral("source"), QStringLiteral("patrol")},
                     {QStringLiteral("reported_at"), QStringLiteral("2026-01-01T09:00:00+08:00")},
                     {QStringLiteral("state"), QString::fromLatin1(state)},
                     {QStringLiteral("due_at"), QString::fromLatin1(due)},
                     {QStringLiteral("segment_id"), segment},
                     {QStringLiteral("geom"), point(kX + 100, kY + 5)}});
            };
            open = addCase("AJ202601010001", m_ids.a, "accepted", "2099-01-01T00:00:00+08:00");
            overdue = addCase("AJ202601010002", m_ids.a, "dispatched", "2026-01-01T13:00:00+08:00");
            addCase("AJ202601010003", m_ids.a, "closed", "2026-01-01T13:00:00+08:00");
            addCase("AJ202601010004", m_ids.b, "accepted", "2099-01-01T00:00:00+08:00"); // Zhao's
        }
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        MySegmentsDock *dock = window.segmentController()->mySegmentsDock();
        dock->show();
        dock->setPerson(m_ids.zhang);
        QCOMPARE(dock->model()->rowCount(), 1);
        const QModelIndex count = dock->model()->index(0, MySegmentsModel::OpenCasesColumn);
        QCOMPARE(count.data().toString(), QStringLiteral("2 (1 overdue)"));
        QVERIFY(count.data(Qt::ForegroundRole).isValid());
        QCOMPARE(dock->model()->openCases(0).first().id, overdue); // the overdue first
        QCOMPARE(dock->model()->openCases(0).last().id, open);
        const QString details = dock->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Open cases: 2")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("AJ202601010002")));
        QVERIFY(!details.contains(QStringLiteral("AJ202601010003")));
        QVERIFY(!details.contains(QStringLiteral("AJ202601010004")));
        // A case in the list opens in the case panel.
        emit dock->details()->anchorClicked(QUrl(QStringLiteral("case:%1").arg(overdue)));
        auto *cases = window.findChild<CaseController *>();
        QVERIFY(cases);
        QCOMPARE(cases->casePanel()->caseId(), overdue);
    }

    void mapSelectionSelectsInTheListAndBack()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        FeatureSelection *selection = window.selection();
        SegmentsDock *dock = window.segmentController()->segmentsDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->view()->model()->rowCount() == 3, 10000);

        // Picked on the map: the list selects the same two segments.
        selection->select(QStringLiteral("road_segments"), {m_ids.a, m_ids.c});
        QCOMPARE(listed(window), (QSet<qint64>{m_ids.a, m_ids.c}));

        // Picked in the list: the map's selection becomes that segment alone.
        dock->selectSegments({m_ids.b});
        QCOMPARE(selection->ids(QStringLiteral("road_segments")), QSet<qint64>{m_ids.b});

        // Shops picked on the map: the list has nothing selected, and the shops stay selected.
        selection->select(QStringLiteral("shops"), {m_ids.nearShop});
        QVERIFY(listed(window).isEmpty());
        QCOMPARE(selection->ids(QStringLiteral("shops")), QSet<qint64>{m_ids.nearShop});

        // Added to the map's selection with Shift: both kinds stay, the list shows the segment.
        selection->select(QStringLiteral("road_segments"), {m_ids.a}, FeatureSelection::Mode::Add);
        QCOMPARE(listed(window), QSet<qint64>{m_ids.a});
        QCOMPARE(selection->ids(QStringLiteral("shops")), QSet<qint64>{m_ids.nearShop});
    }
};

QTEST_MAIN(TestSegmentsOnMap)
#include "tst_segments_on_map.moc"
