#include "tests/core/permits/permit_fixture.h"
#include "core/permits/permit_register.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_rules.h"
#include "core/permits/permit_scene.h"

#include <QTest>

using namespace uo;

// The register's rows know where each permit digs; the review scene holds what the map draws.
class TestPermitRegister : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    const QDate m_today{2026, 11, 27};

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
        QVERIFY(scene.features.value(QStringLiteral("components")).contains(cover));
        QVERIFY(scene.features.value(QStringLiteral("risk_points")).contains(risk));
        QCOMPARE(scene.riskLevels.value(risk), QStringLiteral("red"));
        QVERIFY(scene.features.value(QStringLiteral("roads")).contains(m_f->road));
        QVERIFY(scene.features.value(QStringLiteral("permits")).contains(other));

        // Once the no-dig period is over the road is not hatched.
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2015-01-01")}});
        QVERIFY(!PermitScene::load(*m_f->store, PermitReview::run(*m_f->store, p, m_today)).roads[0].noDig);
    }
};

QTEST_GUILESS_MAIN(TestPermitRegister)
#include "tst_permit_register.moc"
