// Road centrelines edited in an edit session (issue #7) keep their segments valid (issue #4): nothing
// reaches the store until the save, the save cuts the segments again from the new line in its one
// transaction, undoing an action restores the exact row, and `segments check` finds nothing after
// random sequences of vertex moves, inserts and deletes. Also: an action kept for undo names the rows a
// save gave store ids to by those ids, so undoing it after the save is a new edit of the saved rows.

#include "core/edit_session/edit_session.h"
#include "core/segments/polyline.h"
#include "core/segments/road_reshape.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_editor.h"
#include "core/store/geometry_blob.h"
#include "tests/core/edit_session/edit_district.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kRoads = QStringLiteral("roads");
const QString kComponents = QStringLiteral("components");

QList<QPointF> lineOf(const RowState &row)
{
    const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
    const auto geometry = geometry_blob::decode(blob.constData(), int(blob.size()));
    return geometry ? geometry->parts.value(0).value(0) : QList<QPointF>();
}

QList<double> boundaries(DistrictStore &store, qint64 road)
{
    QList<double> out;
    const RoadSegments s = SegmentEditor(store).read(road);
    for (qsizetype i = 1; i < s.segments.size(); ++i)
        out.append(s.segments[i].from);
    return out;
}
} // namespace

class TestEditRoads : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = edit_district::make(m_dir->filePath(QStringLiteral("d.sqlite")), 4);
        m_road = edit_district::addRoad(*m_store);
        m_session = std::make_unique<EditSession>(*m_store);
        m_session->setJournalEnabled(false);
        QCOMPARE(SegmentCheck::run(*m_store).violations, 0);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void aMovedVertexIsPendingUntilSavedThenTheSegmentsFollow()
    {
        const QList<QPointF> before = lineOf(m_session->row({kRoads, m_road}));
        QCOMPARE(before.size(), 3);
        QList<QPointF> bent = before;
        bent[0] += QPointF(-50, 0);   // the start 50 m further west, on the same line
        bent[1] += QPointF(0, 0.004); // and the middle vertex a few millimetres off, within the tolerance
        const EditAction move = m_session->setValues(
            kRoads, {m_road}, RoadReshape::centrelineValues(m_store->srid(), bent), QStringLiteral("move"));
        QCOMPARE(move.steps.size(), 1);
        m_session->apply(move);
        QCOMPARE(lineOf(m_session->row({kRoads, m_road})), bent);
        QCOMPARE(lineOf(m_store->readRow(kRoads, m_road)), before); // not saved yet

        m_session->revert(move);
        QVERIFY(!m_session->hasChanges());
        m_session->apply(move);
        const qint64 audits = m_store->count(QStringLiteral("audit_log"));
        const SaveResult result = m_session->save();
        QCOMPARE(result.saved, 1);
        QVERIFY(result.tables.contains(QStringLiteral("road_segments")));
        QCOMPARE(lineOf(m_store->readRow(kRoads, m_road)), bent);
        QCOMPARE(m_store->readRow(kRoads, m_road).value(QStringLiteral("length_m")).toDouble(),
                 std::round(polyline::length(bent) * 100) / 100);
        QCOMPARE(SegmentCheck::run(*m_store).violations, 0);
        // The boundaries stay where they were on the ground, 150 m and 300 m east of the old start:
        // 200 m and 350 m along the longer road.
        const QList<double> moved = boundaries(*m_store, m_road);
        QCOMPARE(moved.size(), 2);
        QVERIFY2(qAbs(moved[0] - 200) < 0.01 && qAbs(moved[1] - 350) < 0.01,
                 qPrintable(QStringLiteral("%1 %2").arg(moved[0]).arg(moved[1])));
        // Audited: the road with its new line as WKT, and the segments cut again.
        auto st =
            m_store->db().prepare("SELECT count(*) FROM audit_log WHERE id > ? AND table_name = 'roads' "
                                  "AND new_values LIKE '%LINESTRING%'");
        st.bind(1, audits);
        QVERIFY(st.step() && st.int64(0) == 1);
        QVERIFY(m_store->count(QStringLiteral("audit_log")) > audits + 1);
    }

    void randomVertexEditsWithUndoKeepTheSegmentsValid()
    {
        QRandomGenerator random(20261127);
        QList<EditAction> done;
        for (int round = 0; round < 40; ++round) {
            QList<QPointF> line = lineOf(m_session->row({kRoads, m_road}));
            const int choice = int(random.bounded(4));
            if (choice == 3 && !done.isEmpty()) {
                m_session->revert(done.takeLast());
                continue;
            }
            const int at = int(random.bounded(int(line.size())));
            if (choice == 0 || line.size() <= 2)
                line[at] += QPointF(random.bounded(80.0) - 40, random.bounded(80.0) - 40);
            else if (choice == 1 && at + 1 < line.size())
                line.insert(at + 1, (line[at] + line[at + 1]) / 2 + QPointF(0, random.bounded(30.0)));
            else
                line.removeAt(at);
            const EditAction action =
                m_session->setValues(kRoads, {m_road}, RoadReshape::centrelineValues(m_store->srid(), line),
                                     QStringLiteral("edit"));
            m_session->apply(action);
            done << action;
            if (round % 10 == 9) {
                const QList<QPointF> expected = lineOf(m_session->row({kRoads, m_road}));
                m_session->save();
                done.clear();
                QCOMPARE(lineOf(m_store->readRow(kRoads, m_road)), expected);
                const SegmentCheckReport report = SegmentCheck::run(*m_store);
                QVERIFY2(report.violations == 0,
                         qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().text));
                QCOMPARE(SegmentEditor(*m_store).read(m_road).segments.size(), 3);
            }
        }
    }

    void aRoadChangedElsewhereIsAConflict()
    {
        QList<QPointF> line = lineOf(m_session->row({kRoads, m_road}));
        line[1] += QPointF(0, 20);
        m_session->apply(
            m_session->setValues(kRoads, {m_road}, RoadReshape::centrelineValues(4545, line), {}));
        {
            auto other = DistrictStore::open(m_store->path());
            QList<QPointF> theirs = lineOf(other->readRow(kRoads, m_road));
            theirs[1] += QPointF(0, -20);
            RoadReshape::apply(*other, m_road, theirs);
        }
        const SaveResult result = m_session->save();
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.saved, 0);
        QCOMPARE(SegmentCheck::run(*m_store).violations, 0);
        m_session->keepMine(result.conflicts.first());
        QCOMPARE(m_session->save().saved, 1);
        QCOMPARE(lineOf(m_store->readRow(kRoads, m_road)), line);
        QCOMPARE(SegmentCheck::run(*m_store).violations, 0);
    }

    void anActionNamesSavedRowsByTheirStoreIds()
    {
        EditAction add = m_session->insertRow(
            kComponents,
            {{QStringLiteral("ident"), edit_district::ident(edit_district::kClassA, 9)},
             {QStringLiteral("class_code"), QLatin1String(edit_district::kClassA)},
             {QStringLiteral("name"), QStringLiteral("新部件")},
             {QStringLiteral("state"), QStringLiteral("intact")},
             {QStringLiteral("geom"), edit_district::point(edit_district::kX, edit_district::kY + 5)}},
            QStringLiteral("add"));
        m_session->apply(add);
        const SaveResult result = m_session->save();
        QCOMPARE(result.newIds.size(), 1);
        const qint64 id = result.newIds.value(add.steps.first().key.id);
        QVERIFY(id > 0);
        renameSavedRows(add, result.newIds, result.renumbered);
        QCOMPARE(add.steps.first().key.id, id);
        QCOMPARE(add.steps.first().after->value(QStringLiteral("id")).toLongLong(), id);
        // Undoing the saved insert is a pending delete of the saved row; redoing it again leaves nothing.
        m_session->revert(add);
        QCOMPARE(m_session->changeCount(), 1);
        QVERIFY(!m_session->pending({kComponents, id})->current);
        m_session->apply(add);
        QVERIFY(!m_session->hasChanges());
        m_session->revert(add);
        m_session->save();
        QCOMPARE(m_store->count(kComponents), 4);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DistrictStore> m_store;
    std::unique_ptr<EditSession> m_session;
    qint64 m_road = 0;
};

QTEST_GUILESS_MAIN(TestEditRoads)
#include "tst_edit_roads.moc"
