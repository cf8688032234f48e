#include "app/workstation/language.h"
#include "app/workstation/segments/my_segments_model.h"
#include "app/workstation/segments/roster_model.h"
#include "app/workstation/segments/segment_filter_model.h"
#include "app/workstation/segments/segment_table_model.h"
#include "app/workstation/segments/workload_model.h"
#include "core/segments/segment_assignment.h"
#include "tests/core/segments/segment_district.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Every model of the segment tools under QAbstractItemModelTester, filled from a real store, emptied,
// and refilled after an edit.
class TestSegmentModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    segment_district::Ids m_ids;

    static QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

private slots:
    void initTestCase()
    {
        Language::apply(QStringLiteral("en"));
        m_store = DistrictStore::create(m_dir.filePath(QStringLiteral("m.sqlite")), DistrictSettings());
        m_ids = segment_district::fill(*m_store);
    }

    void segmentTable()
    {
        SegmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload(m_store.get());
        QCOMPARE(model.rowCount(), 3);
        const int a = model.rowOf(m_ids.a), c = model.rowOf(m_ids.c);
        QCOMPARE(cell(model, a, SegmentTableModel::RoadColumn), QStringLiteral("建新北路"));
        QCOMPARE(cell(model, a, SegmentTableModel::ChiefColumn), QStringLiteral("张伟"));
        QCOMPARE(cell(model, a, SegmentTableModel::CollaboratorsColumn), QStringLiteral("王芳"));
        QCOMPARE(cell(model, a, SegmentTableModel::PartyBranchColumn), QStringLiteral("建新北路第一党支部"));
        QCOMPARE(model.data(model.index(a, SegmentTableModel::LengthColumn), SegmentTableModel::SortRole)
                     .toDouble(),
                 300.0);
        QCOMPARE(cell(model, c, SegmentTableModel::StatusColumn), QStringLiteral("Needs a chief"));
        QVERIFY(model.data(model.index(c, 0), SegmentTableModel::NeedsChiefRole).toBool());
        QVERIFY(model.data(model.index(c, SegmentTableModel::StatusColumn), Qt::ForegroundRole).isValid());

        // An edit keeps the rows (and a view's selection): only cells change.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        AssignmentChange change;
        change.chiefId = m_ids.zhao;
        const auto before = SegmentAssignments(*m_store).assign({m_ids.c}, change);
        model.reload(m_store.get());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cell(model, c, SegmentTableModel::ChiefColumn), QStringLiteral("赵敏"));
        SegmentAssignments(*m_store).restore(before);
        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unassignedOnly");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << false << 3;
        QTest::newRow("a road") << QStringLiteral("建新北路") << false << 2;
        QTest::newRow("a chief") << QStringLiteral("赵敏") << false << 1;
        QTest::newRow("nothing matches") << QStringLiteral("nowhere") << false << 0;
        QTest::newRow("unassigned only") << QString() << true << 1;
        QTest::newRow("unassigned on a road") << QStringLiteral("建新北路") << true << 0;
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(bool, unassignedOnly);
        QFETCH(int, rows);
        SegmentTableModel model;
        SegmentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store.get());
        filter.setText(text);
        filter.setUnassignedOnly(unassignedOnly);
        QCOMPARE(filter.rowCount(), rows);
        filter.sort(SegmentTableModel::LengthColumn, Qt::DescendingOrder);
        QCOMPARE(filter.rowCount(), rows);
    }

    void workload()
    {
        WorkloadModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, WorkloadModel::SegmentsColumn), QStringLiteral("1"));
        QCOMPARE(
            model.data(model.index(0, WorkloadModel::KilometresColumn), WorkloadModel::SortRole).toDouble(),
            0.3);
        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void roster()
    {
        RosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store.get());
        QCOMPARE(model.rowCount(), 7);
        const int zhang = model.rowOf(m_ids.zhang), li = model.rowOf(m_ids.li);
        QCOMPARE(cell(model, zhang, RosterModel::RoleColumn), QStringLiteral("City-management officer"));
        QCOMPARE(cell(model, zhang, RosterModel::ChairsColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, li, RosterModel::StateColumn), QStringLiteral("Inactive"));
        QVERIFY(!model.data(model.index(li, 0), RosterModel::ActiveRole).toBool());
    }

    void mySegments()
    {
        MySegmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store.get(), m_ids.zhang);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, MySegmentsModel::RoleColumn), QStringLiteral("Chief"));
        QCOMPARE(cell(model, 0, MySegmentsModel::ShopsColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, MySegmentsModel::ShopsColumn, Qt::ToolTipRole), QStringLiteral("老火锅"));
        QCOMPARE(cell(model, 0, MySegmentsModel::ComponentsColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 0, MySegmentsModel::PermitsColumn), QStringLiteral("1"));
        const QRectF bounds = model.bounds();
        QVERIFY(bounds.contains(QPointF(segment_district::kX + 150, segment_district::kY)));
        QVERIFY(bounds.height() >= 60); // the reach either side of a straight segment
        model.reload(m_store.get(), m_ids.wang);
        QCOMPARE(cell(model, 0, MySegmentsModel::RoleColumn), QStringLiteral("Collaborator"));
        model.reload(m_store.get(), m_ids.chen);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.bounds().isNull());
    }
};

QTEST_MAIN(TestSegmentModels)
#include "tst_segment_models.moc"
