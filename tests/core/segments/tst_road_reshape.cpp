#include "core/segments/polyline.h"
#include "core/segments/road_reshape.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_editor.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Redrawing a road's centreline keeps its segments valid: boundaries stay where they were on the
// ground when the new line passes them, keep their share of the length when it does not, and an undo
// puts the road and its segments back exactly.
class TestRoadReshape : public QObject
{
    Q_OBJECT

private:
    static constexpr double kX = 500000.0, kY = 3270000.0;
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    qint64 m_road = 0;
    int m_file = 0;

    static QList<QPointF> at(const QList<QPointF> &offsets)
    {
        QList<QPointF> out;
        for (const QPointF &p : offsets)
            out.append(QPointF(kX + p.x(), kY + p.y()));
        return out;
    }

    QList<double> boundaries()
    {
        QList<double> out;
        const RoadSegments s = SegmentEditor(*m_store).read(m_road);
        for (qsizetype i = 1; i < s.segments.size(); ++i)
            out.append(s.segments[i].from);
        return out;
    }

    int violations() { return SegmentCheck::run(*m_store).violations; }

private slots:
    void init()
    {
        // 1,000 m east, in segments 0–300, 300–700 and 700–1,000 m with a chief each.
        m_store = DistrictStore::create(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_file)),
                                        DistrictSettings());
        const QList<QPointF> line = at({{0, 0}, {1000, 0}});
        m_road = m_store->insertRow(
            QStringLiteral("roads"),
            {{QStringLiteral("code"), QStringLiteral("R1")},
             {QStringLiteral("name"), QStringLiteral("建新北路")},
             {QStringLiteral("grade"), QStringLiteral("main")},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(4545, line))}});
        const qint64 chief = m_store->insertRow(QStringLiteral("people"),
                                                {{QStringLiteral("name"), QStringLiteral("张伟")},
                                                 {QStringLiteral("role"), QStringLiteral("officer")}});
        for (const auto &[from, to] :
             {std::pair{0.0, 300.0}, std::pair{300.0, 700.0}, std::pair{700.0, 1000.0}})
            m_store->insertRow(QStringLiteral("road_segments"),
                               {{QStringLiteral("road_id"), m_road},
                                {QStringLiteral("from_m"), from},
                                {QStringLiteral("to_m"), to},
                                {QStringLiteral("name"), QStringLiteral("段")},
                                {QStringLiteral("chief_id"), chief},
                                {QStringLiteral("geom"), geometry_blob::encode(Geometry::lineString(
                                                             4545, polyline::substring(line, from, to)))}});
        QCOMPARE(violations(), 0);
    }

    void boundariesStayOnTheGround()
    {
        // The middle of the road bends 100 m north: the boundaries at 300 m and 700 m east stay at
        // 300 m and 700 m east, further along the longer line.
        const QList<QPointF> bent = at({{0, 0}, {500, 100}, {1000, 0}});
        const RoadSegments before = SegmentEditor(*m_store).read(m_road);
        const RoadShape undo = RoadReshape::apply(*m_store, m_road, bent);
        QCOMPARE(undo.segments.segments, before.segments);
        QCOMPARE(violations(), 0);
        const QList<double> b = boundaries();
        QCOMPARE(b.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QPointF p = polyline::pointAt(bent, b[i]);
            QVERIFY2(qAbs(p.x() - (kX + (i == 0 ? 300 : 700))) < 25, qPrintable(QString::number(p.x() - kX)));
        }
        // People stay on their segments; the road's length follows the new line.
        for (const SegmentRecord &s : SegmentEditor(*m_store).read(m_road).segments)
            QCOMPARE(s.chiefId, before.segments.first().chiefId);
        QVERIFY(qAbs(m_store->db().scalarText("SELECT length_m FROM roads").toDouble() -
                     polyline::length(bent)) < 0.01);

        RoadReshape::restore(*m_store, m_road, undo);
        QCOMPARE(SegmentEditor(*m_store).read(m_road).segments, before.segments);
        QCOMPARE(SegmentEditor(*m_store).centreline(m_road), at({{0, 0}, {1000, 0}}));
    }

    void extendedRoadKeepsBoundaries()
    {
        RoadReshape::apply(*m_store, m_road, at({{0, 0}, {1200, 0}}));
        QCOMPARE(violations(), 0);
        const QList<double> b = boundaries();
        QVERIFY(qAbs(b[0] - 300) < 1e-6 && qAbs(b[1] - 700) < 1e-6);
        QCOMPARE(SegmentEditor(*m_store).read(m_road).segments.last().to, 1200.0);
    }

    void reversedRoadKeepsShares()
    {
        // Drawn the other way the old boundaries come in the wrong order: they keep their shares.
        RoadReshape::apply(*m_store, m_road, at({{1000, 0}, {0, 0}}));
        QCOMPARE(violations(), 0);
        const QList<double> b = boundaries();
        QVERIFY(qAbs(b[0] - 300) < 1e-6 && qAbs(b[1] - 700) < 1e-6);
    }

    void badLineIsRefusedAndChangesNothing()
    {
        const RoadSegments before = SegmentEditor(*m_store).read(m_road);
        QVERIFY_THROWS_EXCEPTION(RequestError, RoadReshape::apply(*m_store, m_road, at({{0, 0}})));
        QVERIFY_THROWS_EXCEPTION(RequestError, RoadReshape::apply(*m_store, m_road, at({{5, 5}, {5, 5}})));
        QCOMPARE(SegmentEditor(*m_store).read(m_road).segments, before.segments);
    }

    void nestedTransactionsAreSavepoints()
    {
        const qint64 people = m_store->count(QStringLiteral("people"));
        {
            sql::Transaction outer(m_store->db());
            m_store->db().exec("INSERT INTO people(name, role) VALUES ('外层', 'officer')");
            {
                sql::Transaction inner(m_store->db());
                m_store->db().exec("INSERT INTO people(name, role) VALUES ('内层', 'officer')");
            } // abandoned: only its own row goes
            outer.commit();
        }
        QCOMPARE(m_store->count(QStringLiteral("people")), people + 1);
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM people WHERE name = '内层'"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRoadReshape)
#include "tst_road_reshape.moc"
