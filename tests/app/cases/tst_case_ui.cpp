#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/case_filter_model.h"
#include "app/workstation/cases/case_overlay.h"
#include "app/workstation/cases/case_panel.h"
#include "app/workstation/cases/case_rules_dialog.h"
#include "app/workstation/cases/case_step_dialog.h"
#include "app/workstation/cases/case_table_model.h"
#include "app/workstation/cases/cases_dock.h"
#include "app/workstation/cases/risk_chart.h"
#include "app/workstation/cases/risk_panel.h"
#include "core/cases/case_units.h"
#include "core/store/store_error.h"
#include "gis/render/map_viewport.h"
#include "tests/core/cases/case_fixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace uo;

// The case widgets on a real one-street district: the register's model under QAbstractItemModelTester
// and its filters, the queue's one-click accept and dispatch, the case panel's steps (only those the
// workflow allows) and timeline, the rules dialog round trip with undo, the risk chart and panel, and
// the density cells.
class TestCaseUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFixture> m_f;
    QUndoStack m_undo;
    std::unique_ptr<CaseDocument> m_document;

    qint64 newCase(const char *classCode, double dx, const QDateTime &when = QDateTime::currentDateTime())
    {
        NewCase c;
        c.classCode = QString::fromLatin1(classCode);
        c.point = {CaseFixture::kX + dx, CaseFixture::kY + 505};
        c.reportedAt = when;
        return m_document->create(c);
    }
    static bool waitLoaded(CaseTableModel *model)
    {
        return QTest::qWaitFor([model] { return !model->isLoading(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<CaseFixture>(m_dir.filePath(QStringLiteral("ui.sqlite")));
        m_document = std::make_unique<CaseDocument>(&m_undo);
        m_document->setStore(m_f->store.get());
    }

    void registerModelAndFilters()
    {
        const qint64 parking = newCase("0505", 100, caseNow(-600));
        const qint64 garbage = newCase("0102", 200, caseNow(-60));
        CaseWorkflow::advance(*m_f->store, parking, {QStringLiteral("accepted"), {}, {}, {}, {}}, {},
                              caseNow(-590));
        CasesDock dock(CasesDock::Role::Register, m_document.get());
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(dock.filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_document->setStore(m_f->store.get());
        QVERIFY(waitLoaded(dock.model()));
        QCOMPARE(dock.model()->rowCount(), 2);
        // The parking case was accepted 2026-03-02 with a 2 h limit: overdue by now, and drawn so.
        const int row = dock.model()->rowOf(parking);
        QVERIFY(dock.model()->index(row, 0).data(CaseTableModel::OverdueRole).toBool());
        QVERIFY(dock.model()->index(row, CaseTableModel::State).data(Qt::ForegroundRole).isValid());
        QCOMPARE(dock.model()->index(row, CaseTableModel::Street).data().toString(),
                 QStringLiteral("观音桥街道, 建新北路社区"));
        dock.overdueBox()->setChecked(true);
        QCOMPARE(dock.filter()->rowCount(), 1);
        dock.overdueBox()->setChecked(false);
        dock.stateBox()->setCurrentIndex(dock.stateBox()->findData(QStringLiteral("collected")));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QCOMPARE(dock.filter()->index(0, 0).data(CaseTableModel::IdRole).toLongLong(), garbage);
        dock.stateBox()->setCurrentIndex(0);
        // Choosing a row announces the case once.
        QSignalSpy chosen(&dock, &CasesDock::caseChosen);
        dock.chooseCase(garbage);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), garbage);
        // A step of the chosen case reads its row again.
        m_document->advance(garbage, {QStringLiteral("rejected"), QStringLiteral("duplicate"), {}, {}, {}});
        QCOMPARE(dock.model()->caseAt(dock.model()->rowOf(garbage))->state, QStringLiteral("rejected"));
    }

    void queueAcceptsAndDispatchesInOneClick()
    {
        const qint64 id = newCase("0102", 300); // reported now: in today's queue
        CasesDock queue(CasesDock::Role::Queue, m_document.get());
        QAbstractItemModelTester tester(queue.filter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_document->setStore(m_f->store.get());
        QVERIFY(waitLoaded(queue.model()));
        QCOMPARE(queue.filter()->rowCount(), 1);
        queue.chooseCase(id);
        QVERIFY(queue.acceptButton()->isEnabled());
        queue.acceptButton()->click();
        const CaseSummary c = CaseRegister::one(*m_f->store, id);
        QCOMPARE(c.state, QStringLiteral("dispatched"));
        QCOMPARE(c.unit, CaseUnits::collaborators(m_f->segment, QStringLiteral("sanitation")));
        QVERIFY(!queue.acceptButton()->isEnabled());
    }

    void panelOffersOnlyTheAllowedStepsAndKeepsTheTimeline()
    {
        const qint64 id = newCase("0505", 400);
        CasePanel panel(m_document.get());
        panel.setCase(id);
        QCOMPARE(panel.stepsOffered(), (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
        QVERIFY(panel.suggestionText().contains(QStringLiteral("李路长")));
        QVERIFY(panel.take(QStringLiteral("accepted")));
        QVERIFY(panel.take(QStringLiteral("dispatched")));
        QVERIFY(panel.take(QStringLiteral("handled")));
        QVERIFY(panel.take(QStringLiteral("reported")));
        QCOMPARE(panel.stepsOffered(),
                 (QStringList{QStringLiteral("verified"), QStringLiteral("dispatched")}));
        // Closing before verification is not offered, and refused with the reason when forced.
        QSignalSpy refused(&panel, &CasePanel::stepRefused);
        QVERIFY(!panel.take(QStringLiteral("closed")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(panel.take(QStringLiteral("verified")));
        QVERIFY(panel.take(QStringLiteral("closed")));
        QCOMPARE(panel.summary().route, QStringLiteral("online"));
        QCOMPARE(panel.timeline()->topLevelItemCount(), 7);
        QCOMPARE(panel.stepsOffered(), QStringList{QStringLiteral("accepted")}); // reopen
    }

    void stepDialogNeedsANoteWhereTheWorkflowDoes()
    {
        CaseStepDialog reject(QStringLiteral("AJ1"), QStringLiteral("collected"), QStringLiteral("rejected"),
                              QStringLiteral("me"));
        QVERIFY(!reject.isAcceptable());
        reject.setNote(QStringLiteral("duplicate"));
        QVERIFY(reject.isAcceptable());
        CaseStepDialog dispatch(QStringLiteral("AJ1"), QStringLiteral("accepted"),
                                QStringLiteral("dispatched"), QStringLiteral("me"));
        dispatch.setUnits(CaseUnits::choices(*m_f->store, QStringLiteral("500105006"), m_f->segment),
                          CaseUnits::street(QStringLiteral("500105006")), QStringLiteral("rule 10"));
        QCOMPARE(dispatch.unit(), CaseUnits::street(QStringLiteral("500105006")));
        QCOMPARE(dispatch.level(), QStringLiteral("street"));
        QVERIFY(dispatch.isAcceptable());
    }

    void rulesRoundTripAndUndo()
    {
        const CaseDocument::Rules before = m_document->rules();
        CaseRulesDialog dialog(before, CaseUnits::streets(*m_f->store), CaseUnits::departments(*m_f->store));
        QCOMPARE(dialog.dispatchTable()->rowCount(), before.dispatch.size());
        QCOMPARE(dialog.classTable()->rowCount(), before.classes.size());
        // Unchanged, the dialog gives back what it was given.
        const CaseDocument::Rules same = dialog.rules();
        QCOMPARE(same.dispatch, before.dispatch);
        QCOMPARE(same.monitoring, before.monitoring);
        QCOMPARE(same.classes, before.classes);
        CaseDocument::Rules changed = same;
        changed.monitoring[0].threshold = 55;
        changed.dispatch.removeLast();
        m_document->saveRules(changed);
        QCOMPARE(MonitoringRules::load(*m_f->store)[0].threshold, 55.0);
        QCOMPARE(DispatchRules::load(*m_f->store).size(), before.dispatch.size() - 1);
        m_undo.undo();
        QCOMPARE(MonitoringRules::load(*m_f->store)[0].threshold, 60.0);
        QCOMPARE(DispatchRules::load(*m_f->store), before.dispatch);
        m_undo.redo();
        QCOMPARE(MonitoringRules::load(*m_f->store)[0].threshold, 55.0);
        m_undo.undo();
    }

    void riskChartAndPanel()
    {
        m_f->reading(m_f->tank, "2026-03-01T02:00", 72.5);
        m_f->reading(m_f->tank, "2026-03-01T03:00", 66.0);
        m_f->reading(m_f->tank, "2026-03-01T08:00", 20.0);
        RiskPanel panel(m_document.get());
        panel.setRisk(m_f->tank);
        QCOMPARE(panel.chart()->readingCount(), 3);
        QCOMPARE(panel.alerts()->count(), 1); // "no alert" until the rules run
        // With no point chosen, the panel lists the district's alerts.
        RiskPanel district(m_document.get());
        QCOMPARE(district.alerts()->count(), 1);
        QCOMPARE(district.alerts()->item(0)->data(Qt::UserRole).toLongLong(),
                 0); // "no alert in the district"
        QCOMPARE(m_document->raiseAlerts(), 1);
        QCOMPARE(panel.alerts()->count(), 1);
        const qint64 raised = panel.alerts()->item(0)->data(Qt::UserRole).toLongLong();
        QVERIFY(raised > 0);
        QCOMPARE(district.alerts()->count(), 1);
        QCOMPARE(district.alerts()->item(0)->data(Qt::UserRole).toLongLong(), raised);
        QVERIFY(district.alerts()->item(0)->text().contains(QStringLiteral("RP1 化粪池1号")));
        QSignalSpy opened(&district, &RiskPanel::caseRequested);
        emit district.alerts()->itemDoubleClicked(district.alerts()->item(0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), raised);
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 m_document->changeRiskLevel(m_f->tank, QStringLiteral("red"), QString()));
        m_document->changeRiskLevel(m_f->tank, QStringLiteral("red"), QStringLiteral("alert"));
        QCOMPARE(m_f->text("SELECT level FROM risk_points WHERE id = " + QByteArray::number(m_f->tank)),
                 QStringLiteral("red"));
    }

    void aPeriodNarrowsTheRegister()
    {
        // Three cases reported on 10, 11 and 14 March (the earlier tests' are of 1 and 2 March and
        // today); the period offered at first is the 30 days up to the newest of all the district's
        // cases, today's included.
        const int day = 24 * 60;
        const qint64 first = newCase("0102", 300, caseNow(8 * day));
        const qint64 second = newCase("0102", 310, caseNow(9 * day));
        newCase("0102", 320, caseNow(12 * day));
        CasesDock dock(CasesDock::Role::Register, m_document.get());
        QAbstractItemModelTester filterTester(dock.filter(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_document->setStore(m_f->store.get());
        QVERIFY(waitLoaded(dock.model()));
        const int all = dock.filter()->rowCount();
        auto newest = m_f->store->db().prepare("SELECT substr(max(reported_at), 1, 10) FROM cases");
        QVERIFY(newest.step());
        const QDate last = QDate::fromString(newest.text(0), Qt::ISODate);
        QVERIFY(last >= QDate(2026, 3, 14));
        QCOMPARE(dock.toEdit()->date(), last);
        QCOMPARE(dock.fromEdit()->date(), last.addDays(-29));
        QVERIFY(!dock.fromEdit()->isEnabled());
        dock.periodBox()->setChecked(true);
        QVERIFY(dock.fromEdit()->isEnabled());
        // 11 to 13 March, both days included: only the second case.
        dock.fromEdit()->setDate(QDate(2026, 3, 11));
        dock.toEdit()->setDate(QDate(2026, 3, 13));
        QCOMPARE(dock.filter()->rowCount(), 1);
        QCOMPARE(dock.filter()->index(0, 0).data(CaseTableModel::IdRole).toLongLong(), second);
        dock.toEdit()->setDate(QDate(2026, 3, 14));
        QCOMPARE(dock.filter()->rowCount(), 2);
        // Choosing a case outside the period clears the filters rather than hide it.
        dock.chooseCase(first);
        QVERIFY(!dock.periodBox()->isChecked());
        QCOMPARE(dock.filter()->rowCount(), all);
        QCOMPARE(dock.currentCase(), first);
    }

    void densityCellsCountTheCases()
    {
        const MapViewport view(QPointF(CaseFixture::kX, CaseFixture::kY), 1.0, QSize(200, 200));
        const QList<QPointF> points = {{CaseFixture::kX + 1, CaseFixture::kY + 1},
                                       {CaseFixture::kX + 2, CaseFixture::kY + 3},
                                       {CaseFixture::kX - 50, CaseFixture::kY + 50},
                                       {CaseFixture::kX + 5000, CaseFixture::kY}}; // off the view
        int most = 0;
        const auto cells = CaseOverlay::densityCells(points, view, 24, &most);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(most, 2);
    }
};

QTEST_MAIN(TestCaseUi)
#include "tst_case_ui.moc"
