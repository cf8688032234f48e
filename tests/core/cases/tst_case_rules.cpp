#include "core/cases/case_intake.h"
#include "core/cases/case_register.h"
#include "core/cases/case_statistics.h"
#include "core/cases/case_units.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/event_classes.h"
#include "core/cases/monitoring_rules.h"
#include "core/cases/risk_history.h"
#include "core/store/store_error.h"
#include "tests/core/cases/case_fixture.h"

#include <QTest>

using namespace uo;

// The dispatch rules send a case where the first matching rule says, resolved for its place; the
// monitoring rules find exactly the alerts worked out by hand from the readings, and each raises a
// dispatched case once.
class TestCaseRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseFixture> m_f;

    QList<DispatchRule> m_dispatch;
    QList<MonitoringRule> m_monitoring;

    static QString s(const char *text) { return QString::fromLatin1(text); }

private slots:
    // One district for every test (making a store takes most of a second); each test starts without
    // cases, records and alerts, with the default rules and the tank at its first level.
    void initTestCase()
    {
        m_f = std::make_unique<CaseFixture>(m_dir.filePath(QStringLiteral("rules.sqlite")));
        m_dispatch = DispatchRules::load(*m_f->store);
        m_monitoring = MonitoringRules::load(*m_f->store);
    }
    void init()
    {
        m_f->store->db().exec("DELETE FROM risk_alerts; DELETE FROM cases; DELETE FROM risk_records; "
                              "DELETE FROM risk_level_history; DELETE FROM risk_points WHERE code != 'RP1'; "
                              "UPDATE risk_points SET level = 'yellow'");
        DispatchRules::save(*m_f->store, m_dispatch);
        MonitoringRules::save(*m_f->store, m_monitoring);
    }

    void defaultsAreData()
    {
        sql::Database &db = m_f->store->db();
        QCOMPARE(db.scalarInt("SELECT count(*) FROM event_classes WHERE major IS NOT NULL AND tracked = 1"),
                 70);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM event_classes WHERE major IS NULL"), 7);
        QCOMPARE(EventClasses::find(*m_f->store, s("0403")).timeLimitHours, 1.0);
        QVERIFY(DispatchRules::load(*m_f->store).size() >= 5);
        const QList<MonitoringRule> monitoring = MonitoringRules::load(*m_f->store);
        QCOMPARE(monitoring.size(), 1);
        QCOMPARE(monitoring[0].threshold, 60.0);
        QCOMPARE(monitoring[0].recheckMinutes, 60.0);
    }

    void suggestion_data()
    {
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("street");
        QTest::addColumn<QString>("community");
        QTest::addColumn<qint64>("segment");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("unit");
        const QString street = s("500105006"), community = s("500105006001");
        QTest::newRow("risk alert to its street")
            << s("0701") << street << community << qint64(7) << s("street") << CaseUnits::street(street);
        QTest::newRow("utility to the district")
            << s("0402") << street << community << qint64(7) << s("district") << CaseUnits::district();
        QTest::newRow("sanitation to the segment's people")
            << s("0102") << street << community << qint64(7) << s("community")
            << CaseUnits::collaborators(7, s("sanitation"));
        QTest::newRow("sanitation off any segment to the community")
            << s("0102") << street << community << qint64(0) << s("community")
            << CaseUnits::community(community);
        QTest::newRow("no community: the street")
            << s("0102") << street << QString() << qint64(0) << s("street") << CaseUnits::street(street);
        QTest::newRow("no street: the district")
            << s("0102") << QString() << QString() << qint64(0) << s("district") << CaseUnits::district();
        QTest::newRow("illegal structure before enforcement")
            << s("0101") << street << community << qint64(7) << s("street") << CaseUnits::street(street);
        QTest::newRow("parking to the chief") << s("0505") << street << community << qint64(7) << s("street")
                                              << CaseUnits::collaborators(7, s("enforcement"));
    }
    void suggestion()
    {
        QFETCH(QString, classCode);
        QFETCH(QString, street);
        QFETCH(QString, community);
        QFETCH(qint64, segment);
        QFETCH(QString, level);
        QFETCH(QString, unit);
        const CaseFacts facts{classCode, EventClasses::find(*m_f->store, classCode).trade, street, community,
                              segment};
        const DispatchTarget target = DispatchRules::suggest(DispatchRules::load(*m_f->store), facts);
        QCOMPARE(target.level, level);
        QCOMPARE(target.unit, unit);
        QVERIFY(target.ruleId > 0);
    }

    void firstRuleByPriorityWinsAndRulesAreKept()
    {
        QList<DispatchRule> rules = DispatchRules::load(*m_f->store);
        DispatchRule mine;
        mine.priority = 1;
        mine.classPrefix = s("0102");
        mine.streetCode = s("500105006");
        mine.level = s("district");
        mine.unitKind = s("department");
        mine.entityId = m_f->waterCompany;
        mine.note = s("test");
        rules.append(mine);
        const QList<DispatchRule> stored = DispatchRules::save(*m_f->store, rules);
        QCOMPARE(stored.size(), rules.size());
        QCOMPARE(stored.first().priority, 1);
        QVERIFY(stored.first().id > 0);
        NewCase c;
        c.classCode = s("0102");
        c.point = {CaseFixture::kX + 100, CaseFixture::kY + 505};
        const qint64 id = CaseIntake::create(*m_f->store, c);
        const DispatchTarget target = DispatchRules::suggest(*m_f->store, id);
        QCOMPARE(target.unit, CaseUnits::entity(m_f->waterCompany));
        QCOMPARE(target.ruleId, stored.first().id);
        QCOMPARE(CaseUnits::Names(*m_f->store).of(target.unit), QStringLiteral("自来水公司"));
        // Another street's cases are not this rule's.
        const CaseFacts elsewhere{s("0102"), s("sanitation"), s("500105001"), QString(), 0};
        QVERIFY(!DispatchRules::matches(stored.first(), elsewhere));

        DispatchRule broken = mine;
        broken.entityId = 0;
        QVERIFY(!DispatchRules::problem(broken).isEmpty());
        QVERIFY_THROWS_EXCEPTION(RequestError, DispatchRules::save(*m_f->store, {broken}));
        QCOMPARE(DispatchRules::load(*m_f->store).size(), stored.size());
    }

    void collaboratorsAreNamed()
    {
        CaseUnits::Names names(*m_f->store);
        const QString unit = CaseUnits::collaborators(m_f->segment, s("sanitation"));
        QCOMPARE(CaseUnits::people(*m_f->store, unit), QList<qint64>{m_f->sanitation});
        QVERIFY(names.of(unit).contains(QStringLiteral("王保洁")));
        QCOMPARE(CaseUnits::people(*m_f->store, CaseUnits::collaborators(m_f->segment, s("enforcement"))),
                 QList<qint64>{m_f->chief});
    }

    // Readings of one tank (local times) and the alerts worked out by hand: the time of each confirming
    // reading, or none.
    void alerts_data()
    {
        QTest::addColumn<QStringList>("readings"); // "time=value"
        QTest::addColumn<QStringList>("alerts");   // confirming times
        QTest::newRow("above, still above an hour later")
            << QStringList{s("2026-03-01T02:00=72.5"), s("2026-03-01T03:00=66.0"), s("2026-03-01T08:00=20")}
            << QStringList{s("2026-03-01T03:00")};
        QTest::newRow("ventilation worked")
            << QStringList{s("2026-03-01T02:00=72.5"), s("2026-03-01T03:00=41")} << QStringList{};
        QTest::newRow("exactly at the limit is not above")
            << QStringList{s("2026-03-01T02:00=61"), s("2026-03-01T03:00=60")} << QStringList{};
        QTest::newRow("no recheck: the next reading six hours later")
            << QStringList{s("2026-03-01T02:00=70"), s("2026-03-01T08:00=70")} << QStringList{};
        QTest::newRow("recheck 70 minutes later is within the margin")
            << QStringList{s("2026-03-01T02:00=70"), s("2026-03-01T03:10=65")}
            << QStringList{s("2026-03-01T03:10")};
        QTest::newRow("recheck after 80 minutes is not")
            << QStringList{s("2026-03-01T02:00=70"), s("2026-03-01T03:20=65")} << QStringList{};
        QTest::newRow("two episodes")
            << QStringList{s("2026-03-01T02:00=70"), s("2026-03-01T03:00=65"), s("2026-03-01T08:00=30"),
                           s("2026-03-02T02:00=90"), s("2026-03-02T03:00=88")}
            << QStringList{s("2026-03-01T03:00"), s("2026-03-02T03:00")};
        QTest::newRow("high, then a low reading in between")
            << QStringList{s("2026-03-01T02:00=70"), s("2026-03-01T02:30=30"), s("2026-03-01T03:00=70")}
            << QStringList{};
    }
    void alerts()
    {
        QFETCH(QStringList, readings);
        QFETCH(QStringList, alerts);
        for (const QString &r : readings) {
            const QStringList parts = r.split(QLatin1Char('='));
            m_f->reading(m_f->tank, parts[0].toLatin1().constData(), parts[1].toDouble());
        }
        // A slope with the same readings is no septic tank: the rule leaves it alone.
        const qint64 slope = m_f->insert("risk_points", {{s("code"), s("RP2")},
                                                         {s("name"), s("slope")},
                                                         {s("category"), s("slope")},
                                                         {s("level"), s("blue")},
                                                         {s("geom"), CaseFixture::point(700, 600)}});
        for (const QString &r : readings) {
            const QStringList parts = r.split(QLatin1Char('='));
            m_f->reading(slope, parts[0].toLatin1().constData(), parts[1].toDouble());
        }
        // Readings of another quantity do not count either.
        m_f->reading(m_f->tank, "2026-02-01T02:00", 99, "h2s_ppm");
        m_f->reading(m_f->tank, "2026-02-01T03:00", 99, "h2s_ppm");

        const QList<RiskAlert> found = RiskMonitor::evaluate(*m_f->store);
        QStringList times;
        for (const RiskAlert &a : found) {
            QCOMPARE(a.riskId, m_f->tank);
            times.append(a.time.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
        }
        QCOMPARE(times, alerts);

        // Disabled, the rule finds nothing.
        QList<MonitoringRule> rules = MonitoringRules::load(*m_f->store);
        rules[0].enabled = false;
        QVERIFY(RiskMonitor::evaluate(*m_f->store, rules).isEmpty());
    }

    void sinceLeavesOutEarlierAlerts()
    {
        for (const char *t : {"2026-03-01T02:00", "2026-03-01T03:00", "2026-03-05T02:00", "2026-03-05T03:00"})
            m_f->reading(m_f->tank, t, 75);
        const QDateTime since(QDate(2026, 3, 3), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
        QCOMPARE(RiskMonitor::evaluate(*m_f->store).size(), 2);
        const QList<RiskAlert> later = RiskMonitor::evaluate(*m_f->store, since);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].time, QDateTime(QDate(2026, 3, 5), QTime(3, 0), Qt::OffsetFromUTC, 8 * 3600));
    }

    void eachAlertRaisesOneDispatchedCase()
    {
        m_f->reading(m_f->tank, "2026-03-01T02:00", 72.5);
        m_f->reading(m_f->tank, "2026-03-01T03:00", 66.0);
        const QList<RiskAlert> raised = RiskMonitor::raise(*m_f->store, {}, caseNow());
        QCOMPARE(raised.size(), 1);
        QVERIFY(raised[0].caseId > 0);
        const CaseSummary c = CaseRegister::one(*m_f->store, raised[0].caseId, caseNow());
        QCOMPARE(c.state, s("dispatched"));
        QCOMPARE(c.source, s("sensor"));
        QCOMPARE(c.classCode, s("0701"));
        QCOMPARE(c.riskId, m_f->tank);
        QCOMPARE(c.level, s("street"));
        QCOMPARE(c.unit, CaseUnits::street(s("500105006")));
        QCOMPARE(m_f->number("SELECT count(*) FROM risk_alerts WHERE case_id IS NOT NULL"), 1);
        // Raised once: the next look finds it stored.
        QVERIFY(RiskMonitor::raise(*m_f->store, {}, caseNow(10)).isEmpty());
        QCOMPARE(m_f->number("SELECT count(*) FROM cases"), 1);
        const QList<RiskAlert> stored = RiskMonitor::stored(*m_f->store);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].value, 66.0);
        QCOMPARE(stored[0].firstValue, 72.5);
    }

    void levelChangesRecordTheirReason()
    {
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 RiskHistory::changeLevel(*m_f->store, m_f->tank, s("red"), s(" ")));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 RiskHistory::changeLevel(*m_f->store, m_f->tank, s("yellow"), s("same")));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 RiskHistory::changeLevel(*m_f->store, m_f->tank, s("purple"), s("x")));
        QVERIFY_THROWS_EXCEPTION(RequestError, RiskHistory::changeLevel(*m_f->store, m_f->tank, s("red"),
                                                                        s("x"), {s("v"), s("planner"), 0}));
        QCOMPARE(m_f->text("SELECT level FROM risk_points WHERE id = " + QByteArray::number(m_f->tank)),
                 s("yellow"));
        RiskHistory::changeLevel(*m_f->store, m_f->tank, s("red"), s("two alerts in a week"), {}, caseNow());
        QCOMPARE(m_f->text("SELECT level FROM risk_points WHERE id = " + QByteArray::number(m_f->tank)),
                 s("red"));
        const QList<RiskLevelChange> changes = RiskHistory::levelChanges(*m_f->store, m_f->tank);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].from, s("yellow"));
        QCOMPARE(changes[0].to, s("red"));
        QCOMPARE(changes[0].reason, s("two alerts in a week"));
        QCOMPARE(changes[0].operatorName, s("tester"));
    }

    void routeSharesAndOnTimeRate()
    {
        // Three closed cases: two online (one late), one by coordination; one still open.
        const auto closeCase = [&](const char *route, int handleMinutes) {
            NewCase c;
            c.classCode = s("0102"); // 4 hours
            c.point = {CaseFixture::kX + 100, CaseFixture::kY + 505};
            c.reportedAt = caseNow(-60);
            const qint64 id = CaseIntake::create(*m_f->store, c);
            CaseWorkflow::advance(*m_f->store, id, {s("accepted"), {}, {}, {}, {}}, {}, caseNow());
            CaseWorkflow::advance(*m_f->store, id,
                                  {s("dispatched"), {}, s("district"), CaseUnits::district(), {}}, {},
                                  caseNow(1));
            for (const char *st : {"handled", "reported", "verified"})
                CaseWorkflow::advance(*m_f->store, id, {s(st), {}, {}, {}, {}}, {}, caseNow(handleMinutes));
            CaseWorkflow::advance(*m_f->store, id, {s("closed"), {}, {}, {}, s(route)}, {},
                                  caseNow(handleMinutes));
        };
        closeCase("online", 60);
        closeCase("online", 300);
        closeCase("coordination", 100);
        NewCase open;
        open.classCode = s("0505");
        open.point = {CaseFixture::kX + 100, CaseFixture::kY + 505};
        open.reportedAt = caseNow(-60);
        CaseIntake::create(*m_f->store, open);

        const QDate day(2026, 3, 2);
        const QList<RouteShare> shares = CaseStatistics::routeShares(*m_f->store, day, day);
        QCOMPARE(shares.size(), 3);
        QCOMPARE(shares[0].route, s("online"));
        QCOMPARE(shares[0].decisions, 2);
        QCOMPARE(shares[1].decisions, 1);
        QCOMPARE(shares[2].decisions, 0);
        QVERIFY(qAbs(shares[0].share - 2.0 / 3) < 1e-9);
        QCOMPARE(shares[0].target, 0.7);
        QCOMPARE(CaseStatistics::routeShares(*m_f->store, day.addDays(1), day.addDays(2))[0].decisions, 0);

        const QList<CaseCounts> streets = CaseStatistics::byStreet(*m_f->store, day, day, caseNow(400));
        const CaseCounts &total = streets.last();
        QCOMPARE(total.reported, 4);
        QCOMPARE(total.closed, 3);
        QCOMPARE(total.closedOnTime, 2);
        QCOMPARE(total.open, 1);
        QCOMPARE(total.overdue, 0); // never accepted: no time limit runs yet
        QCOMPARE(streets.first().streetCode, s("500105006"));
        const QList<ClassCount> classes = CaseStatistics::byMajorClass(*m_f->store, day, day);
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes[0].code, s("01"));
        QCOMPARE(classes[0].reported, 3);
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "tst_case_rules.moc"
