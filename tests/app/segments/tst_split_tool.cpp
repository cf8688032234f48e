#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/segments/proposals_dialog.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/segments_dock.h"
#include "app/workstation/segments/segments_menu.h"
#include "app/workstation/segments/split_tool.h"
#include "core/segments/segment_editor.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_viewport.h"
#include "tests/core/segments/segment_district.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace uo;
using namespace segment_district;

// The split tool driven with the mouse and keys on the real window over a real store: where a click
// snaps, that Enter applies every cut as one undo step which undo takes back exactly, that dragging a
// boundary moves it and Shift+click merges, and that the proposals apply the checked roads as one step.
class TestSplitTool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;
    qint64 m_bent = 0;  // road 4: east 100 m from (kX + 1000, kY), then north 100 m
    qint64 m_cross = 0; // road 5: crosses road 3 at 120 m along it

    // Every segment of every road, read with plain SQL: id, road, from, to, name.
    static QString state(MainWindow &window)
    {
        QString out;
        auto st = window.store()->db().prepare("SELECT id, road_id, round(from_m, 3), round(to_m, 3), name, "
                                               "coalesce(chief_id, 0) FROM road_segments ORDER BY id");
        while (st.step())
            out += QStringLiteral("%1:%2:%3-%4:%5:%6;")
                       .arg(st.int64(0))
                       .arg(st.int64(1))
                       .arg(st.real(2))
                       .arg(st.real(3))
                       .arg(st.text(4))
                       .arg(st.int64(5));
        return out;
    }

    static QList<SegmentRecord> segmentsOf(MainWindow &window, qint64 road)
    {
        return SegmentEditor(*window.store()).read(road).segments;
    }

    // The window open on the district, the map read and shown at 1 m a pixel around `centre`.
    static void open(MainWindow &window, const QString &path, QPointF centre)
    {
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDistrict(path));
        MapCanvas *canvas = window.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(canvas->snapshot() && canvas->snapshot()->layer(QStringLiteral("roads")),
                                 10000);
        canvas->setViewport(MapViewport(centre, 1.0, canvas->size()));
        window.segmentController()->menu()->splitAction()->trigger();
        QVERIFY(window.segmentController()->splitTool()->isActive());
    }

    static QPoint pixel(MainWindow &window, QPointF map)
    {
        return window.canvas()->viewport().toPixel(map).toPoint();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n));
        auto store = DistrictStore::create(m_path, DistrictSettings());
        m_ids = fill(*store);
        auto road = [&](const char *code, const QString &name, const char *grade,
                        const Geometry::Ring &points) {
            return store->insertRow(
                QStringLiteral("roads"),
                {{QStringLiteral("code"), QLatin1String(code)},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("grade"), QLatin1String(grade)},
                 {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, points))}});
        };
        m_bent = road("R4", QStringLiteral("红石路"), "branch",
                      {{kX + 1000, kY}, {kX + 1100, kY}, {kX + 1100, kY + 100}});
        m_cross =
            road("R5", QStringLiteral("洋河路"), "trunk", {{kX + 120, kY + 950}, {kX + 120, kY + 1050}});
    }

    void aClickNearAVertexSnapsToItAndEnterAppliesOneStep()
    {
        MainWindow window;
        open(window, m_path, {kX + 1050, kY + 50});
        SplitTool *tool = window.segmentController()->splitTool();
        MapCanvas *canvas = window.canvas();
        const QString before = state(window);

        // 6 px from the bend (kX + 1100, kY), within the snap distance: the cut is at the vertex, 100 m.
        const QPoint nearBend = pixel(window, {kX + 1094, kY + 1});
        QTest::mouseMove(canvas, nearBend);
        QCOMPARE(tool->roadId(), m_bent);
        QVERIFY(tool->snap().has_value());
        QCOMPARE(tool->snap()->kind, SplitTool::SnapKind::Vertex);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, nearBend);
        QCOMPARE(tool->cuts().size(), 1);
        QCOMPARE(tool->cuts().first(), 100.0);
        // Far from any vertex: the cut is where the mouse projects onto the road (40 m along it).
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, pixel(window, {kX + 1040, kY + 3}));
        QCOMPARE(tool->cuts().size(), 2);
        QVERIFY(qAbs(tool->cuts().at(1) - 40.0) < 1.0);
        // Backspace takes the last cut back; the store has not been touched yet.
        QTest::keyClick(canvas, Qt::Key_Backspace);
        QCOMPARE(tool->cuts().size(), 1);
        QCOMPARE(state(window), before);
        QCOMPARE(window.undoStack()->count(), 0);

        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY(tool->cuts().isEmpty());
        QCOMPARE(window.undoStack()->count(), 1);
        const QList<SegmentRecord> cut = segmentsOf(window, m_bent);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut.at(0).to, 100.0);
        QCOMPARE(cut.at(1).from, 100.0);
        QCOMPARE(cut.at(1).to, 200.0);
        const QString applied = state(window);

        window.undoStack()->undo();
        QCOMPARE(state(window), before);
        QVERIFY(segmentsOf(window, m_bent).isEmpty());
        window.undoStack()->redo();
        QCOMPARE(state(window), applied);
    }

    void aCrossingRoadNamesTheCut()
    {
        MainWindow window;
        open(window, m_path, {kX + 100, kY + 1000});
        SplitTool *tool = window.segmentController()->splitTool();
        MapCanvas *canvas = window.canvas();
        // At the junction, as near to road 5 as to road 3, the road taken first keeps the mouse; road 5
        // takes over where it is the nearer.
        QTest::mouseMove(canvas, pixel(window, {kX + 100, kY + 1000}));
        QCOMPARE(tool->roadId(), m_ids.road3);
        QTest::mouseMove(canvas, pixel(window, {kX + 119, kY + 1001}));
        QCOMPARE(tool->roadId(), m_ids.road3);
        QTest::mouseMove(canvas, pixel(window, {kX + 118, kY + 1006}));
        QCOMPARE(tool->roadId(), m_cross);
        // 5 px beside where road 5 crosses road 3: the cut snaps to the crossing, 120 m along road 3.
        const QPoint p = pixel(window, {kX + 115, kY + 1002});
        QTest::mouseMove(canvas, p);
        QCOMPARE(tool->roadId(), m_ids.road3);
        QCOMPARE(tool->snap()->kind, SplitTool::SnapKind::Crossing);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(tool->cuts(), QList<double>{120.0});
        // Escape forgets the cuts; a double-click cuts and applies at once.
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(tool->cuts().isEmpty());
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, p);
        QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(window.undoStack()->count(), 1);
        const QList<SegmentRecord> cut = segmentsOf(window, m_ids.road3);
        QCOMPARE(cut.size(), 2);
        QCOMPARE(cut.at(0).to, 120.0);
        QVERIFY2(cut.at(0).name.contains(QStringLiteral("洋河路")), qPrintable(cut.at(0).name));
        QVERIFY2(cut.at(1).name.contains(QStringLiteral("洋河路")), qPrintable(cut.at(1).name));
    }

    void draggingABoundaryMovesIt()
    {
        MainWindow window;
        open(window, m_path, {kX + 300, kY});
        MapCanvas *canvas = window.canvas();
        const QString before = state(window);
        // The boundary between A and B is at 300 m; 5 px off it still takes it.
        const QPoint from = pixel(window, {kX + 304, kY + 2});
        const QPoint to = pixel(window, {kX + 350, kY + 6});
        QTest::mouseMove(canvas, from);
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
        const QList<SegmentRecord> moved = segmentsOf(window, m_ids.road1);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(0).id, m_ids.a);
        QVERIFY2(qAbs(moved.at(0).to - 350.0) < 1.0, qPrintable(QString::number(moved.at(0).to)));
        QCOMPARE(moved.at(1).from, moved.at(0).to);
        QCOMPARE(moved.at(0).chiefId, m_ids.zhang); // people stay with their segments
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(state(window), before);
    }

    void shiftClickOnABoundaryMerges()
    {
        MainWindow window;
        open(window, m_path, {kX + 300, kY});
        MapCanvas *canvas = window.canvas();
        const QString before = state(window);
        const QPoint p = pixel(window, {kX + 302, kY + 3});
        QTest::mouseMove(canvas, p);
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::ShiftModifier, p);
        const QList<SegmentRecord> merged = segmentsOf(window, m_ids.road1);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.at(0).id, m_ids.a);
        QCOMPARE(merged.at(0).to, 600.0);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(state(window), before);
        window.undoStack()->redo();
        QCOMPARE(segmentsOf(window, m_ids.road1).size(), 1);
    }

    void clicksOffTheRoadsDoNotCut()
    {
        MainWindow window;
        open(window, m_path, {kX + 300, kY});
        SplitTool *tool = window.segmentController()->splitTool();
        // 30 px from road 1: no road is taken, nothing is cut, and the click pans as usual.
        const QPoint p = pixel(window, {kX + 150, kY + 30});
        QTest::mouseMove(window.canvas(), p);
        QCOMPARE(tool->roadId(), qint64(0));
        QTest::mouseClick(window.canvas(), Qt::LeftButton, Qt::NoModifier, p);
        QVERIFY(tool->cuts().isEmpty());
        QTest::keyClick(window.canvas(), Qt::Key_Return);
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void theListSelectsOnTheMapAndMergesWithTheNext()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        SegmentController *tools = window.segmentController();
        SegmentsMenu *menu = tools->menu();
        QVERIFY(!menu->mergeAction()->isEnabled()); // nothing selected
        tools->segmentsDock()->selectSegments({m_ids.a});
        QCOMPARE(window.selection()->ids(QStringLiteral("road_segments")), QSet<qint64>{m_ids.a});
        QVERIFY(menu->mergeAction()->isEnabled());
        const QString before = state(window);
        auto audited = [&window] {
            return window.store()->db().scalarInt(
                "SELECT count(*) FROM audit_log WHERE table_name = 'road_segments'");
        };
        const qint64 auditedBefore = audited();
        menu->mergeAction()->trigger();
        QCOMPARE(segmentsOf(window, m_ids.road1).size(), 1);
        QVERIFY(audited() > auditedBefore); // the merge is in the audit log
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(state(window), before);
    }

    void renamingIsOneStepAndAnEmptyNameIsRefused()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        SegmentDocument *document = window.segmentController()->document();
        const QString before = state(window);
        document->rename(m_ids.b, QStringLiteral("  建新北路东段 "));
        QCOMPARE(segmentsOf(window, m_ids.road1).at(1).name, QStringLiteral("建新北路东段"));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY_THROWS_EXCEPTION(RequestError, document->rename(m_ids.b, QStringLiteral("  ")));
        QCOMPARE(window.undoStack()->count(), 1); // a refusal pushes nothing
        window.undoStack()->undo();
        QCOMPARE(state(window), before);
    }

    void proposalsApplyTheCheckedRoadsAsOneStep()
    {
        MainWindow window;
        window.resize(1200, 900);
        QVERIFY(window.openDistrict(m_path));
        const QString before = state(window);
        ProposalsDialog *dialog = window.segmentController()->showProposals();
        // Pieces of at most 150 m, crossings of trunk roads.
        for (const QString &grade : {QStringLiteral("main"), QStringLiteral("branch")})
            if (QCheckBox *box = dialog->gradeBox(grade))
                box->setChecked(false);
        QVERIFY(dialog->gradeBox(QStringLiteral("trunk")));
        dialog->gradeBox(QStringLiteral("trunk"))->setChecked(true);
        dialog->maxLengthBox()->setValue(150);
        QTest::mouseClick(dialog->proposeButton(), Qt::LeftButton);
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(tree->topLevelItemCount(), 5);
        // Only roads 1 (600 m: four pieces) and 3 (cut at road 5, then each piece under 150 m).
        int road1 = -1, road3 = -1;
        const QList<RoadProposal> all = [&] {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                tree->topLevelItem(i)->setCheckState(0, Qt::Checked);
            return dialog->checkedProposals();
        }();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).roadId == m_ids.road1)
                road1 = i;
            if (all.at(i).roadId == m_ids.road3)
                road3 = i;
        }
        QVERIFY(road1 >= 0 && road3 >= 0);
        QCOMPARE(all.at(road1).pieces.size(), 4);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, i == road1 || i == road3 ? Qt::Checked : Qt::Unchecked);
        // The user edits the first piece's name.
        tree->topLevelItem(road1)->child(0)->setText(0, QStringLiteral("建新北路西口"));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

        QCOMPARE(window.undoStack()->count(), 1);
        const QList<SegmentRecord> one = segmentsOf(window, m_ids.road1);
        QCOMPARE(one.size(), 4);
        QCOMPARE(one.first().name, QStringLiteral("建新北路西口"));
        QCOMPARE(one.first().id, m_ids.a); // the first piece over A keeps A (and its people)
        QCOMPARE(one.first().chiefId, m_ids.zhang);
        const QList<SegmentRecord> three = segmentsOf(window, m_ids.road3);
        QVERIFY(three.size() >= 2);
        QVERIFY(std::any_of(three.begin(), three.end(),
                            [](const SegmentRecord &s) { return qAbs(s.to - 120.0) < 0.01; }));
        QVERIFY(segmentsOf(window, m_bent).isEmpty()); // unchecked: untouched
        QCOMPARE(segmentsOf(window, m_ids.road2).size(), 1);

        window.undoStack()->undo();
        QCOMPARE(state(window), before);
    }
};

QTEST_MAIN(TestSplitTool)
#include "tst_split_tool.moc"
