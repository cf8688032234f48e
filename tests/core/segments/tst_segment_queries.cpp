#include "core/segments/roster.h"
#include "core/segments/segment_assignment.h"
#include "core/segments/segment_queries.h"
#include "core/segments/segment_surroundings.h"
#include "core/store/district_store.h"
#include "tests/core/segments/segment_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;

// Read-only questions on a real store: the segment list, the workload per chief, the progress card,
// and what lies along a person's segments, found through the spatial indexes.
class TestSegmentQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    segment_district::Ids m_ids;

    void make(bool segmented)
    {
        static int n = 0;
        m_store =
            DistrictStore::create(m_dir.filePath(QStringLiteral("q%1.sqlite").arg(++n)), DistrictSettings());
        m_ids = segment_district::fill(*m_store, segmented);
    }

    static const ChiefWorkload *find(const QList<ChiefWorkload> &rows, qint64 person)
    {
        for (const ChiefWorkload &row : rows)
            if (row.personId == person)
                return &row;
        return nullptr;
    }

private slots:
    void init() { make(true); }

    void theListNamesEveryone()
    {
        const QList<SegmentSummary> all = SegmentQueries(*m_store).segments();
        QCOMPARE(all.size(), 3);
        // Road order: by road name, then along the road.
        QCOMPARE(all[0].id, m_ids.a);
        QCOMPARE(all[1].id, m_ids.b);
        const SegmentSummary &a = all[0];
        QCOMPARE(a.roadName, QStringLiteral("建新北路"));
        QCOMPARE(a.chiefName, QStringLiteral("张伟"));
        QCOMPARE(a.collaboratorNames, QStringList{QStringLiteral("王芳")});
        QCOMPARE(a.partyUnitName, QStringLiteral("建新北路第一党支部"));
        QCOMPARE(a.length(), 300.0);
        QVERIFY(!a.needsChief());
        const QList<SegmentSummary> some = SegmentQueries(*m_store).segments({m_ids.c});
        QCOMPARE(some.size(), 1);
        QVERIFY(some[0].needsChief());
        QVERIFY(some[0].chiefName.isEmpty());
        // Only Party branches may be a segment's unit: the company is not offered.
        const QList<PartyBranch> branches = SegmentQueries(*m_store).partyBranches();
        QCOMPARE(branches.size(), 2);
        for (const PartyBranch &b : branches)
            QVERIFY(b.id == m_ids.branch1 || b.id == m_ids.branch2);
    }

    void namesAndGradesForChoices()
    {
        // Every segment by name, whatever its road; grades as the roads have them, each once.
        const QList<QPair<qint64, QString>> names = SegmentQueries(*m_store).segmentNames();
        QCOMPARE(names.size(), 3);
        for (qsizetype i = 1; i < names.size(); ++i)
            QVERIFY(names[i - 1].second <= names[i].second);
        const QList<SegmentSummary> all = SegmentQueries(*m_store).segments();
        for (const SegmentSummary &s : all)
            QVERIFY(names.contains(qMakePair(s.id, s.name)));
        QCOMPARE(SegmentQueries(*m_store).roadGrades(), QStringList{QStringLiteral("main")});
        m_store->insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QStringLiteral("R9")},
                                                     {QStringLiteral("name"), QStringLiteral("支路")},
                                                     {QStringLiteral("grade"), QStringLiteral("branch")}});
        QCOMPARE(SegmentQueries(*m_store).roadGrades(),
                 (QStringList{QStringLiteral("branch"), QStringLiteral("main")}));
    }

    void workloadSums()
    {
        QList<ChiefWorkload> rows = SegmentQueries(*m_store).workload();
        QCOMPARE(rows.size(), 2); // the inactive officer without segments is not listed
        QCOMPARE(find(rows, m_ids.zhang)->segments, 1);
        QCOMPARE(find(rows, m_ids.zhang)->kilometres, 0.3);
        QVERIFY(!find(rows, m_ids.li));

        AssignmentChange change;
        change.chiefId = m_ids.zhang;
        SegmentAssignments(*m_store).assign({m_ids.c}, change);
        rows = SegmentQueries(*m_store).workload();
        QCOMPARE(rows.first().personId, m_ids.zhang); // most segments first
        QCOMPARE(rows.first().segments, 2);
        QCOMPARE(rows.first().kilometres, 0.7);
        double km = 0;
        int segments = 0;
        for (const ChiefWorkload &row : rows) {
            km += row.kilometres;
            segments += row.segments;
        }
        QCOMPARE(segments, 3);
        QCOMPARE(km, SegmentQueries(*m_store).progress().assignedKilometres);

        // An officer without segments is listed with none: someone who can take more.
        change.chiefId = m_ids.zhang;
        SegmentAssignments(*m_store).assign({m_ids.b}, change);
        const ChiefWorkload *zhao = find(SegmentQueries(*m_store).workload(), m_ids.zhao);
        QVERIFY(zhao);
        QCOMPARE(zhao->segments, 0);
    }

    void progressCard_data()
    {
        QTest::addColumn<bool>("segmented");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QList<int>>("expected"); // roads, segments, assigned, unassigned, not covered
        QTest::newRow("segmented") << true << QString() << QList<int>{3, 3, 2, 1, 1};
        QTest::newRow("unsegmented") << false << QString() << QList<int>{3, 0, 0, 0, 3};
        QTest::newRow("a gap") << true << QStringLiteral("gap") << QList<int>{3, 3, 2, 1, 2};
        QTest::newRow("a chief deactivated")
            << true << QStringLiteral("deactivate") << QList<int>{3, 3, 1, 2, 1};
    }
    void progressCard()
    {
        QFETCH(bool, segmented);
        QFETCH(QString, edit);
        QFETCH(QList<int>, expected);
        make(segmented);
        if (edit == QLatin1String("gap"))
            m_store->updateRow(QStringLiteral("road_segments"), m_ids.b, {{QStringLiteral("to_m"), 550.0}});
        else if (edit == QLatin1String("deactivate"))
            Roster(*m_store).deactivate(m_ids.zhao);
        const ProgressFigures p = SegmentQueries(*m_store).progress();
        QCOMPARE((QList<int>{p.roads, p.segments, p.assigned, p.unassigned, p.roadsNotCovered}), expected);
    }

    void mySegmentsFindWhatIsNearby()
    {
        SegmentNeighbourhood neighbourhood(*m_store);
        const QList<SegmentSurroundings> mine = neighbourhood.forPerson(m_ids.zhang);
        QCOMPARE(mine.size(), 1);
        const SegmentSurroundings &a = mine.first();
        QCOMPARE(a.segment.id, m_ids.a);
        QCOMPARE(a.bounds, QRectF(segment_district::kX, segment_district::kY, 300, 0));
        QCOMPARE(a.shops.size(), 1); // the shop 100 m away is not on the segment
        QCOMPARE(a.shops.first().id, m_ids.nearShop);
        QCOMPARE(a.shops.first().name, QStringLiteral("老火锅"));
        QVERIFY(qAbs(a.shops.first().distance - 10.0) < 1e-6);
        QCOMPARE(a.permits.size(), 1);
        QCOMPARE(a.permits.first().name, QStringLiteral("JB-2026-001"));
        QVERIFY(qAbs(a.permits.first().distance - 20.0) < 1e-6);
        QVERIFY(a.riskPoints.isEmpty());
        QCOMPARE(a.components, 3);
        QCOMPARE(a.componentClasses.size(), 2);
        QCOMPARE(a.componentClasses.first().classCode, QStringLiteral("0101"));
        QCOMPARE(a.componentClasses.first().count, 2);

        const QList<SegmentSurroundings> zhao = neighbourhood.forPerson(m_ids.zhao);
        QCOMPARE(zhao.size(), 1);
        QCOMPARE(zhao.first().riskPoints.size(), 1);
        QCOMPARE(zhao.first().riskPoints.first().detail, QStringLiteral("red"));
        QVERIFY(zhao.first().shops.isEmpty());
        // A collaborator's segments are theirs too.
        QCOMPARE(neighbourhood.forPerson(m_ids.wang).size(), 1);
        QVERIFY(neighbourhood.forPerson(m_ids.chen).isEmpty());
    }

    void reach_data()
    {
        QTest::addColumn<double>("reach");
        QTest::addColumn<int>("shops");
        QTest::newRow("5 m") << 5.0 << 0;
        QTest::newRow("30 m") << 30.0 << 1;
        QTest::newRow("150 m") << 150.0 << 2;
    }
    void reach()
    {
        QFETCH(double, reach);
        QFETCH(int, shops);
        const SegmentSummary a = SegmentQueries(*m_store).segments({m_ids.a}).first();
        QCOMPARE(SegmentNeighbourhood(*m_store).around(a, reach).shops.size(), shops);
    }
};

QTEST_GUILESS_MAIN(TestSegmentQueries)
#include "tst_segment_queries.moc"
