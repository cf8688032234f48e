#include "core/permits/permit_rules.h"
#include "core/permits/permit_statistics.h"
#include "core/permits/permit_workflow.h"
#include "core/sql/statement.h"
#include "gis/demo/demo_builder.h"
#include "tests/core/permits/permit_fixture.h"

#include <QHash>
#include <QTest>

using namespace uo;

// Digs per road and per kilometre and year, the most-dug roads, the timeline of a road and the share of
// each disposition route: exactly on a one-road district, and against plain SQL (no spatial index) on a
// small demo district.
class TestPermitStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    std::unique_ptr<DistrictStore> m_demo;
    const QDate m_today{2026, 11, 27};

    // A permit away from the test road: `north` metres from its centreline.
    qint64 farPermit(const QString &number, double north, const QString &status, const QString &start)
    {
        const double x = PermitFixture::kX + 100, y = PermitFixture::kY + north;
        const QList<QPointF> ring{{x, y}, {x + 20, y}, {x + 20, y + 2}, {x, y + 2}, {x, y}};
        return m_f->store->insertRow(
            QStringLiteral("permits"),
            {{QStringLiteral("permit_no"), number},
             {QStringLiteral("applicant"), QStringLiteral("Gas Co.")},
             {QStringLiteral("utility_type"), QStringLiteral("gas")},
             {QStringLiteral("work_type"), QStringLiteral("new")},
             {QStringLiteral("status"), status},
             {QStringLiteral("start_date"), start},
             {QStringLiteral("end_date"), start},
             {QStringLiteral("area_m2"), 40.0},
             {QStringLiteral("geom"), geometry_blob::encode(Geometry::polygon(4545, {ring}))}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.1; // 30 permits in several states, on real roads
        demo::DemoBuilder::build(path, options);
        m_demo = DistrictStore::open(path);
    }

    void init()
    {
        static int n = 0;
        m_f = std::make_unique<PermitFixture>(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n)));
    }

    void digsCountApprovedAndLaterOnTheRoadInThePeriod()
    {
        const qint64 p1 = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2025-03-01"),
                                      QStringLiteral("2025-03-10"), QStringLiteral("approved"));
        const qint64 p2 = m_f->permit(QStringLiteral("P2"), 300, 350, QStringLiteral("2024-05-01"),
                                      QStringLiteral("2024-05-09"), QStringLiteral("accepted"));
        m_f->permit(QStringLiteral("P3"), 400, 450, QStringLiteral("2025-06-01"),
                    QStringLiteral("2025-06-09"), QStringLiteral("rejected"));
        m_f->permit(QStringLiteral("P4"), 500, 550, QStringLiteral("2025-07-01"),
                    QStringLiteral("2025-07-09"), QStringLiteral("under_review"));
        m_f->permit(QStringLiteral("P5"), 600, 650, QStringLiteral("2020-06-01"),
                    QStringLiteral("2020-06-09"), QStringLiteral("accepted"));
        farPermit(QStringLiteral("FAR"), 500, QStringLiteral("accepted"), QStringLiteral("2025-01-05"));

        const QDate from(2024, 1, 1), to(2025, 12, 31);
        const QList<RoadDigCount> roads = PermitStatistics::digsPerRoad(*m_f->store, from, to);
        QCOMPARE(roads.size(), 1);
        QCOMPARE(roads[0].roadId, m_f->road);
        QCOMPARE(roads[0].digs, 2);
        QCOMPARE(QSet<qint64>(roads[0].permitIds.cbegin(), roads[0].permitIds.cend()),
                 (QSet<qint64>{p1, p2}));
        const double years = (from.daysTo(to) + 1) / 365.25;
        QVERIFY(qAbs(roads[0].perKmPerYear - 2 / (roads[0].lengthM / 1000.0) / years) < 1e-9);
        QVERIFY(qAbs(roads[0].lengthM - 1000.0) < 1e-6);

        QCOMPARE(PermitStatistics::mostDug(*m_f->store, from, to, 5).size(), 1);
        QCOMPARE(PermitStatistics::mostDug(*m_f->store, QDate(2010, 1, 1), QDate(2010, 12, 31), 5).size(), 0);
    }

    void timelineAndOpenedCount()
    {
        m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2025-03-01"),
                    QStringLiteral("2025-03-10"), QStringLiteral("approved"));
        m_f->permit(QStringLiteral("P2"), 300, 350, QStringLiteral("2024-05-01"),
                    QStringLiteral("2024-05-09"), QStringLiteral("accepted"));
        m_f->permit(QStringLiteral("P3"), 400, 450, QStringLiteral("2025-06-01"),
                    QStringLiteral("2025-06-09"), QStringLiteral("rejected"));
        m_f->permit(QStringLiteral("P5"), 600, 650, QStringLiteral("2020-06-01"),
                    QStringLiteral("2020-06-09"), QStringLiteral("works_started"));
        const qint64 p = m_f->permit(QStringLiteral("NEW"), 700, 720, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-09"), QStringLiteral("submitted"));

        QCOMPARE(PermitStatistics::roadsOf(*m_f->store, p), QList<qint64>{m_f->road});
        const QList<RoadDig> digs = PermitStatistics::timeline(*m_f->store, {m_f->road});
        QStringList numbers;
        for (const RoadDig &d : digs)
            numbers << d.permitNo;
        // Everything but the rejected application, by start date.
        QCOMPARE(numbers, (QStringList{QStringLiteral("P5"), QStringLiteral("P2"), QStringLiteral("P1"),
                                       QStringLiteral("NEW")}));
        QCOMPARE(PermitStatistics::openedCount(digs, m_f->road, 5, m_today), 1);  // P2; P1 is only approved
        QCOMPARE(PermitStatistics::openedCount(digs, m_f->road, 10, m_today), 2); // and P5 of 2020
    }

    void routeSharesOfDecisionsInThePeriod()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << m_f->permit(QStringLiteral("R%1").arg(i), 100 + i * 150, 140 + i * 150,
                               QStringLiteral("2027-03-01"), QStringLiteral("2027-03-05"));
        const QStringList routes{QStringLiteral("online"), QStringLiteral("online"), QStringLiteral("online"),
                                 QStringLiteral("coordination"), QStringLiteral("online")};
        for (int i = 0; i < 4; ++i)
            PermitWorkflow::advance(*m_f->store, ids[i], QStringLiteral("approved"), QStringLiteral("ok"),
                                    routes[i], m_today);
        // A step that is no decision carries no route and does not count.
        PermitWorkflow::advance(*m_f->store, ids[0], QStringLiteral("works_started"), QString(), QString(),
                                m_today);

        const QDate today = QDate::currentDate(); // the steps are stamped with the clock
        const QList<RouteShare> shares =
            PermitStatistics::routeShares(*m_f->store, today.addDays(-1), today.addDays(1));
        QCOMPARE(shares.size(), 3);
        QCOMPARE(shares[0].route, QStringLiteral("online"));
        QCOMPARE(shares[0].decisions, 3);
        QCOMPARE(shares[1].decisions, 1);
        QCOMPARE(shares[2].decisions, 0);
        QCOMPARE(shares[0].share, 0.75);
        QCOMPARE(shares[0].target, 0.7);
        QCOMPARE(shares[1].target, 0.2);
        QCOMPARE(shares[2].target, 0.1);
        const QList<RouteShare> before =
            PermitStatistics::routeShares(*m_f->store, QDate(2000, 1, 1), today.addDays(-2));
        for (const RouteShare &s : before)
            QCOMPARE(s.decisions, 0);
    }

    // The spatial-index queries give what a plain scan of every road and permit gives.
    void demoDigsMatchPlainSql()
    {
        const double reach = PermitRules::load(*m_demo).roadReachM;
        const QDate from(2020, 1, 1), to(2026, 12, 31);
        QVERIFY(m_demo->db().scalarInt(
                    "SELECT count(*) FROM permits WHERE status IN ('approved', 'works_started', "
                    "'restored', 'accepted')") > 5);
        auto st = m_demo->db().prepare(
            "SELECT r.id, count(p.id) FROM roads r, permits p WHERE p.status IN ('approved', "
            "'works_started', 'restored', 'accepted') AND p.start_date BETWEEN ? AND ? "
            "AND ST_Distance(r.geom, p.geom) <= ? GROUP BY r.id");
        st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, reach);
        QHash<qint64, int> expected;
        int total = 0;
        while (st.step()) {
            expected.insert(st.int64(0), int(st.int64(1)));
            total += int(st.int64(1));
        }
        QVERIFY(total > 0);
        const QList<RoadDigCount> roads = PermitStatistics::digsPerRoad(*m_demo, from, to);
        QCOMPARE(roads.size(), m_demo->count(QStringLiteral("roads")));
        QHash<qint64, int> got;
        for (const RoadDigCount &r : roads)
            if (r.digs > 0)
                got.insert(r.roadId, r.digs);
        QCOMPARE(got, expected);
        for (qsizetype i = 1; i < roads.size(); ++i)
            QVERIFY(roads[i - 1].digs >= roads[i].digs);
        const QList<RoadDigCount> most = PermitStatistics::mostDug(*m_demo, from, to, 3);
        QVERIFY(!most.isEmpty());
        QCOMPARE(most.first().digs, roads.first().digs);
    }

    void demoDecisionsRecordWhoWhenWhyAndRoute()
    {
        // Every decision of the demo says who took it, when, why and by which route; no other step has a
        // route.
        QCOMPARE(m_demo->db().scalarInt(
                     "SELECT count(*) FROM permit_history WHERE to_status IN ('approved', 'rejected', "
                     "'returned_joint') AND (route IS NULL OR coalesce(reason, '') = '' OR "
                     "coalesce(operator, '') = '' OR coalesce(time, '') = '')"),
                 qint64(0));
        QCOMPARE(m_demo->db().scalarInt("SELECT count(*) FROM permit_history WHERE route IS NOT NULL AND "
                                        "to_status NOT IN ('approved', 'rejected', 'returned_joint')"),
                 qint64(0));
        // Every permit decided or further on has its decision in the history (emergency repairs excepted).
        QCOMPARE(
            m_demo->db().scalarInt(
                "SELECT count(*) FROM permits p WHERE p.emergency = 0 AND p.status NOT IN ('submitted', "
                "'under_review') AND NOT EXISTS (SELECT 1 FROM permit_history h WHERE h.permit_id = p.id "
                "AND h.to_status IN ('approved', 'rejected', 'returned_joint') AND h.route IS NOT NULL)"),
            qint64(0));
        // So the route chart has something to show on the demo: the main route leads.
        const QList<RouteShare> shares =
            PermitStatistics::routeShares(*m_demo, QDate(2000, 1, 1), QDate(2100, 1, 1));
        QCOMPARE(shares.size(), 3);
        QVERIFY(shares[0].decisions > 0);
        QVERIFY(shares[0].share > shares[1].share);
        QVERIFY(shares[0].share > shares[2].share);
    }

    void demoRouteSharesMatchPlainSql()
    {
        // Decide the demo's permits under review, each by the next route in turn.
        auto st = m_demo->db().prepare("SELECT id FROM permits WHERE status = 'under_review' ORDER BY id");
        QList<qint64> ids;
        while (st.step())
            ids << st.int64(0);
        QVERIFY(ids.size() >= 2);
        const QStringList routes = PermitWorkflow::routes();
        for (int i = 0; i < ids.size(); ++i)
            PermitWorkflow::advance(*m_demo, ids[i],
                                    i % 2 ? QStringLiteral("rejected") : QStringLiteral("approved"),
                                    QStringLiteral("decided in the test"), routes[i % 3], m_today);
        const QDate today = QDate::currentDate();
        const QList<RouteShare> shares =
            PermitStatistics::routeShares(*m_demo, today.addDays(-1), today.addDays(1));
        // The demo's own decisions lie before its reference date, outside this period.
        const QByteArray inPeriod =
            " AND substr(time, 1, 10) >= '" + today.addDays(-1).toString(Qt::ISODate).toUtf8() + "'";
        const qint64 all =
            m_demo->db().scalarInt("SELECT count(*) FROM permit_history WHERE route IS NOT NULL" + inPeriod);
        QCOMPARE(all, qint64(ids.size()));
        double sum = 0;
        for (const RouteShare &s : shares) {
            const qint64 n = m_demo->db().scalarInt("SELECT count(*) FROM permit_history WHERE route = '" +
                                                    s.route.toUtf8() + "'" + inPeriod);
            QCOMPARE(qint64(s.decisions), n);
            QVERIFY(qAbs(s.share - double(n) / all) < 1e-12);
            sum += s.share;
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestPermitStatistics)
#include "tst_permit_statistics.moc"
