#include "core/segments/polyline.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_editor.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace uo;

// Splits, merges and boundary moves on a real store: the road stays covered, every step is audited,
// and restoring the returned state gives back exactly what was there.
class TestSegmentEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    qint64 m_road = 0;
    qint64 m_first = 0;
    qint64 m_chief = 0;
    // A bent road: 400 m east, 300 m north, 200 m east; 900 m, vertices at 400 and 700 m.
    const QList<QPointF> m_line{{370000, 3278000}, {370400, 3278000}, {370400, 3278300}, {370600, 3278300}};

    SegmentCheckReport check() { return SegmentCheck::run(*m_store); }

private slots:
    void init()
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n)), DistrictSettings());
        m_road = m_store->insertRow(
            QStringLiteral("roads"),
            {{QStringLiteral("code"), QStringLiteral("R1")},
             {QStringLiteral("name"), QStringLiteral("Test road")},
             {QStringLiteral("grade"), QStringLiteral("main")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, m_line))}});
        m_chief = m_store->insertRow(QStringLiteral("people"),
                                     {{QStringLiteral("name"), QStringLiteral("Chief")},
                                      {QStringLiteral("role"), QStringLiteral("officer")}});
        m_first = m_store->insertRow(
            QStringLiteral("road_segments"),
            {{QStringLiteral("road_id"), m_road},
             {QStringLiteral("from_m"), 0.0},
             {QStringLiteral("to_m"), 900.0},
             {QStringLiteral("name"), QStringLiteral("Whole")},
             {QStringLiteral("chief_id"), m_chief},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, m_line))}});
        QCOMPARE(check().violations, 0);
    }

    void splitAt_data()
    {
        QTest::addColumn<double>("measure");
        QTest::newRow("on a vertex") << 400.0;
        QTest::newRow("between vertices") << 123.45;
        QTest::newRow("near the start") << 0.5;
        QTest::newRow("near the end") << 899.5;
    }
    void splitAt()
    {
        QFETCH(double, measure);
        SegmentEditor editor(*m_store);
        qint64 created = 0;
        const RoadSegments before = editor.split(m_first, measure, &created);
        const RoadSegments after = editor.read(m_road);
        QCOMPARE(after.segments.size(), 2);
        QCOMPARE(after.segments[0].to, measure);
        QCOMPARE(after.segments[1].from, measure);
        QCOMPARE(after.segments[1].id, created);
        QCOMPARE(after.segments[1].chiefId, m_chief);
        QCOMPARE(check().violations, 0);
        QVERIFY(m_store->db().scalarInt(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'road_segments'") >= 2);
        editor.restore(before);
        QCOMPARE(editor.read(m_road).segments, before.segments);
        QCOMPARE(check().violations, 0);
    }

    void splitRefusesTheEnds_data()
    {
        QTest::addColumn<double>("measure");
        QTest::newRow("start") << 0.0;
        QTest::newRow("within 1 cm of the end") << 899.995;
        QTest::newRow("past the end") << 950.0;
    }
    void splitRefusesTheEnds()
    {
        QFETCH(double, measure);
        SegmentEditor editor(*m_store);
        const RoadSegments before = editor.read(m_road);
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.split(m_first, measure));
        QCOMPARE(editor.read(m_road).segments, before.segments);
    }

    void mergeRestoresTheWhole()
    {
        SegmentEditor editor(*m_store);
        qint64 second = 0;
        editor.split(m_first, 300, &second);
        const RoadSegments split = editor.read(m_road);
        const RoadSegments beforeMerge = editor.merge(m_first, second);
        QCOMPARE(beforeMerge.segments, split.segments);
        const RoadSegments merged = editor.read(m_road);
        QCOMPARE(merged.segments.size(), 1);
        QCOMPARE(merged.segments[0].to, 900.0);
        editor.restore(beforeMerge);
        QCOMPARE(editor.read(m_road).segments, split.segments);
    }

    void mergeRefusesNonNeighbours()
    {
        SegmentEditor editor(*m_store);
        qint64 b = 0, c = 0;
        editor.split(m_first, 300, &b);
        editor.split(b, 600, &c);
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.merge(m_first, c));
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.merge(b, m_first)); // wrong order along the road
    }

    void moveBoundary()
    {
        SegmentEditor editor(*m_store);
        qint64 second = 0;
        editor.split(m_first, 300, &second);
        const RoadSegments before = editor.moveBoundary(m_first, second, 555.5);
        const RoadSegments after = editor.read(m_road);
        QCOMPARE(after.segments[0].to, 555.5);
        QCOMPARE(after.segments[1].from, 555.5);
        QCOMPARE(check().violations, 0);
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.moveBoundary(m_first, second, 900.0));
        editor.restore(before);
        QCOMPARE(editor.read(m_road).segments, before.segments);
    }

    // A closed ring road (its last vertex is its first): measures run once round from the closing
    // point, so cuts at the corners and between them work as on any road, and the last piece ends where
    // the first begins. The closing point itself is both ends and cannot be cut.
    void ringRoad()
    {
        const QList<QPointF> ring{
            {371000, 3279000}, {371250, 3279000}, {371250, 3279250}, {371000, 3279250}, {371000, 3279000}};
        const qint64 road = m_store->insertRow(
            QStringLiteral("roads"),
            {{QStringLiteral("code"), QStringLiteral("R2")},
             {QStringLiteral("name"), QStringLiteral("Ring road")},
             {QStringLiteral("grade"), QStringLiteral("main")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, ring))}});
        const qint64 whole = m_store->insertRow(
            QStringLiteral("road_segments"),
            {{QStringLiteral("road_id"), road},
             {QStringLiteral("from_m"), 0.0},
             {QStringLiteral("to_m"), 1000.0},
             {QStringLiteral("name"), QStringLiteral("Ring")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, ring))}});
        QCOMPARE(check().violations, 0);

        SegmentEditor editor(*m_store);
        qint64 second = 0, third = 0;
        editor.split(whole, 250, &second); // at a corner
        editor.split(second, 600, &third); // between corners
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.split(third, 1000.0));
        const RoadSegments after = editor.read(road);
        QCOMPARE(after.segments.size(), 3);
        QCOMPARE(after.segments.last().to, 1000.0);
        QCOMPARE(check().violations, 0);

        // The last piece runs from 600 m round to the closing point: the road's first vertex.
        auto st = m_store->db().prepare("SELECT geom FROM road_segments WHERE id = ?");
        st.bind(1, third);
        QVERIFY(st.step());
        int size = 0;
        const char *data = st.blobData(0, &size);
        const std::optional<Geometry> piece = geometry_blob::decode(data, size);
        QVERIFY(piece);
        const Geometry::Ring points = piece->parts.value(0).value(0);
        QVERIFY(QLineF(points.first(), QPointF(371150, 3279250)).length() < 0.01);
        QCOMPARE(points.last(), ring.first());
        QVERIFY(qAbs(polyline::length(points) - 400.0) < 0.01);
    }

    // The store keeps a road as one line: a road in several parts cannot be stored, so no segment can
    // be cut on one (the import refuses such a line and says to split it into one road per part).
    void multiPartRoadsAreRefused()
    {
        Geometry parts;
        parts.type = Geometry::MultiLineString;
        parts.srid = 4545;
        parts.parts = {{{{372000, 3279000}, {372100, 3279000}}}, {{{372200, 3279000}, {372300, 3279000}}}};
        const qint64 roads = m_store->db().scalarInt("SELECT count(*) FROM roads");
        QVERIFY_THROWS_EXCEPTION(
            StoreError, m_store->insertRow(QStringLiteral("roads"),
                                           {{QStringLiteral("code"), QStringLiteral("R3")},
                                            {QStringLiteral("name"), QStringLiteral("Two parts")},
                                            {QStringLiteral("grade"), QStringLiteral("main")},
                                            {QStringLiteral("geom"), geometry_blob::encode(parts)}}));
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM roads"), roads);
    }

    void randomSequencesKeepTheRule()
    {
        SegmentEditor editor(*m_store);
        QRandomGenerator random(20261127);
        QList<RoadSegments> undo;
        for (int step = 0; step < 200; ++step) {
            const RoadSegments now = editor.read(m_road);
            const int pick = random.bounded(int(now.segments.size()));
            const SegmentRecord &s = now.segments[pick];
            const int action = random.bounded(3);
            try {
                if (action == 0)
                    undo.append(editor.split(s.id, s.from + random.generateDouble() * (s.to - s.from)));
                else if (action == 1 && pick + 1 < now.segments.size())
                    undo.append(editor.merge(s.id, now.segments[pick + 1].id));
                else if (action == 2 && pick + 1 < now.segments.size())
                    undo.append(editor.moveBoundary(s.id, now.segments[pick + 1].id,
                                                    s.from + random.generateDouble() *
                                                                 (now.segments[pick + 1].to - s.from)));
            } catch (const RequestError &) {
                // A cut too close to an end is refused; the store must be unchanged then.
                QCOMPARE(editor.read(m_road).segments, now.segments);
            }
            const SegmentCheckReport report = check();
            QVERIFY2(report.violations == 0, qPrintable(report.findings.value(0).text));
        }
        // Undoing every step in reverse order ends where it began.
        while (!undo.isEmpty())
            editor.restore(undo.takeLast());
        const RoadSegments start = editor.read(m_road);
        QCOMPARE(start.segments.size(), 1);
        QCOMPARE(start.segments[0].id, m_first);
        QCOMPARE(start.segments[0].to, 900.0);
    }
};

QTEST_GUILESS_MAIN(TestSegmentEditor)
#include "tst_segment_editor.moc"
