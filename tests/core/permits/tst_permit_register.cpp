#include "core/permits/permit_register.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_rules.h"
#include "core/permits/permit_scene.h"
#include "gis/demo/demo_builder.h"
#include "tests/core/permits/permit_fixture.h"

#include <QSet>
#include <QTest>

using namespace uo;

// The register's rows know where each permit digs and come to the review's outcome with the same
// reasons, at the limits of the rules' distances too; the review scene holds what the map draws.
class TestPermitRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    const QDate m_today{2026, 11, 27};

    PermitSummary registerRow(qint64 id)
    {
        const QList<PermitSummary> rows =
            PermitRegister::list(*m_f->store, RegisterRules::load(*m_f->store, m_today), id);
        return rows.value(0);
    }
    // The register and the review agree on the permit: outcome and reasons, word for word.
    void compareWithReview(qint64 id)
    {
        const PermitReviewResult review = PermitReview::run(*m_f->store, id, m_today);
        const PermitSummary row = registerRow(id);
        QCOMPARE(row.id, id);
        QCOMPARE(int(row.outcome), int(review.outcome()));
        QCOMPARE(row.reasons, review.reasons());
    }

private slots:
    void init()
    {
        static int n = 0;
        m_f = std::make_unique<PermitFixture>(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++n)));
    }

    void rowsKnowRoadsAndSegments()
    {
        const qint64 on = m_f->permit(QStringLiteral("ON"), 100, 150, QStringLiteral("2026-12-01"),
                                      QStringLiteral("2026-12-20"));
        const QList<PermitSummary> rows = PermitRegister::list(*m_f->store);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].id, on);
        QCOMPARE(rows[0].permitNo, QStringLiteral("ON"));
        QCOMPARE(rows[0].status, QStringLiteral("under_review"));
        QCOMPARE(rows[0].start, QDate(2026, 12, 1));
        QCOMPARE(rows[0].roadIds, QList<qint64>{m_f->road});
        QCOMPARE(rows[0].segmentIds, QList<qint64>{m_f->segment});
        QCOMPARE(rows[0].roadNames, QStringList{QStringLiteral("Test road")});
        QCOMPARE(rows[0].areaM2, 100.0);

        // A reach shorter than the 1 m between the trench and the centreline: on no road.
        PermitRules rules = PermitRules::load(*m_f->store);
        rules.roadReachM = 0.5;
        rules.save(*m_f->store);
        QVERIFY(PermitRegister::one(*m_f->store, on).roadIds.isEmpty());
        QCOMPARE(PermitRegister::one(*m_f->store, 999).id, qint64(0));
    }

    void rowsCarryTheCheckOutcomeAndReasons()
    {
        // Rebuilt in 2025: in its no-dig period until 2030, a failed check with its reason.
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 blocked = m_f->permit(QStringLiteral("B"), 100, 150, QStringLiteral("2026-12-01"),
                                           QStringLiteral("2026-12-20"));
        const PermitSummary row = registerRow(blocked);
        QCOMPARE(row.outcome, PermitFinding::Fail);
        QCOMPARE(row.reasons.size(), 1);
        QVERIFY(row.reasons.first().contains(QStringLiteral("2030-01-01")));
        compareWithReview(blocked);
        // Old enough: it passes, with nothing to explain.
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2015-01-01")}});
        QCOMPARE(registerRow(blocked).outcome, PermitFinding::Pass);
        QVERIFY(registerRow(blocked).reasons.isEmpty());
        compareWithReview(blocked);
    }

    void distancesAgreeWithTheReviewAtTheLimits_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("beyond"); // metres past the rule's distance; <= 0 is within it
        QTest::addColumn<bool>("found");
        for (const char *rule : {"risk_points", "conflicts", "road_reach"}) {
            QTest::addRow("%s well within", rule) << QString::fromLatin1(rule) << -5.0 << true;
            QTest::addRow("%s exactly at the limit", rule) << QString::fromLatin1(rule) << 0.0 << true;
            QTest::addRow("%s a millimetre beyond", rule) << QString::fromLatin1(rule) << 0.001 << false;
        }
    }
    void distancesAgreeWithTheReviewAtTheLimits()
    {
        QFETCH(QString, rule);
        QFETCH(double, beyond);
        QFETCH(bool, found);
        const PermitRules rules = PermitRules::load(*m_f->store);
        // The trench lies from 1 to 3 m north of the centreline, 100 to 150 m along the road.
        qint64 permit = 0;
        if (rule == QLatin1String("risk_points")) {
            permit = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                 QStringLiteral("2026-12-20"));
            m_f->point("risk_points", 125, 3 + rules.riskBufferM + beyond,
                       {{QStringLiteral("code"), QStringLiteral("RP1")},
                        {QStringLiteral("name"), QStringLiteral("Gas valve")},
                        {QStringLiteral("category"), QStringLiteral("gas")},
                        {QStringLiteral("level"), QStringLiteral("red")}});
        } else if (rule == QLatin1String("conflicts")) {
            permit = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                 QStringLiteral("2026-12-20"));
            m_f->permit(QStringLiteral("Q"), 150 + rules.conflictDistanceM + beyond, 200,
                        QStringLiteral("2026-12-05"), QStringLiteral("2026-12-25"),
                        QStringLiteral("approved"), QStringLiteral("gas"));
        } else {
            // A dig beside the road, its near edge the road reach away from the centreline.
            const double y = rules.roadReachM + beyond;
            const QList<QPointF> ring{{PermitFixture::kX + 100, PermitFixture::kY + y},
                                      {PermitFixture::kX + 110, PermitFixture::kY + y},
                                      {PermitFixture::kX + 110, PermitFixture::kY + y + 2},
                                      {PermitFixture::kX + 100, PermitFixture::kY + y + 2},
                                      {PermitFixture::kX + 100, PermitFixture::kY + y}};
            permit = m_f->store->insertRow(
                QStringLiteral("permits"),
                {{QStringLiteral("permit_no"), QStringLiteral("P")},
                 {QStringLiteral("applicant"), QStringLiteral("Gas Co.")},
                 {QStringLiteral("utility_type"), QStringLiteral("gas")},
                 {QStringLiteral("work_type"), QStringLiteral("new")},
                 {QStringLiteral("status"), QStringLiteral("under_review")},
                 {QStringLiteral("start_date"), QStringLiteral("2026-12-01")},
                 {QStringLiteral("end_date"), QStringLiteral("2026-12-20")},
                 {QStringLiteral("area_m2"), 20.0},
                 {QStringLiteral("geom"), geometry_blob::encode(Geometry::polygon(4545, {ring}))}});
        }
        const PermitSummary row = registerRow(permit);
        const PermitReviewResult review = PermitReview::run(*m_f->store, permit, m_today);
        if (rule == QLatin1String("road_reach")) {
            QCOMPARE(row.roadIds.isEmpty(), !found);
            QCOMPARE(row.segmentIds.isEmpty(), !found);
            // Off every segment the review warns that nobody owns the road there.
            QCOMPARE(row.outcome == PermitFinding::Warn, !found);
        } else {
            QCOMPARE(row.outcome == PermitFinding::Warn, found);
            QCOMPARE(row.reasons.size(), found ? 1 : 0);
        }
        QCOMPARE(int(row.outcome), int(review.outcome()));
        QCOMPARE(row.reasons, review.reasons());
    }

    void everyDemoPermitAsTheReviewFindsIt()
    {
        // A real district's permits on real roads, with conflicts, repeated digs and no-dig roads.
        demo::DemoOptions options;
        options.scale = 0.1;
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoBuilder::build(path, options);
        auto demo = DistrictStore::open(path);
        const QDate today = options.referenceDate;
        const QList<PermitSummary> rows = PermitRegister::list(*demo, RegisterRules::load(*demo, today));
        QCOMPARE(rows.size(), demo->count(QStringLiteral("permits")));
        QSet<int> outcomes;
        for (const PermitSummary &row : rows) {
            const PermitReviewResult review = PermitReview::run(*demo, row.id, today);
            QCOMPARE(int(row.outcome), int(review.outcome()));
            QCOMPARE(row.reasons, review.reasons());
            outcomes.insert(int(row.outcome));
        }
        QVERIFY(outcomes.size() >= 2); // not a register where everything simply passes
    }

    void sceneHoldsTheReviewsFeatures()
    {
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 p = m_f->permit(QStringLiteral("P"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const qint64 other =
            m_f->permit(QStringLiteral("Q"), 120, 170, QStringLiteral("2026-12-05"),
                        QStringLiteral("2026-12-25"), QStringLiteral("approved"), QStringLiteral("gas"));
        const qint64 cover = m_f->point("components", 120, 2,
                                        {{QStringLiteral("ident"), QStringLiteral("5001050101000001")},
                                         {QStringLiteral("class_code"), QStringLiteral("0101")},
                                         {QStringLiteral("name"), QStringLiteral("上水井盖")},
                                         {QStringLiteral("state"), QStringLiteral("intact")}});
        const qint64 risk = m_f->point("risk_points", 130, 20,
                                       {{QStringLiteral("code"), QStringLiteral("RP1")},
                                        {QStringLiteral("name"), QStringLiteral("Gas valve")},
                                        {QStringLiteral("category"), QStringLiteral("gas")},
                                        {QStringLiteral("level"), QStringLiteral("red")}});
        const PermitReviewResult review = PermitReview::run(*m_f->store, p, m_today);
        const PermitScene scene = PermitScene::load(*m_f->store, review);
        QCOMPARE(scene.permitId, p);
        QCOMPARE(scene.area.type, Geometry::Polygon);
        QVERIFY(qAbs(scene.bounds.width() - 50) < 1e-6);
        QCOMPARE(scene.roads.size(), 1);
        QVERIFY(scene.roads[0].touched);
        QVERIFY(scene.roads[0].noDig); // rebuilt in 2025: closed until 2030
        QCOMPARE(scene.others.size(), 1);
        QCOMPARE(scene.others[0].id, other);
        QVERIFY(scene.features.value(Layer::Components).contains(cover));
        QVERIFY(scene.features.value(Layer::RiskPoints).contains(risk));
        QCOMPARE(scene.riskLevels.value(risk), QStringLiteral("red"));
        QVERIFY(scene.features.value(Layer::Roads).contains(m_f->road));
        QVERIFY(scene.features.value(Layer::Permits).contains(other));

        // Once the no-dig period is over the road is not hatched.
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2015-01-01")}});
        QVERIFY(!PermitScene::load(*m_f->store, PermitReview::run(*m_f->store, p, m_today)).roads[0].noDig);
    }
};

QTEST_GUILESS_MAIN(TestPermitRegister)
#include "tst_permit_register.moc"
