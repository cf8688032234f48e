#include "core/error/error.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_rules.h"
#include "tests/core/permits/permit_findings.h"
#include "tests/core/permits/permit_fixture.h"

#include <QTest>

using namespace uo;

// Every rule at its boundaries, on a real store.
class TestPermitReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PermitFixture> m_f;
    const QDate m_today{2026, 11, 27};

    PermitFinding::Outcome outcome(qint64 permit, PermitRule rule)
    {
        const PermitReviewResult r = PermitReview::run(*m_f->store, permit, m_today);
        const PermitFinding *f = findingOf(r, rule);
        return f ? f->outcome : PermitFinding::Pass;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_f = std::make_unique<PermitFixture>(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
    }

    void noDigPeriod_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("expected");
        // Built 2015-06-01 (fixture): five years end on 2020-06-01.
        QTest::newRow("built, one day before 5 years")
            << QStringLiteral("opened_date") << QStringLiteral("2015-06-01") << QStringLiteral("2020-05-31")
            << int(PermitFinding::Fail);
        QTest::newRow("built, exactly 5 years")
            << QStringLiteral("opened_date") << QStringLiteral("2015-06-01") << QStringLiteral("2020-06-01")
            << int(PermitFinding::Pass);
        QTest::newRow("rebuilt, one day before 5 years")
            << QStringLiteral("rebuilt_date") << QStringLiteral("2022-03-10") << QStringLiteral("2027-03-09")
            << int(PermitFinding::Fail);
        QTest::newRow("rebuilt, exactly 5 years")
            << QStringLiteral("rebuilt_date") << QStringLiteral("2022-03-10") << QStringLiteral("2027-03-10")
            << int(PermitFinding::Pass);
        QTest::newRow("repaired, one day before 3 years")
            << QStringLiteral("major_repair_date") << QStringLiteral("2024-01-15")
            << QStringLiteral("2027-01-14") << int(PermitFinding::Fail);
        QTest::newRow("repaired, exactly 3 years")
            << QStringLiteral("major_repair_date") << QStringLiteral("2024-01-15")
            << QStringLiteral("2027-01-15") << int(PermitFinding::Pass);
    }
    void noDigPeriod()
    {
        QFETCH(QString, column);
        QFETCH(QString, date);
        QFETCH(QString, start);
        QFETCH(int, expected);
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road, {{column, date}});
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, start,
                                     QDate::fromString(start, Qt::ISODate).addDays(10).toString(Qt::ISODate));
        QCOMPARE(int(outcome(p, PermitRule::NoDigPeriod)), expected);
    }

    void specialApprovalTurnsTheFailIntoAWarning()
    {
        m_f->store->updateRow(QStringLiteral("roads"), m_f->road,
                              {{QStringLiteral("rebuilt_date"), QStringLiteral("2025-01-01")}});
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        QCOMPARE(outcome(p, PermitRule::NoDigPeriod), PermitFinding::Fail);
        m_f->store->updateRow(QStringLiteral("permits"), p,
                              {{QStringLiteral("special_approval"), QStringLiteral("区政府〔2026〕12号")}});
        QCOMPARE(outcome(p, PermitRule::NoDigPeriod), PermitFinding::Warn);
    }

    void conflicts_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("conflict");
        // The permit under test digs 100-150 m from 2026-12-01 to 2026-12-20.
        QTest::newRow("overlapping area and time")
            << 120.0 << QStringLiteral("2026-12-10") << QStringLiteral("2026-12-30")
            << QStringLiteral("approved") << true;
        QTest::newRow("touching areas") << 150.0 << QStringLiteral("2026-12-10")
                                        << QStringLiteral("2026-12-30") << QStringLiteral("approved") << true;
        QTest::newRow("time windows that just meet")
            << 120.0 << QStringLiteral("2026-12-20") << QStringLiteral("2026-12-30")
            << QStringLiteral("under_review") << true;
        QTest::newRow("one day apart") << 120.0 << QStringLiteral("2026-12-21")
                                       << QStringLiteral("2026-12-30") << QStringLiteral("approved") << false;
        QTest::newRow("far along the road")
            << 500.0 << QStringLiteral("2026-12-10") << QStringLiteral("2026-12-30")
            << QStringLiteral("approved") << false;
        QTest::newRow("rejected ones do not count")
            << 120.0 << QStringLiteral("2026-12-10") << QStringLiteral("2026-12-30")
            << QStringLiteral("rejected") << false;
    }
    void conflicts()
    {
        QFETCH(double, from);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, status);
        QFETCH(bool, conflict);
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const qint64 other = m_f->permit(QStringLiteral("P2"), from, from + 50, start, end, status);
        const PermitReviewResult r = PermitReview::run(*m_f->store, p, m_today);
        const PermitFinding *f = findingOf(r, PermitRule::Conflicts);
        QVERIFY(f);
        QCOMPARE(f->outcome == PermitFinding::Warn, conflict);
        QCOMPARE(f->ids.contains(other), conflict);
        QCOMPARE(r.proposedJointGroup.isEmpty(), !conflict);
    }

    void sameUtilityWithinThreeYears_data()
    {
        QTest::addColumn<QString>("utility");
        QTest::addColumn<QString>("earlierEnd");
        QTest::addColumn<bool>("fails");
        QTest::newRow("water 2 years before")
            << QStringLiteral("water") << QStringLiteral("2024-12-20") << true;
        QTest::newRow("water, ended exactly 3 years before")
            << QStringLiteral("water") << QStringLiteral("2023-12-01") << true;
        QTest::newRow("water, ended 3 years and a day before")
            << QStringLiteral("water") << QStringLiteral("2023-11-30") << false;
        QTest::newRow("gas 1 year before") << QStringLiteral("gas") << QStringLiteral("2025-12-20") << false;
    }
    void sameUtilityWithinThreeYears()
    {
        QFETCH(QString, utility);
        QFETCH(QString, earlierEnd);
        QFETCH(bool, fails);
        const QString earlierStart =
            QDate::fromString(earlierEnd, Qt::ISODate).addDays(-20).toString(Qt::ISODate);
        const qint64 old = m_f->permit(QStringLiteral("OLD"), 700, 750, earlierStart, earlierEnd,
                                       QStringLiteral("accepted"), utility);
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const PermitFinding *f =
            findingOf(PermitReview::run(*m_f->store, p, m_today), PermitRule::SameUtility);
        QVERIFY(f);
        QCOMPARE(f->outcome == PermitFinding::Fail, fails);
        QCOMPARE(f->ids.contains(old), fails);
    }

    void calendar()
    {
        m_f->store->db().exec("INSERT INTO nodig_calendar(name, kind, start_date, end_date) VALUES "
                              "('元旦', 'holiday', '2027-01-01', '2027-01-03'), ('主汛期', 'season', "
                              "'2027-07-01', '2027-08-15')");
        // New digging may not start on a holiday, but works may run through one.
        const qint64 onHoliday = m_f->permit(QStringLiteral("H"), 100, 150, QStringLiteral("2027-01-02"),
                                             QStringLiteral("2027-01-10"));
        const qint64 throughHoliday = m_f->permit(QStringLiteral("T"), 300, 350, QStringLiteral("2026-12-28"),
                                                  QStringLiteral("2027-01-10"));
        const qint64 intoSeason = m_f->permit(QStringLiteral("S"), 500, 550, QStringLiteral("2027-06-25"),
                                              QStringLiteral("2027-07-01"));
        const qint64 beforeSeason = m_f->permit(QStringLiteral("B"), 700, 750, QStringLiteral("2027-06-01"),
                                                QStringLiteral("2027-06-30"));
        QCOMPARE(outcome(onHoliday, PermitRule::Calendar), PermitFinding::Fail);
        QCOMPARE(outcome(throughHoliday, PermitRule::Calendar), PermitFinding::Pass);
        QCOMPARE(outcome(intoSeason, PermitRule::Calendar), PermitFinding::Fail);
        QCOMPARE(outcome(beforeSeason, PermitRule::Calendar), PermitFinding::Pass);
    }

    void riskPointsComponentsAndSegments()
    {
        const qint64 red = m_f->point("risk_points", 160, 30,
                                      {{QStringLiteral("code"), QStringLiteral("R1")},
                                       {QStringLiteral("name"), QStringLiteral("Gas main")},
                                       {QStringLiteral("category"), QStringLiteral("gas")},
                                       {QStringLiteral("level"), QStringLiteral("red")}});
        m_f->point("risk_points", 400, 30,
                   {{QStringLiteral("code"), QStringLiteral("R2")},
                    {QStringLiteral("name"), QStringLiteral("Far")},
                    {QStringLiteral("category"), QStringLiteral("slope")},
                    {QStringLiteral("level"), QStringLiteral("red")}});
        const qint64 cover = m_f->point("components", 120, 2,
                                        {{QStringLiteral("ident"), QStringLiteral("5001050101000001")},
                                         {QStringLiteral("class_code"), QStringLiteral("0101")},
                                         {QStringLiteral("name"), QStringLiteral("上水井盖")},
                                         {QStringLiteral("state"), QStringLiteral("intact")}});
        m_f->point("components", 120, 8,
                   {{QStringLiteral("ident"), QStringLiteral("5001050101000002")},
                    {QStringLiteral("class_code"), QStringLiteral("0101")},
                    {QStringLiteral("name"), QStringLiteral("上水井盖")},
                    {QStringLiteral("state"), QStringLiteral("intact")}});
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 150, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        const PermitReviewResult r = PermitReview::run(*m_f->store, p, m_today);
        QCOMPARE(findingOf(r, PermitRule::RiskPoints)->ids, QList<qint64>{red});
        QCOMPARE(findingOf(r, PermitRule::RiskPoints)->outcome, PermitFinding::Warn);
        QCOMPARE(findingOf(r, PermitRule::Components)->ids, QList<qint64>{cover});
        QCOMPARE(findingOf(r, PermitRule::Segments)->ids, QList<qint64>{m_f->segment});
        QVERIFY(findingOf(r, PermitRule::Segments)->message.contains(QStringLiteral("Chief Li")));
    }

    void trenchLimitsAndSwitches()
    {
        const qint64 p = m_f->permit(QStringLiteral("P1"), 100, 350, QStringLiteral("2026-12-01"),
                                     QStringLiteral("2026-12-20"));
        QCOMPARE(outcome(p, PermitRule::TrenchLimits), PermitFinding::Fail); // 250 m > 200 m
        PermitRules rules = PermitRules::load(*m_f->store);
        rules.maxTrenchM = 250;
        rules.save(*m_f->store);
        QCOMPARE(outcome(p, PermitRule::TrenchLimits), PermitFinding::Pass); // exactly at the limit
        rules.trenchLimits = false;
        rules.save(*m_f->store);
        QVERIFY(!findingOf(PermitReview::run(*m_f->store, p, m_today), PermitRule::TrenchLimits));
        QCOMPARE(PermitRules::load(*m_f->store).maxTrenchM, 250.0);
        QVERIFY(m_f->store->db().scalarInt(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'permit_rules'") >= 2);
    }

    void unknownPermit()
    {
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 PermitReview::run(*m_f->store, QStringLiteral("NOPE"), m_today));
    }
};

QTEST_GUILESS_MAIN(TestPermitReview)
#include "tst_permit_review.moc"
