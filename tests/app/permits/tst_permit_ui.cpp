#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/permits/dig_timeline.h"
#include "app/workstation/permits/finding_model.h"
#include "app/workstation/permits/nodig_calendar_model.h"
#include "app/workstation/permits/permit_controller.h"
#include "app/workstation/permits/permit_document.h"
#include "app/workstation/permits/permit_draw_tool.h"
#include "app/workstation/permits/permit_filter_model.h"
#include "app/workstation/permits/permit_overlay.h"
#include "app/workstation/permits/permit_review_panel.h"
#include "app/workstation/permits/permit_table_model.h"
#include "app/workstation/permits/permits_dock.h"
#include "app/workstation/permits/road_dig_model.h"
#include "app/workstation/permits/step_dialog.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_workflow.h"
#include "core/sql/statement.h"
#include "gis/render/map_viewport.h"
#include "tests/core/permits/permit_fixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace uo;

// The permit widgets on a real one-road district: the models under QAbstractItemModelTester, the
// register's filters, the workflow buttons (only the steps the workflow allows; a decision without a
// reason refused when a check failed), undoable edits, the drawing tool's area and the overlay.
class TestPermitUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    QUndoStack m_undo;
    std::unique_ptr<PermitDocument> m_document;

    QString status(qint64 id)
    {
        return m_f->store->db().scalarText("SELECT status FROM permits WHERE id = " + QByteArray::number(id));
    }

    void setApplicant(qint64 id, const QString &applicant, const QString &utility)
    {
        m_f->store->updateRow(
            QStringLiteral("permits"), id,
            {{QStringLiteral("applicant"), applicant}, {QStringLiteral("utility_type"), utility}});
    }

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void init()
    {
        static int n = 0;
        m_f = std::make_unique<PermitFixture>(m_dir.filePath(QStringLiteral("u%1.sqlite").arg(++n)));
        m_undo.clear();
        m_document = std::make_unique<PermitDocument>(&m_undo);
        m_document->setStore(m_f->store.get());
    }

    void cleanup()
    {
        m_undo.clear();
        m_document.reset();
    }

    void registerModelAndFilters()
    {
        const qint64 a = m_f->permit(QStringLiteral("A"), 100, 150, QStringLiteral("2026-01-10"),
                                     QStringLiteral("2026-01-20"), QStringLiteral("approved"));
        const qint64 b = m_f->permit(QStringLiteral("B"), 300, 350, QStringLiteral("2026-06-01"),
                                     QStringLiteral("2026-06-30"), QStringLiteral("submitted"));
        const qint64 c = m_f->permit(QStringLiteral("C"), 500, 550, QStringLiteral("2027-03-01"),
                                     QStringLiteral("2027-03-05"), QStringLiteral("submitted"));
        setApplicant(b, QStringLiteral("国网重庆市电力公司"), QStringLiteral("power"));
        setApplicant(c, QStringLiteral("重庆燃气集团"), QStringLiteral("gas"));
        // One off the road: it touches no segment.
        const double x = PermitFixture::kX + 100, y = PermitFixture::kY + 300;
        const QList<QPointF> ring{{x, y}, {x + 10, y}, {x + 10, y + 2}, {x, y + 2}, {x, y}};
        m_f->store->insertRow(
            QStringLiteral("permits"),
            {{QStringLiteral("permit_no"), QStringLiteral("D")},
             {QStringLiteral("applicant"), QStringLiteral("Water Co.")},
             {QStringLiteral("utility_type"), QStringLiteral("water")},
             {QStringLiteral("work_type"), QStringLiteral("repair")},
             {QStringLiteral("status"), QStringLiteral("submitted")},
             {QStringLiteral("start_date"), QStringLiteral("2026-06-10")},
             {QStringLiteral("end_date"), QStringLiteral("2026-06-12")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::polygon(4545, {ring}))}});

        PermitsDock dock(m_document.get());
        QAbstractItemModelTester sourceTester(dock.model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(dock.filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(dock.model(), &PermitTableModel::loaded);
        m_document->setStore(m_f->store.get()); // the dock reads the store when it is set, on a worker
        QVERIFY(dock.model()->isLoading());
        QVERIFY(!dock.view()->isEnabled()); // busy: the old rows are not to be chosen
        QVERIFY(loaded.wait());
        QVERIFY(!dock.model()->isLoading());
        QVERIFY(dock.view()->isEnabled());
        QCOMPARE(dock.model()->rowCount(), 4);
        QCOMPARE(dock.filter()->rowCount(), 4);
        const int rowA = dock.model()->rowOf(a);
        QCOMPARE(dock.model()->index(rowA, PermitTableModel::Roads).data().toString(),
                 QStringLiteral("Test road"));
        QCOMPARE(dock.model()->index(rowA, PermitTableModel::Status).data().toString(),
                 QStringLiteral("Approved"));

        auto choose = [](QComboBox *box, const QVariant &key) {
            const int i = box->findData(key);
            QVERIFY(i >= 0);
            box->setCurrentIndex(i);
        };
        choose(dock.statusBox(), QStringLiteral("submitted"));
        QCOMPARE(dock.filter()->rowCount(), 3);
        choose(dock.utilityBox(), QStringLiteral("gas"));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QCOMPARE(dock.filter()->index(0, 0).data(PermitTableModel::IdRole).toLongLong(), c);
        choose(dock.utilityBox(), QString());
        dock.applicantEdit()->setText(QStringLiteral("电力"));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QCOMPARE(dock.filter()->index(0, 0).data(PermitTableModel::IdRole).toLongLong(), b);
        dock.applicantEdit()->clear();
        choose(dock.segmentBox(), m_f->segment);
        QCOMPARE(dock.filter()->rowCount(), 2); // B and C; D lies off the road
        choose(dock.statusBox(), QString());
        QCOMPARE(dock.filter()->rowCount(), 3);
        // Works overlapping June 2026.
        dock.setPeriod(QDate(2026, 6, 5), QDate(2026, 6, 30));
        QCOMPARE(dock.filter()->rowCount(), 1);
        choose(dock.segmentBox(), qint64(0));
        QCOMPARE(dock.filter()->rowCount(), 2); // B and D
        dock.setPeriod({}, {});
        QCOMPARE(dock.filter()->rowCount(), 4);

        // Sorting by start date puts the latest first when descending.
        dock.filter()->sort(PermitTableModel::Start, Qt::DescendingOrder);
        QCOMPARE(dock.filter()->index(0, 0).data(PermitTableModel::IdRole).toLongLong(), c);

        // An edit of one permit changes its row in place.
        m_document->edit(b, {{QStringLiteral("applicant"), QStringLiteral("国网江北供电分公司")}});
        QCOMPARE(dock.model()->index(dock.model()->rowOf(b), PermitTableModel::Applicant).data().toString(),
                 QStringLiteral("国网江北供电分公司"));
    }

    void registerShowsChecksAndKeepsItsFiltersAcrossDecisions()
    {
        // A road rebuilt in 2025 (no digging before 2030): B fails that check, A (after 2030) passes.
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 a = m_f->permit(QStringLiteral("A"), 100, 150, QStringLiteral("2031-03-01"),
                                     QStringLiteral("2031-03-05"));
        const qint64 b = m_f->permit(QStringLiteral("B"), 300, 350, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const qint64 c = m_f->permit(QStringLiteral("C"), 600, 650, QStringLiteral("2031-05-01"),
                                     QStringLiteral("2031-05-05"));
        PermitsDock dock(m_document.get());
        QSignalSpy loaded(dock.model(), &PermitTableModel::loaded);
        m_document->setStore(m_f->store.get());
        QVERIFY(loaded.wait());
        const auto cell = [&dock](qint64 id, int column, int role = Qt::DisplayRole) {
            return dock.model()->index(dock.model()->rowOf(id), column).data(role);
        };
        QCOMPARE(cell(a, PermitTableModel::Check).toString(), PermitReview::outcomeName(PermitFinding::Pass));
        QCOMPARE(cell(b, PermitTableModel::Check).toString(), PermitReview::outcomeName(PermitFinding::Fail));
        // The reason in full, in the cell and in its tooltip.
        QVERIFY(cell(b, PermitTableModel::Reasons).toString().contains(QStringLiteral("2030-01-01")));
        QVERIFY(cell(b, PermitTableModel::Check, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2030-01-01")));
        QVERIFY(cell(a, PermitTableModel::Reasons).toString().isEmpty());
        // The queue of what is under review and passes: A and C.
        dock.statusBox()->setCurrentIndex(dock.statusBox()->findData(QStringLiteral("under_review")));
        dock.checkBox()->setCurrentIndex(dock.checkBox()->findData(int(PermitFinding::Pass)));
        QCOMPARE(dock.filter()->rowCount(), 2);
        QSignalSpy chosen(&dock, &PermitsDock::permitChosen);
        dock.choosePermit(a);
        QCOMPARE(chosen.count(), 1);
        // A is approved: it leaves the queue, the filters stay, and A stays the permit under review.
        m_document->advance(a, QStringLiteral("approved"), QString(), QStringLiteral("online"));
        QTRY_VERIFY(!dock.model()->isLoading());
        QCOMPARE(dock.statusBox()->currentData().toString(), QStringLiteral("under_review"));
        QCOMPARE(dock.checkBox()->currentData().toInt(), int(PermitFinding::Pass));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QCOMPARE(dock.filter()->index(0, 0).data(PermitTableModel::IdRole).toLongLong(), c);
        QCOMPARE(chosen.count(), 1); // C was not put under review in A's place
        QCOMPARE(dock.currentPermit(), qint64(0));
        // Choosing C from the queue goes on as before.
        dock.view()->setCurrentIndex(dock.filter()->index(0, 0));
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().first().toLongLong(), c);
    }

    void registerChoosesAPermitAskedForWhileReading()
    {
        const qint64 a = m_f->permit(QStringLiteral("A"), 100, 150, QStringLiteral("2026-01-10"),
                                     QStringLiteral("2026-01-20"), QStringLiteral("approved"));
        PermitsDock dock(m_document.get());
        QSignalSpy loaded(dock.model(), &PermitTableModel::loaded);
        QSignalSpy chosen(&dock, &PermitsDock::permitChosen);
        m_document->setStore(m_f->store.get());
        QVERIFY(dock.model()->isLoading());
        dock.choosePermit(a); // not in the (empty) rows yet
        QCOMPARE(dock.currentPermit(), qint64(0));
        QVERIFY(loaded.wait());
        QCOMPARE(dock.currentPermit(), a);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), a);

        // A permit added by another program appears when the register is read again; the permit
        // under review stays chosen and is not announced again.
        const qint64 b = m_f->permit(QStringLiteral("B"), 300, 350, QStringLiteral("2026-06-01"),
                                     QStringLiteral("2026-06-30"));
        emit m_document->permitsChanged(0);
        QVERIFY(dock.model()->isLoading());
        QVERIFY(loaded.wait());
        QCOMPARE(dock.model()->rowCount(), 2);
        QVERIFY(dock.model()->rowOf(b) >= 0);
        QCOMPARE(dock.currentPermit(), a);
        QCOMPARE(chosen.size(), 1);

        // An edit while the register is being read is not lost to the read that began before it.
        emit m_document->permitsChanged(0);
        m_document->edit(b, {{QStringLiteral("applicant"), QStringLiteral("国网江北供电分公司")}});
        QTRY_VERIFY(!dock.model()->isLoading());
        QCOMPARE(dock.model()->index(dock.model()->rowOf(b), PermitTableModel::Applicant).data().toString(),
                 QStringLiteral("国网江北供电分公司"));
    }

    void workflowButtonsOfferOnlyAllowedSteps()
    {
        PermitReviewPanel panel(m_document.get());
        panel.setToday(QDate(2026, 11, 27));
        for (const QString &from : PermitWorkflow::statuses()) {
            const qint64 id = m_f->permit(QStringLiteral("W-") + from, 100, 150, QStringLiteral("2026-12-01"),
                                          QStringLiteral("2026-12-20"), from);
            panel.setPermit(id);
            QCOMPARE(panel.status(), from);
            QStringList offered, allowed;
            for (QPushButton *b : panel.stepButtons()) {
                offered << b->property("status").toString();
                QVERIFY(b->isEnabled());
            }
            for (const QString &to : PermitWorkflow::statuses())
                if (PermitWorkflow::allowed(from, to))
                    allowed << to;
            QCOMPARE(offered, allowed);
            // A step the workflow refuses is refused here too, and nothing is written.
            for (const QString &to : PermitWorkflow::statuses())
                if (to != from && !PermitWorkflow::allowed(from, to)) {
                    QVERIFY(!panel.takeStep(to).isEmpty());
                    QCOMPARE(status(id), from);
                }
        }
    }

    void decisionNeedsAReasonWhenACheckFailed()
    {
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 id = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                      QStringLiteral("2026-12-20"));
        PermitReviewPanel panel(m_document.get());
        panel.setToday(QDate(2026, 11, 27));
        panel.setPermit(id);
        QVERIFY(panel.review().blocked());
        QAbstractItemModelTester tester(panel.findingModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool acceptable = true;
        // The dialog holds OK back without a reason; pressed anyway, the workflow refuses.
        panel.setPrompt([&acceptable](StepDialog &dialog) {
            dialog.setRoute(QStringLiteral("coordination"));
            acceptable = dialog.isAcceptable();
            return true;
        });
        QVERIFY(!panel.takeStep(QStringLiteral("approved")).isEmpty());
        QVERIFY(!acceptable);
        QCOMPARE(status(id), QStringLiteral("under_review"));
        panel.setPrompt([&acceptable](StepDialog &dialog) {
            dialog.setRoute(QStringLiteral("coordination"));
            dialog.setReason(QStringLiteral("special approval expected; coordinated with the road owner"));
            acceptable = dialog.isAcceptable();
            return true;
        });
        QCOMPARE(panel.takeStep(QStringLiteral("rejected")), QString());
        QVERIFY(acceptable);
        QCOMPARE(status(id), QStringLiteral("rejected"));
        QCOMPARE(m_f->store->db().scalarText("SELECT route FROM permit_history WHERE permit_id = " +
                                             QByteArray::number(id)),
                 QStringLiteral("coordination"));
        // A permit that passes every check needs no reason, but still a route.
        const qint64 ok = m_f->permit(QStringLiteral("OK"), 600, 620, QStringLiteral("2031-03-01"),
                                      QStringLiteral("2031-03-05"));
        panel.setPermit(ok);
        QVERIFY(!panel.review().blocked());
        panel.setPrompt([&acceptable](StepDialog &dialog) {
            acceptable = dialog.isAcceptable();
            return true;
        });
        QVERIFY(!panel.takeStep(QStringLiteral("approved")).isEmpty());
        QVERIFY(!acceptable);
        panel.setPrompt([](StepDialog &dialog) {
            dialog.setRoute(QStringLiteral("online"));
            return dialog.isAcceptable();
        });
        QCOMPARE(panel.takeStep(QStringLiteral("approved")), QString());
        QCOMPARE(status(ok), QStringLiteral("approved"));
    }

    void findingsHighlightTheirFeatures()
    {
        const qint64 p = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const qint64 q =
            m_f->permit(QStringLiteral("Q"), 120, 170, QStringLiteral("2026-12-05"),
                        QStringLiteral("2026-12-25"), QStringLiteral("approved"), QStringLiteral("gas"));
        PermitReviewPanel panel(m_document.get());
        panel.setToday(QDate(2026, 11, 27));
        QList<qint64> highlighted;
        std::optional<Layer> layer;
        connect(&panel, &PermitReviewPanel::highlightRequested, this,
                [&](std::optional<Layer> l, const QList<qint64> &ids, const QRectF &) {
                    layer = l, highlighted = ids;
                });
        panel.setPermit(p);
        const FindingModel *model = panel.findingModel();
        int conflicts = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->review().findings[r].rule == PermitRule::Conflicts)
                conflicts = r;
        QVERIFY(conflicts >= 0);
        QTest::mouseClick(
            panel.findingView()->viewport(), Qt::LeftButton, {},
            panel.findingView()->visualRect(model->index(conflicts, FindingModel::Reason)).center());
        QCOMPARE(layer, std::optional(Layer::Permits));
        QCOMPARE(highlighted, QList<qint64>{q});
        // The timeline has the road, with both digs on it.
        QCOMPARE(panel.timeline()->laneCount(), 1);
        QVERIFY(panel.timeline()->laneText(0).startsWith(QStringLiteral("Test road")));
    }

    void editsAreUndoable()
    {
        const QList<QPointF> ring{{PermitFixture::kX + 10, PermitFixture::kY + 1},
                                  {PermitFixture::kX + 30, PermitFixture::kY + 1},
                                  {PermitFixture::kX + 30, PermitFixture::kY + 3},
                                  {PermitFixture::kX + 10, PermitFixture::kY + 1}};
        const qint64 id = m_document->create(
            {{QStringLiteral("permit_no"), QStringLiteral("NEW-1")},
             {QStringLiteral("applicant"), QStringLiteral("Telecom")},
             {QStringLiteral("utility_type"), QStringLiteral("telecom")},
             {QStringLiteral("work_type"), QStringLiteral("new")},
             {QStringLiteral("start_date"), QStringLiteral("2027-01-01")},
             {QStringLiteral("end_date"), QStringLiteral("2027-01-05")},
             {QStringLiteral("area_m2"), 20.0},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::polygon(4545, {ring}))}});
        QCOMPARE(status(id), QStringLiteral("submitted"));
        m_document->edit(id, {{QStringLiteral("location"), QStringLiteral("北滨一路")}});
        QCOMPARE(m_undo.count(), 2);
        m_undo.undo();
        QVERIFY(m_document->read(id).value(QStringLiteral("location")).isNull());
        m_undo.undo();
        QVERIFY(m_document->read(id).isEmpty());
        m_undo.redo();
        QCOMPARE(m_document->read(id).value(QStringLiteral("permit_no")).toString(), QStringLiteral("NEW-1"));
        m_undo.redo();
        QCOMPARE(m_document->read(id).value(QStringLiteral("location")).toString(),
                 QStringLiteral("北滨一路"));
        // Every change is in the audit log.
        QVERIFY(m_f->store->db().scalarInt(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'permits' AND row_id = " +
                    QByteArray::number(id)) >= 6);
    }

    void rulesAndCalendarSaveAndUndo()
    {
        NoDigCalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeriods(NoDigCalendar::load(*m_f->store));
        const int row = model.addPeriod();
        QVERIFY(model.setData(model.index(row, NoDigCalendarModel::Name), QStringLiteral("春节")));
        QVERIFY(model.setData(model.index(row, NoDigCalendarModel::Kind), QStringLiteral("holiday")));
        QVERIFY(!model.setData(model.index(row, NoDigCalendarModel::Kind), QStringLiteral("weekend")));
        QVERIFY(model.setData(model.index(row, NoDigCalendarModel::Start), QDate(2027, 2, 5)));
        QVERIFY(model.setData(model.index(row, NoDigCalendarModel::End), QDate(2027, 2, 11)));
        PermitRules rules = PermitRules::load(*m_f->store);
        rules.sameUtilityYears = 4;
        rules.riskPoints = false;
        m_document->saveRules(rules, model.periods());
        QCOMPARE(PermitRules::load(*m_f->store).sameUtilityYears, 4);
        QCOMPARE(NoDigCalendar::load(*m_f->store).size(), 1);
        // A permit starting in the holiday now fails the calendar check.
        const qint64 p = m_f->permit(QStringLiteral("H"), 100, 150, QStringLiteral("2027-02-06"),
                                     QStringLiteral("2027-02-20"));
        QVERIFY(PermitReview::run(*m_f->store, p, QDate(2027, 1, 1)).blocked());
        m_undo.undo();
        QCOMPARE(PermitRules::load(*m_f->store).sameUtilityYears, 3);
        QVERIFY(PermitRules::load(*m_f->store).riskPoints);
        QCOMPARE(NoDigCalendar::load(*m_f->store).size(), 0);
        m_undo.redo();
        QCOMPARE(NoDigCalendar::load(*m_f->store).first().name, QStringLiteral("春节"));
        QVERIFY(model.removeRows(row, 1));
        QCOMPARE(model.rowCount(), 0);
    }

    void drawToolMakesTheArea()
    {
        double trench = 0;
        const Geometry line = PermitDrawTool::areaOf(PermitDrawTool::Shape::Trench,
                                                     {{0, 0}, {60, 0}, {60, 40}}, 2.0, 4545, &trench);
        QCOMPARE(line.type, Geometry::Polygon);
        QVERIFY(qAbs(trench - 100) < 1e-9);
        // Flat ends: 100 m × 2 m, give or take the corner.
        QVERIFY(qAbs(PermitDrawTool::planarArea(line) - 200) < 2.5);
        const Geometry box = PermitDrawTool::areaOf(PermitDrawTool::Shape::Polygon,
                                                    {{0, 0}, {50, 0}, {50, 3}, {0, 3}}, 0, 4545, &trench);
        QVERIFY(qAbs(PermitDrawTool::planarArea(box) - 150) < 1e-9);
        QVERIFY(qAbs(trench - 50) < 1e-9);
        // A bow tie crosses itself: no area.
        QVERIFY(PermitDrawTool::areaOf(PermitDrawTool::Shape::Polygon, {{0, 0}, {10, 10}, {10, 0}, {0, 10}},
                                       0, 4545, nullptr)
                    .isEmpty());
        QVERIFY(PermitDrawTool::areaOf(PermitDrawTool::Shape::Trench, {{0, 0}}, 2, 4545, nullptr).isEmpty());
    }

    void windowReviewsOnTheMap()
    {
        const qint64 p = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        m_f->permit(QStringLiteral("Q"), 120, 170, QStringLiteral("2025-05-05"), QStringLiteral("2025-05-25"),
                    QStringLiteral("accepted"));
        const QString path = m_f->store->path();
        m_document->setStore(nullptr);
        m_f->store.reset();
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openDistrict(path));
        auto *tools = window.findChild<PermitController *>();
        QVERIFY(tools);
        QTRY_VERIFY(window.canvas()->snapshot() != nullptr);
        tools->review(p); // chosen as soon as the register, read on a worker, arrives
        QTRY_COMPARE(tools->reviewPanel()->permitId(), p);
        QCOMPARE(tools->overlay()->scene().permitId, p);
        QCOMPARE(tools->overlay()->scene().others.size(), 1);
        // The map shows the permit.
        QVERIFY(window.canvas()->viewport().visibleMapRect().contains(tools->overlay()->scene().bounds));

        // Drawn over a blank picture, the permit's area is in its colour and the older dig in the "before"
        // colour.
        const MapViewport viewport(tools->overlay()->scene().bounds.center(), 0.1, QSize(800, 600));
        QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            tools->overlay()->paint(painter, viewport);
        }
        const QColor inside =
            image.pixelColor(viewport.toPixel({PermitFixture::kX + 110, PermitFixture::kY + 2}).toPoint());
        QVERIFY2(inside.red() > 200 && inside.blue() < 200 &&
                     inside.blue() < inside.green(), // orange over white
                 qPrintable(inside.name()));
        const QColor before =
            image.pixelColor(viewport.toPixel({PermitFixture::kX + 160, PermitFixture::kY + 2}).toPoint());
        QVERIFY2(before.blue() > before.red(), qPrintable(before.name()));
        window.closeDistrict();
        QCOMPARE(tools->overlay()->scene().permitId, qint64(0));
    }

    void statisticsModel()
    {
        m_f->permit(QStringLiteral("A"), 100, 150, QStringLiteral("2025-01-10"), QStringLiteral("2025-01-20"),
                    QStringLiteral("accepted"));
        RoadDigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoads(PermitStatistics::digsPerRoad(*m_f->store, QDate(2025, 1, 1), QDate(2025, 12, 31)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RoadDigModel::Digs).data().toInt(), 1);
        QCOMPARE(model.index(0, RoadDigModel::Road).data().toString(), QStringLiteral("Test road"));
        model.setRoads({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPermitUi)
#include "tst_permit_ui.moc"
