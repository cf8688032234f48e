#include "core/segments/segment_coverage.h"
#include "core/segments/segment_editor.h"
#include "core/segments/segment_naming.h"
#include "core/segments/segment_proposals.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Segment names derived from the roads that cross, chainage where none does, and proposals that cut
// roads at junctions of chosen grades or into pieces no longer than a maximum, applied as one undoable
// step that keeps the chiefs.
class TestSegmentProposals : public QObject
{
    Q_OBJECT

private:
    static constexpr double kX = 500000.0, kY = 3270000.0;
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    qint64 m_road = 0, m_segment = 0, m_chief = 0;
    int m_file = 0;

    qint64 road(const QString &name, const char *grade, QPointF from, QPointF to)
    {
        return m_store->insertRow(
            QStringLiteral("roads"),
            {{QStringLiteral("code"), name},
             {QStringLiteral("name"), name},
             {QStringLiteral("grade"), QLatin1String(grade)},
             {QStringLiteral("geom"),
              geometry_blob::encode(Geometry::lineString(
                  4545, {QPointF(kX + from.x(), kY + from.y()), QPointF(kX + to.x(), kY + to.y())}))}});
    }

    RoadSegments segments() { return SegmentEditor(*m_store).read(m_road); }

    qint64 audited(const char *action)
    {
        return m_store->db().scalarInt(QByteArray("SELECT count(*) FROM audit_log WHERE table_name = "
                                                  "'road_segments' AND action = '") +
                                       action + "'");
    }

private slots:
    void init()
    {
        // 建新北路 runs 1,000 m east. 东路 (main) crosses 10 m from its start, 甲路 (trunk) at 300 m,
        // 乙巷 (branch) at 600 m, and 丙路 (main) ends on it at 800 m, 0.3 m short of the centreline.
        m_store = DistrictStore::create(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)),
                                        DistrictSettings());
        m_road = road(QStringLiteral("建新北路"), "main", {0, 0}, {1000, 0});
        road(QStringLiteral("东路"), "main", {10, -100}, {10, 100});
        road(QStringLiteral("甲路"), "trunk", {300, -200}, {300, 200});
        road(QStringLiteral("乙巷"), "branch", {600, -50}, {600, 50});
        road(QStringLiteral("丙路"), "main", {800, 300}, {800, 0.3});
        m_chief = m_store->insertRow(QStringLiteral("people"),
                                     {{QStringLiteral("name"), QStringLiteral("张伟")},
                                      {QStringLiteral("role"), QStringLiteral("officer")}});
        m_segment = m_store->insertRow(
            QStringLiteral("road_segments"),
            {{QStringLiteral("road_id"), m_road},
             {QStringLiteral("from_m"), 0.0},
             {QStringLiteral("to_m"), 1000.0},
             {QStringLiteral("name"), QStringLiteral("建新北路")},
             {QStringLiteral("chief_id"), m_chief},
             {QStringLiteral("geom"),
              geometry_blob::encode(Geometry::lineString(4545, {QPointF(kX, kY), QPointF(kX + 1000, kY)}))}});
    }

    void crossings()
    {
        const SegmentNaming naming(*m_store, m_road);
        QCOMPARE(naming.length(), 1000.0);
        const QList<SegmentNaming::Crossing> c = naming.crossings();
        QCOMPARE(c.size(), 4);
        const QStringList names{QStringLiteral("东路"), QStringLiteral("甲路"), QStringLiteral("乙巷"),
                                QStringLiteral("丙路")};
        const QList<double> at{10, 300, 600, 800};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(c[i].name, names[i]);
            QVERIFY2(qAbs(c[i].measure - at[i]) < 1e-6, qPrintable(QString::number(c[i].measure)));
        }
        QCOMPARE(c[1].grade, QStringLiteral("trunk"));
    }

    void names()
    {
        const SegmentNaming naming(*m_store, m_road);
        // The road's start takes the name of the road crossing 10 m from it; its end has none.
        QCOMPARE(naming.nameFor(0, 300), QStringLiteral("建新北路 (东路 \u2014 甲路)"));
        QCOMPARE(naming.nameFor(800, 1000), QStringLiteral("建新北路 (丙路 \u2014 end)"));
        QCOMPARE(naming.nameFor(300, 450), QStringLiteral("建新北路 (甲路 \u2014 K0+450)"));
        QCOMPARE(SegmentNaming::chainage(1250.4), QStringLiteral("K1+250"));
        QCOMPARE(SegmentNaming::chainage(45.0), QStringLiteral("K0+045"));
    }

    void proposeAtJunctions()
    {
        const RoadProposal p = SegmentProposals::propose(*m_store, m_road, {});
        QCOMPARE(p.currentSegments, 1);
        // Trunk and main roads cut; the branch lane does not; 东路, 10 m from the end, would leave a sliver.
        QCOMPARE(p.pieces.size(), 3);
        QCOMPARE(p.pieces[0].to, 300.0);
        QVERIFY(qAbs(p.pieces[1].to - 800.0) < 1e-6);
        QCOMPARE(p.pieces[2].to, 1000.0);
        QCOMPARE(p.pieces[1].name, QStringLiteral("建新北路 (甲路 \u2014 丙路)"));

        SegmentProposals::Options all;
        all.crossGrades << QStringLiteral("branch");
        QCOMPARE(SegmentProposals::propose(*m_store, m_road, all).pieces.size(), 4);
    }

    void proposeByLength()
    {
        SegmentProposals::Options options;
        options.maxLength = 200;
        const RoadProposal p = SegmentProposals::propose(*m_store, m_road, options);
        // 0–300 in two, 300–800 in three, 800–1000 whole: none longer than 200 m.
        QCOMPARE(p.pieces.size(), 6);
        for (const RoadProposal::Piece &piece : p.pieces)
            QVERIFY(piece.to - piece.from <= 200 + 1e-6);
        QCOMPARE(p.pieces[0].name, QStringLiteral("建新北路 (东路 \u2014 K0+150)"));
        // Only lengths: no junction cuts.
        options.crossGrades.clear();
        options.maxLength = 400;
        QCOMPARE(SegmentProposals::propose(*m_store, m_road, options).pieces.size(), 3);
    }

    void applyKeepsPeopleAndUndoes()
    {
        const RoadSegments before = segments();
        const qint64 inserts = audited("insert"), updates = audited("update");
        const RoadProposal p = SegmentProposals::propose(*m_store, m_road, {});
        const RoadSegments undo = SegmentProposals::apply(*m_store, p);
        QCOMPARE(undo.segments, before.segments);
        const RoadSegments after = segments();
        QCOMPARE(after.segments.size(), 3);
        QCOMPARE(after.segments.first().id, m_segment); // the first piece keeps the old id
        QList<SegmentSpan> spans;
        for (const SegmentRecord &s : after.segments) {
            QCOMPARE(s.chiefId, m_chief);
            spans.append({s.id, s.from, s.to});
        }
        QVERIFY(SegmentCoverage::check(1000.0, spans).isEmpty());
        QCOMPARE(after.segments[2].name, QStringLiteral("建新北路 (丙路 \u2014 end)"));
        // The audit log reads as for splits: the kept segment updated, the two new ones inserted.
        QCOMPARE(audited("insert"), inserts + 2);
        QCOMPARE(audited("update"), updates + 1);
        SegmentEditor(*m_store).restore(undo);
        QCOMPARE(segments().segments, before.segments);
    }

    void splitDerivesNamesAndRenameSticks()
    {
        SegmentEditor editor(*m_store);
        qint64 second = 0;
        editor.split(m_segment, 300, &second);
        const RoadSegments now = segments();
        QCOMPARE(now.segments[0].name, QStringLiteral("建新北路 (东路 \u2014 甲路)"));
        QCOMPARE(now.segments[1].name, QStringLiteral("建新北路 (甲路 \u2014 end)"));
        QVERIFY_THROWS_EXCEPTION(RequestError, editor.rename(second, QStringLiteral("  ")));
        const RoadSegments before = editor.rename(second, QStringLiteral("建新北路东段"));
        QCOMPARE(segments().segments[1].name, QStringLiteral("建新北路东段"));
        editor.restore(before);
        QCOMPARE(segments().segments, now.segments);
    }
};

QTEST_GUILESS_MAIN(TestSegmentProposals)
#include "tst_segment_proposals.moc"
