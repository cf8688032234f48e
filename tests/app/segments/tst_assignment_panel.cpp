#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/segments/assignment_panel.h"
#include "app/workstation/segments/my_segments_dock.h"
#include "app/workstation/segments/person_box.h"
#include "app/workstation/segments/progress_card.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/segment_table_model.h"
#include "app/workstation/segments/segments_dock.h"
#include "app/workstation/segments/trade_picker.h"
#include "app/workstation/segments/workload_dock.h"
#include "core/segments/roster.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "tests/core/segments/segment_district.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace uo;

// The segment tools inside the real main window: an Apply in the panel is one undo step that undo
// and redo take back and forth exactly; a refusal is shown and pushes nothing; the lists, the card
// and the workload follow every change; closing the district empties them and the undo stack.
class TestAssignmentPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    segment_district::Ids m_ids;

    // Every assignment, read with plain SQL on the window's own connection.
    static QString state(MainWindow &window)
    {
        QString out;
        auto st = window.store()->db().prepare(
            "SELECT id, coalesce(chief_id, 0), coalesce(party_unit_id, 0), (SELECT group_concat(person_id, "
            "'+') FROM "
            "(SELECT person_id FROM segment_collaborators WHERE segment_id = s.id ORDER BY person_id)) "
            "FROM road_segments s ORDER BY id");
        while (st.step())
            out += QStringLiteral("%1:%2:%3:%4;")
                       .arg(st.int64(0))
                       .arg(st.int64(1))
                       .arg(st.int64(2))
                       .arg(st.text(3));
        return out;
    }

    // Answers the next message box, keeping its text.
    static void closeNextMessageBox(QString *text)
    {
        QTimer::singleShot(0, [text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->accept();
                return;
            }
            closeNextMessageBox(text); // not up yet
        });
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
        m_path = m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n));
        auto store = DistrictStore::create(m_path, DistrictSettings());
        m_ids = segment_district::fill(*store);
    }

    void theHiddenToolsLeaveTheWindowSmall()
    {
        // A minimum size inside a hidden dock still counts in the window's: a laptop screen must fit.
        MainWindow window;
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 600));
        for (QDockWidget *dock : window.segmentController()->docks())
            QVERIFY(dock->isHidden());
    }

    void applyingIsOneUndoStep()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        SegmentController *tools = window.segmentController();
        AssignmentPanel *panel = tools->assignmentPanel();
        const QString original = state(window);

        tools->segmentsDock()->selectSegments({m_ids.a, m_ids.c});
        QCOMPARE(panel->segments().size(), 2);
        QVERIFY(panel->isEnabled());
        // A and C differ: the chief box keeps each segment's own until changed.
        QCOMPARE(panel->chiefBox()->currentData().toLongLong(), qint64(-1));
        QVERIFY(panel->chiefBox()->findData(m_ids.li) < 0);   // inactive officers are not offered
        QVERIFY(panel->chiefBox()->findData(m_ids.wang) < 0); // nor other trades
        QCOMPARE(panel->picker(QStringLiteral("greening"))->count(), 1);
        QCOMPARE(panel->picker(QStringLiteral("greening"))->item(0)->checkState(), Qt::PartiallyChecked);
        QCOMPARE(panel->picker(QStringLiteral("sanitation"))->count(), 1); // Liu, not the inactive Sun

        panel->chiefBox()->setCurrentIndex(panel->chiefBox()->findData(m_ids.zhao));
        QVERIFY(panel->picker(QStringLiteral("sanitation"))->setPicked(m_ids.liu, true));
        panel->partyBranchBox()->setCurrentIndex(panel->partyBranchBox()->findData(m_ids.branch2));
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);

        QUndoStack *stack = window.undoStack();
        QCOMPARE(stack->count(), 1);
        QVERIFY2(stack->undoText().contains(QStringLiteral("2 segment")), qPrintable(stack->undoText()));
        const QString applied = state(window);
        const QString a = QString::number(m_ids.a), c = QString::number(m_ids.c);
        const QString zhao = QString::number(m_ids.zhao), unit = QString::number(m_ids.branch2);
        QVERIFY2(applied.contains(
                     QStringLiteral("%1:%2:%3:%4+%5;").arg(a, zhao, unit).arg(m_ids.wang).arg(m_ids.liu)),
                 qPrintable(applied));
        QVERIFY2(applied.contains(QStringLiteral("%1:%2:%3:%4;").arg(c, zhao, unit).arg(m_ids.liu)),
                 qPrintable(applied));
        // The list, the card and the panel followed.
        SegmentTableModel *model = tools->segmentsDock()->model();
        QCOMPARE(model->data(model->index(model->rowOf(m_ids.c), SegmentTableModel::ChiefColumn)).toString(),
                 QStringLiteral("赵敏"));
        QCOMPARE(tools->workloadDock()->card()->figures().unassigned, 0);
        QCOMPARE(panel->chiefBox()->currentData().toLongLong(), m_ids.zhao);
        QCOMPARE(tools->segmentsDock()->selectedSegments().size(), 2); // the selection survived

        stack->undo();
        QCOMPARE(state(window), original);
        QCOMPARE(tools->workloadDock()->card()->figures().unassigned, 1);
        QCOMPARE(model->data(model->index(model->rowOf(m_ids.c), SegmentTableModel::ChiefColumn)).toString(),
                 QString());
        stack->redo();
        QCOMPARE(state(window), applied);
        stack->undo();
        QCOMPARE(state(window), original);
        QCOMPARE(window.store()->db().scalarInt(
                     "SELECT count(*) FROM audit_log WHERE table_name = 'road_segments' "
                     "AND action = 'update'"),
                 qint64(1 + 2 * 4)); // the fixture's one, then two segments in each of four steps
    }

    void aChiefIsFoundByTypingWithTheirLoad()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        AssignmentPanel *panel = window.segmentController()->assignmentPanel();
        window.segmentController()->segmentsDock()->selectSegments({m_ids.a});
        PersonBox *box = panel->chiefBox();
        // The fixed entries first, then the officers in pinyin order, each with what they carry.
        QStringList names;
        for (int i = 0; i < box->count(); ++i)
            if (box->itemData(i).toLongLong() > 0)
                names.append(box->itemText(i));
        QVERIFY(names.size() >= 2);
        QStringList sorted = names;
        QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(names, sorted);
        const int zhang = box->findData(m_ids.zhang);
        QVERIFY(box->itemText(zhang).contains(QStringLiteral("segment")));
        // Typing part of a name offers only those who match.
        QVERIFY(box->isEditable());
        box->completer()->setCompletionPrefix(Roster(*window.store()).person(m_ids.zhao).name.right(1));
        QVERIFY(box->completer()->completionCount() >= 1);
        for (int row = 0; row < box->completer()->completionCount(); ++row) {
            box->completer()->setCurrentRow(row);
            QVERIFY(box->completer()->currentCompletion().contains(box->completer()->completionPrefix()));
        }
    }

    void applyingNothingPushesNothing()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        AssignmentPanel *panel = window.segmentController()->assignmentPanel();
        window.segmentController()->segmentsDock()->selectSegments({m_ids.a});
        QCOMPARE(panel->chiefBox()->currentData().toLongLong(), m_ids.zhang);
        QVERIFY(!panel->apply());
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void aRefusalIsShownAndPushesNothing()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        AssignmentPanel *panel = window.segmentController()->assignmentPanel();
        window.segmentController()->segmentsDock()->selectSegments({m_ids.c});
        panel->chiefBox()->setCurrentIndex(panel->chiefBox()->findData(m_ids.zhao));
        // Someone else deactivates Zhao meanwhile, behind the panel's back.
        Roster(*window.store()).deactivate(m_ids.zhao);
        const QString before = state(window);
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!panel->apply());
        QVERIFY2(shown.contains(QStringLiteral("赵敏 is no longer active")), qPrintable(shown));
        QCOMPARE(state(window), before);
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void deactivatingAChiefShowsInTheListAndUndoes()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        SegmentController *tools = window.segmentController();
        const QList<qint64> chaired = tools->document()->setPersonActive(m_ids.zhang, false);
        QCOMPARE(chaired, QList<qint64>{m_ids.a});
        SegmentTableModel *model = tools->segmentsDock()->model();
        const QModelIndex a = model->index(model->rowOf(m_ids.a), SegmentTableModel::StatusColumn);
        QVERIFY(model->data(a, SegmentTableModel::NeedsChiefRole).toBool());
        QCOMPARE(tools->workloadDock()->card()->figures().unassigned, 2);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QVERIFY(!model->data(a, SegmentTableModel::NeedsChiefRole).toBool());
        QVERIFY(Roster(*window.store()).person(m_ids.zhang).active);
    }

    void mySegmentsAsksTheMapToShowThem()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show(); // the canvas fits a rectangle into its size, which it learns when shown
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDistrict(m_path));
        MySegmentsDock *dock = window.segmentController()->mySegmentsDock();
        QSignalSpy zoom(window.segmentController(), &SegmentController::zoomRequested);
        dock->showPerson(m_ids.zhao);
        QCOMPARE(zoom.count(), 1);
        const QRectF rect = zoom.first().first().toRectF();
        QVERIFY(rect.contains(QPointF(segment_district::kX + 450, segment_district::kY)));
        QVERIFY(window.canvas()->viewport().visibleMapRect().contains(rect.center()));
        QVERIFY(dock->details()->toPlainText().contains(QStringLiteral("化粪池")));
    }

    void closingEmptiesTheToolsAndTheStack()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        SegmentController *tools = window.segmentController();
        tools->segmentsDock()->selectSegments({m_ids.b});
        AssignmentChange change;
        change.partyUnitId = m_ids.branch1;
        tools->document()->assign({m_ids.b}, change);
        QCOMPARE(window.undoStack()->count(), 1);
        window.closeDistrict();
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(tools->segmentsDock()->model()->rowCount(), 0);
        QVERIFY(!tools->assignmentPanel()->isEnabled());
        QVERIFY_THROWS_EXCEPTION(RequestError, tools->document()->assign({m_ids.b}, change));
    }
};

QTEST_MAIN(TestAssignmentPanel)
#include "tst_assignment_panel.moc"
