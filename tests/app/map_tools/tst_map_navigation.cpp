#include "app/workstation/cases/case_controller.h"
#include "app/workstation/cases/case_panel.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/map_tools/bookmark_model.h"
#include "app/workstation/map_tools/extent_history.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/map_tools/identify_dock.h"
#include "app/workstation/map_tools/identify_tool.h"
#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/map_tools/measure_tool.h"
#include "app/workstation/map_tools/search_box.h"
#include "app/workstation/map_tools/select_tool.h"
#include "app/workstation/map_tools/zoom_box_tool.h"
#include "app/workstation/personal_view.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "gis/render/map_style.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tiny_district;

// The Map toolbar driven as a user would, with mouse and key events on an offscreen window showing
// the tiny district (see tiny_district.h for where everything lies).
class TestMapNavigation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    std::unique_ptr<uo::MainWindow> m_window;

    uo::MapCanvas *canvas() const { return m_window->canvas(); }
    uo::MapController *tools() const { return m_window->mapController(); }
    uo::FeatureSelection *selection() const { return m_window->selection(); }
    static QPointF at(double dx, double dy) { return QPointF(kOriginX + dx, kOriginY + dy); }
    QPoint pixel(double dx, double dy) const { return canvas()->viewport().toPixel(at(dx, dy)).toPoint(); }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(canvas(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(canvas(), (from + to) / 2);
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, modifiers, to);
    }
    static bool near(double a, double b, double tolerance) { return qAbs(a - b) <= tolerance; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        create(m_store);
    }

    void init()
    {
        uo::PersonalView::forgetAll(); // each test starts from the district's full extent
        m_window = std::make_unique<uo::MainWindow>();
        m_window->resize(1000, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDistrict(m_store));
        QTRY_VERIFY_WITH_TIMEOUT(canvas()->hasPicture() && !canvas()->isRendering(), 20000);
    }

    void cleanup() { m_window.reset(); }

    void boxZoomShowsTheBoxAndPreviousNextRestore()
    {
        const uo::MapViewport before = canvas()->viewport();
        tools()->zoomBoxAction()->trigger();
        QCOMPARE(canvas()->tool(), static_cast<uo::MapTool *>(tools()->zoomBoxTool()));
        // A box 40 m wide around the red risk point.
        drag(pixel(30, 60), pixel(70, 40));
        const QRectF visible = canvas()->viewport().visibleMapRect();
        QVERIFY(canvas()->viewport().mapUnitsPerPixel() < before.mapUnitsPerPixel() / 2);
        QVERIFY(visible.contains(QRectF(at(31, 41), at(69, 59)).normalized()));
        QVERIFY(near(canvas()->viewport().centre().x(), kOriginX + 50, 0.5));
        QVERIFY(near(canvas()->viewport().centre().y(), kOriginY + 50, 0.5));
        const uo::MapViewport zoomed = canvas()->viewport();

        tools()->history()->settle();
        QVERIFY(tools()->previousExtentAction()->isEnabled());
        QVERIFY(!tools()->nextExtentAction()->isEnabled());
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(canvas()->viewport().centre(), before.centre());
        QCOMPARE(canvas()->viewport().mapUnitsPerPixel(), before.mapUnitsPerPixel());
        QVERIFY(tools()->nextExtentAction()->isEnabled());
        QTest::keyClick(canvas(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(canvas()->viewport().centre(), zoomed.centre());
        QCOMPARE(canvas()->viewport().mapUnitsPerPixel(), zoomed.mapUnitsPerPixel());
    }

    void aWheelSpinIsOneStepOfHistory()
    {
        const double start = canvas()->viewport().mapUnitsPerPixel();
        tools()->history()->settle();
        for (int i = 0; i < 3; ++i)
            canvas()->zoomIn();
        // Without settle(): the map rests for a moment and counts the spin as one view.
        QTRY_VERIFY(tools()->previousExtentAction()->isEnabled());
        tools()->previousExtentAction()->trigger();
        QCOMPARE(canvas()->viewport().mapUnitsPerPixel(), start);
        QVERIFY(!tools()->previousExtentAction()->isEnabled());
    }

    void theScaleBoxSetsTheScale_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("denominator");
        QTest::newRow("1:500") << QStringLiteral("1:500") << 500.0;
        QTest::newRow("with a group separator") << QStringLiteral("1:2,000") << 2000.0;
        QTest::newRow("full-width colon") << QStringLiteral("1\uff1a1000") << 1000.0;
        QTest::newRow("just the number") << QStringLiteral("750") << 750.0;
    }
    void theScaleBoxSetsTheScale()
    {
        QFETCH(QString, typed);
        QFETCH(double, denominator);
        QComboBox *box = m_window->mapStatusBar()->scaleBox();
        const QPointF centre = canvas()->viewport().centre();
        box->lineEdit()->setFocus();
        // As an input method would put it there: QTest types only ASCII.
        box->lineEdit()->setText(typed);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QVERIFY(near(canvas()->viewport().scaleDenominator(canvas()->logicalDpiX()), denominator, 1e-6));
        QCOMPARE(canvas()->viewport().centre(), centre);
        QCOMPARE(box->currentText(), QStringLiteral("1:%1").arg(QLocale().toString(qRound(denominator))));
    }

    void theScaleBoxOffersTheWholeDistrict()
    {
        QComboBox *box = m_window->mapStatusBar()->scaleBox();
        tools()->setScale(500);
        const int last = box->count() - 1;
        QCOMPARE(box->itemData(last).toDouble(), 0.0);
        box->activated(last);
        QVERIFY(canvas()->viewport().visibleMapRect().contains(canvas()->fullExtent()));
        QCOMPARE(uo::MapStatusBar::parseScale(QStringLiteral("2:500")), 0.0);
        QCOMPARE(uo::MapStatusBar::parseScale(QStringLiteral("abc")), 0.0);
    }

    void rectangleSelectSelectsWhatIsInside()
    {
        tools()->selectRectangleAction()->trigger();
        QCOMPARE(canvas()->tool(), static_cast<uo::MapTool *>(tools()->selectRectangleTool()));
        // Around the red risk point and the cluster of components, nothing else.
        drag(pixel(40, 60), pixel(70, -30));
        QStringList tables = selection()->tables();
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("components"), QStringLiteral("risk_points")}));
        QCOMPARE(selection()->count(QStringLiteral("risk_points")), 1);
        QCOMPARE(selection()->count(QStringLiteral("components")), qint64(kClusterSize + 1));
        QCOMPARE(selection()->count(), qint64(kClusterSize + 2));

        // Shift adds the shop; Ctrl takes the cluster away again.
        drag(pixel(-25, 85), pixel(-15, 75), Qt::ShiftModifier);
        QCOMPARE(selection()->count(QStringLiteral("shops")), 1);
        QCOMPARE(selection()->count(QStringLiteral("risk_points")), 1);
        drag(pixel(55, -15), pixel(65, -25), Qt::ControlModifier);
        QCOMPARE(selection()->count(QStringLiteral("components")), 0);
        QCOMPARE(selection()->count(), 2);
        QCOMPARE(tools()->zoomToSelectionAction()->isEnabled(), true);

        // Esc empties the selection.
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(selection()->isEmpty());
    }

    void clickSelectTakesTheTopmostAndCtrlToggles()
    {
        tools()->selectRectangleAction()->trigger();
        // Four pixels from the blue risk point: within its symbol.
        const QPoint blue = pixel(-50, 50) + QPoint(4, 0);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, blue);
        QCOMPARE(selection()->count(QStringLiteral("risk_points")), 1);
        QCOMPARE(selection()->count(), 1);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::ControlModifier, blue);
        QVERIFY(selection()->isEmpty());
        // Clicking open ground clears.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, blue);
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(-70, 70));
        QVERIFY(selection()->isEmpty());
    }

    void polygonSelect()
    {
        tools()->selectPolygonAction()->trigger();
        // A triangle around the damaged cover at (0, 20) only.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(-10, 10));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(10, 10));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(0, 40));
        QVERIFY(selection()->isEmpty());
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Return);
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("components")});
        QCOMPARE(selection()->count(), 1);
    }

    void zoomToSelectionShowsIt()
    {
        selection()->select(QStringLiteral("shops"), {1});
        tools()->zoomToSelectionAction()->trigger();
        QVERIFY(canvas()->viewport().visibleMapRect().contains(at(-20, 80)));
        QVERIFY(canvas()->viewport().visibleMapRect().width() < 200);
        QVERIFY(near(canvas()->viewport().centre().x(), kOriginX - 20, 0.01));
    }

    void zoomToLayer()
    {
        tools()->setScale(500);
        canvas()->setViewport([&] {
            uo::MapViewport v = canvas()->viewport();
            v.setCentre(at(1000, 1000));
            return v;
        }());
        tools()->zoomToLayer(QStringLiteral("roads"));
        QVERIFY(canvas()->viewport().visibleMapRect().contains(
            QRectF(at(-80, -50.5), at(80, -49.5)).normalized()));
    }

    void identifyListsEveryAttribute()
    {
        tools()->identifyAction()->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(50, 50));
        QTreeWidget *tree = tools()->identifyDock()->tree();
        QVERIFY(tools()->identifyDock()->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *layer = tree->topLevelItem(0);
        QVERIFY(layer->text(0).startsWith(QStringLiteral("Risk points")));
        QCOMPARE(layer->childCount(), 1);
        QTreeWidgetItem *feature = layer->child(0);
        QCOMPARE(feature->text(0), QStringLiteral("RP-1"));
        QStringList rows;
        for (int i = 0; i < feature->childCount(); ++i)
            rows.append(feature->child(i)->text(0) + QLatin1Char('=') + feature->child(i)->text(1));
        QVERIFY2(rows.contains(QStringLiteral("Risk level=red")), qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(QStringLiteral("Category=slope")), qPrintable(rows.join(u'\n')));
        // The road: two layers (its segment is drawn over it), grouped.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(40, -50));
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Road segments")));
        QVERIFY(tree->topLevelItem(1)->text(0).startsWith(QStringLiteral("Roads")));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(-70, 70));
        QCOMPARE(tree->topLevelItemCount(), 0);
    }

    // At the width the panel opens with, every title and every value of the feature shows whole.
    void identifyShowsValuesWholeAtTheDefaultWidth()
    {
        tools()->identifyAction()->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(50, 50));
        uo::IdentifyDock *dock = tools()->identifyDock();
        QVERIFY(dock->isVisible());
        QTest::qWait(50); // the dock area lays the panel out
        QTreeWidget *tree = dock->tree();
        QTreeWidgetItem *feature = tree->topLevelItem(0)->child(0);
        QVERIFY(feature->childCount() > 3);
        const QFontMetrics metrics = tree->fontMetrics();
        const int titleWidth = tree->header()->sectionSize(0) - 2 * tree->indentation();
        const int valueWidth = tree->header()->sectionSize(1);
        QVERIFY2(valueWidth >= tree->viewport()->width() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(valueWidth).arg(tree->viewport()->width())));
        for (int i = 0; i < feature->childCount(); ++i) {
            const QTreeWidgetItem *row = feature->child(i);
            QVERIFY2(metrics.horizontalAdvance(row->text(0)) < titleWidth,
                     qPrintable(QStringLiteral("%1: %2 in %3 of %4")
                                    .arg(row->text(0))
                                    .arg(metrics.horizontalAdvance(row->text(0)))
                                    .arg(titleWidth)
                                    .arg(tree->viewport()->width())));
            QVERIFY2(metrics.horizontalAdvance(row->text(1)) + 8 < valueWidth, qPrintable(row->text(1)));
        }
    }

    // A click on the edge of a symbol as drawn finds it, however large the symbol is at this scale;
    // a click a few pixels beyond the edge does not.
    void identifyAndSelectFindASymbolByItsEdge()
    {
        uo::MapViewport vp = canvas()->viewport();
        vp.setMapUnitsPerPixel(0.5); // risk points are drawn largest here
        canvas()->setViewport(vp);
        const double edge = uo::map_style::riskRadiusPixels(0.5);
        QVERIFY(edge > uo::IdentifyTool::kTolerancePixels); // else the old tolerance would do
        const QPoint centre = pixel(50, 50);                // the red risk point
        tools()->identifyAction()->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, centre + QPoint(int(edge), 0));
        QTreeWidget *tree = tools()->identifyDock()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Risk points")));
        // Measured again: the identify panel that opened took room from the map.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier,
                          pixel(50, 50) + QPoint(int(edge + uo::IdentifyTool::kTolerancePixels + 4), 0));
        QCOMPARE(tree->topLevelItemCount(), 0);
        // Selecting by a click at the same edge.
        tools()->selectRectangleAction()->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, pixel(50, 50) + QPoint(0, -int(edge)));
        QCOMPARE(selection()->count(QStringLiteral("risk_points")), 1);
    }

    void searchGoesToWhatItFound()
    {
        uo::SearchBox *box = tools()->searchBox();
        QVERIFY(box->isEnabled());
        box->setText(QStringLiteral("500105040200000"));
        box->searchNow();
        QCOMPARE(box->results().size(), 1);
        QAbstractItemModelTester tester(box->popupCompleter()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        emit box->returnPressed();
        QCOMPARE(selection()->count(QStringLiteral("components")), 1);
        QVERIFY(canvas()->viewport().visibleMapRect().contains(at(-50, -20)));
        QVERIFY(canvas()->viewport().visibleMapRect().width() < 200);

        box->setText(QStringLiteral("Stal"));
        box->searchNow();
        QCOMPARE(box->results().size(), 1);
        emit box->returnPressed();
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("shops")});
    }

    void aCaseFoundOpensOnTheMapAndInTheCasePanel()
    {
        const qint64 id = m_window->store()->insertRow(
            QStringLiteral("cases"),
            {{QStringLiteral("case_no"), QStringLiteral("AJ202611020007")},
             {QStringLiteral("class_code"), QStringLiteral("0505")},
             {QStringLiteral("source"), QStringLiteral("video")},
             {QStringLiteral("description"), QStringLiteral("店外经营占道")},
             {QStringLiteral("reported_at"), QStringLiteral("2026-11-02T10:00:00+08:00")},
             {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::point(4545, at(30, -30)))}});
        uo::SearchBox *box = tools()->searchBox();
        box->setText(QStringLiteral("占道"));
        box->searchNow();
        QCOMPARE(box->results().size(), 1);
        emit box->returnPressed();
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("cases")});
        QCOMPARE(selection()->count(QStringLiteral("cases")), 1);
        QVERIFY(canvas()->viewport().visibleMapRect().contains(at(30, -30)));
        auto *cases = m_window->findChild<uo::CaseController *>();
        QVERIFY(cases);
        QCOMPARE(cases->casePanel()->caseId(), id);
        QVERIFY(cases->caseDock()->isVisible());
    }

    void aSuggestionGoesToItsPlaceByEnterOrClick()
    {
        uo::SearchBox *box = tools()->searchBox();
        QAbstractItemView *popup = box->popupCompleter()->popup();
        box->setFocus();
        QTRY_VERIFY(box->hasFocus());
        // Typed, then Enter while the list shows: the first suggestion, the road.
        QTest::keyClicks(box, QStringLiteral("Trunk"));
        QTRY_VERIFY(popup->isVisible() && !box->results().isEmpty());
        QVERIFY(!box->results().isEmpty());
        QCOMPARE(box->results().first().table, QStringLiteral("roads"));
        QTest::keyClick(popup, Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("roads")});
        QCOMPARE(box->text(), QStringLiteral("Trunk road"));

        // Moved to (with the arrow keys or the mouse), then Enter: that suggestion.
        QTRY_VERIFY(box->hasFocus()); // back in the box once the list closed (not at once under load)
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("Seg"));
        QTRY_VERIFY(popup->isVisible() && !box->results().isEmpty());
        QCOMPARE(box->results().size(), 2); // the two segments of the trunk road
        popup->setCurrentIndex(popup->model()->index(1, 0));
        QTest::keyClick(popup, Qt::Key_Enter);
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("road_segments")});
        QCOMPARE(selection()->count(), 1);
        QCOMPARE(selection()->ids(QStringLiteral("road_segments")).values().first(),
                 box->results().at(1).ids.first());

        // Clicked: the permit found by its number, and the map goes to it.
        QTRY_VERIFY(box->hasFocus()); // back in the box once the list closed (not at once under load)
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("P-1"));
        QTRY_VERIFY(popup->isVisible() && !box->results().isEmpty());
        QCOMPARE(box->results().first().kind, uo::SearchResult::Kind::Permit);
        const QRect row = popup->visualRect(popup->model()->index(0, 0));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
        QCOMPARE(selection()->tables(), QStringList{QStringLiteral("permits")});
        QVERIFY(canvas()->viewport().visibleMapRect().contains(at(-21, -81)));
        QVERIFY(canvas()->viewport().visibleMapRect().width() < 200);
    }

    void measuringDistanceAreaAndChainage()
    {
        uo::MapViewport vp = canvas()->viewport();
        vp.setCentre(at(0, 0));
        vp.setMapUnitsPerPixel(0.25);
        canvas()->setViewport(vp);
        const double pixel = 0.25;
        // A 30-40-50 triangle: the line through its corners is 70 m; the area 600 m², perimeter 120 m.
        tools()->measureDistanceAction()->trigger();
        uo::MeasureTool *distance = tools()->measureDistanceTool();
        QCOMPARE(canvas()->tool(), static_cast<uo::MapTool *>(distance));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(0, 0));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(30, 0));
        QTest::mouseMove(canvas(), this->pixel(30, 40));
        // A double click: its first click adds the corner, the double click ends the line.
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(30, 40));
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(30, 40));
        QCOMPARE(distance->points().size(), 3);
        QVERIFY2(near(distance->length(), 70.0, 2 * pixel), qPrintable(QString::number(distance->length())));
        QVERIFY(m_window->mapStatusBar()->currentMessage().contains(QStringLiteral("70.")));

        tools()->measureAreaAction()->trigger();
        uo::MeasureTool *area = tools()->measureAreaTool();
        for (const QPoint &corner : {this->pixel(0, 0), this->pixel(30, 0), this->pixel(30, 40)})
            QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, corner);
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_Return); // ends it as a double click would
        QCOMPARE(area->points().size(), 3);
        QVERIFY2(near(area->area(), 600.0, 35 * pixel), qPrintable(QString::number(area->area())));
        QVERIFY(near(area->length(), 120.0, 3 * pixel));
        QVERIFY(m_window->mapStatusBar()->currentMessage().contains(QStringLiteral("m²")));
        // Backspace takes the last corner back; Esc clears.
        QTest::keyClick(canvas(), Qt::Key_Backspace);
        QCOMPARE(area->points().size(), 2);
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QVERIFY(area->points().isEmpty());

        // The trunk road runs east from dx = -80 along dy = -50: 3 m north of it at dx = 20 lies its
        // chainage K0+100; a second place at dx = 60 is 40 m further along it.
        tools()->chainageAction()->trigger();
        uo::MeasureTool *chainage = tools()->chainageTool();
        QTest::mouseMove(canvas(), this->pixel(20, -47));
        QVERIFY(m_window->mapStatusBar()->currentMessage().contains(QStringLiteral("K0+100")));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(20, -47));
        QVERIFY(chainage->firstPlace());
        QVERIFY(near(chainage->firstPlace()->measure, 100.0, pixel));
        QVERIFY(near(chainage->firstPlace()->offset, 3.0, pixel));
        QCOMPARE(chainage->firstPlace()->road, QStringLiteral("Trunk road"));
        QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, this->pixel(60, -50));
        QVERIFY(chainage->secondPlace());
        QVERIFY(near(chainage->secondPlace()->measure, 140.0, pixel));
        QVERIFY(m_window->mapStatusBar()->currentMessage().contains(QStringLiteral("40.")));
        // Far from any road there is nothing to read.
        QVERIFY(!chainage->placeAt(this->pixel(50, 50)));
        tools()->panAction()->trigger();
        QVERIFY(m_window->mapStatusBar()->currentMessage().isEmpty());
    }

    void bookmarksSurviveReopeningTheStore()
    {
        uo::BookmarkModel *model = tools()->bookmarks();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model->rowCount();
        const QRectF place = QRectF(at(40, 40), at(60, 60)).normalized();
        QVERIFY(model->add(QStringLiteral("红色风险点"), place));
        QVERIFY(model->add(QStringLiteral("Shop"), QRectF(at(-30, 70), at(-10, 90)).normalized()));
        QVERIFY(model->setData(model->index(before + 1), QStringLiteral("The stall")));
        QVERIFY(model->remove(before));

        m_window->closeDistrict();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(m_window->openDistrict(m_store));
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->index(before).data().toString(), QStringLiteral("The stall"));
        const QRectF stall = model->index(before).data(uo::BookmarkModel::ExtentRole).toRectF();
        QVERIFY(qAbs(stall.left() - (kOriginX - 30)) < 1e-6 && qAbs(stall.bottom() - (kOriginY + 90)) < 1e-6);
        // The user's, not the district's: nothing is written to the store.
        QVERIFY(m_window->store()->setting(QStringLiteral("map/bookmarks")).isEmpty());
        model->remove(before);
    }
};

QTEST_MAIN(TestMapNavigation)
#include "tst_map_navigation.moc"
