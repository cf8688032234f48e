#include "core/permits/permit_verdict.h"
#include "tests/core/permits/permit_findings.h"

#include <QTest>

using namespace uo;

namespace {

// A water permit digging 2026-12-01 to 2026-12-20, 100 m of trench over 200 m², near nothing.
PermitFacts plainPermit()
{
    PermitFacts p;
    p.id = 7;
    p.permitNo = QStringLiteral("P7");
    p.status = QStringLiteral("under_review");
    p.utility = QStringLiteral("water");
    p.start = QDate(2026, 12, 1);
    p.end = QDate(2026, 12, 20);
    p.trenchM = 100;
    p.areaM2 = 200;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(PermitFinding::Outcome)
Q_DECLARE_METATYPE(PermitRule)
Q_DECLARE_METATYPE(std::optional<Layer>)

// Each rule of the verdict on its own, on facts made by hand: the outcome, the features it names,
// and which findings the register's "reasons only" words leave without a message. The review's
// gathering of these facts from a store is tst_permit_review's.
class TestPermitVerdict : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 27};

private slots:
    void riskPoints_data()
    {
        QTest::addColumn<QStringList>("levels");
        QTest::addColumn<PermitFinding::Outcome>("expected");
        QTest::newRow("none near") << QStringList() << PermitFinding::Pass;
        QTest::newRow("a yellow one is a note")
            << QStringList{QStringLiteral("yellow")} << PermitFinding::Info;
        QTest::newRow("a blue one is a note") << QStringList{QStringLiteral("blue")} << PermitFinding::Info;
        QTest::newRow("an orange one warns") << QStringList{QStringLiteral("orange")} << PermitFinding::Warn;
        QTest::newRow("a red one among others warns")
            << QStringList{QStringLiteral("yellow"), QStringLiteral("red")} << PermitFinding::Warn;
    }
    void riskPoints()
    {
        QFETCH(QStringList, levels);
        QFETCH(PermitFinding::Outcome, expected);
        PermitFacts p = plainPermit();
        QList<qint64> ids;
        for (const QString &level : std::as_const(levels)) {
            ids.append(100 + ids.size());
            p.riskPoints.append({ids.last(), QStringLiteral("Risk %1").arg(ids.last()), level});
        }
        const PermitReviewResult r = PermitVerdict::judge(p, PermitRules(), m_today);
        const PermitFinding *f = findingOf(r, PermitRule::RiskPoints);
        QVERIFY(f);
        QCOMPARE(f->outcome, expected);
        QCOMPARE(f->ids, ids);
        QVERIFY(f->message.contains(QStringLiteral("50 m")));
        QCOMPARE(r.blocked(), false);
    }

    void components_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("gathered");
        QTest::addColumn<bool>("found");
        QTest::addColumn<PermitFinding::Outcome>("expected");
        QTest::addColumn<QString>("counted");
        QTest::newRow("none in the way") << QStringList() << true << true << PermitFinding::Pass << QString();
        QTest::newRow("two covers and a pole, counted by class")
            << QStringList{QStringLiteral("上水井盖"), QStringLiteral("路灯"), QStringLiteral("上水井盖")}
            << true << true << PermitFinding::Info << QStringLiteral("上水井盖 × 2, 路灯 × 1");
        QTest::newRow("not gathered: no finding at all")
            << QStringList{QStringLiteral("路灯")} << false << false << PermitFinding::Pass << QString();
    }
    void components()
    {
        QFETCH(QStringList, names);
        QFETCH(bool, gathered);
        QFETCH(bool, found);
        QFETCH(PermitFinding::Outcome, expected);
        QFETCH(QString, counted);
        PermitFacts p = plainPermit();
        p.componentsGathered = gathered;
        for (const QString &name : std::as_const(names))
            p.components.append({200 + p.components.size(), name, QString()});
        const PermitFinding *f =
            findingOf(PermitVerdict::judge(p, PermitRules(), m_today), PermitRule::Components);
        QCOMPARE(f != nullptr, found);
        if (!f)
            return;
        QCOMPARE(f->outcome, expected);
        QCOMPARE(f->ids.size(), names.size());
        QVERIFY2(f->message.contains(counted), qPrintable(f->message));
    }

    void segments_data()
    {
        QTest::addColumn<QStringList>("chiefs"); // one segment per entry; empty: no chief
        QTest::addColumn<PermitFinding::Outcome>("expected");
        QTest::addColumn<QString>("words");
        QTest::newRow("outside every segment")
            << QStringList() << PermitFinding::Warn << QStringLiteral("The dig touches no managed segment.");
        QTest::newRow("one with a chief") << QStringList{QStringLiteral("Chief Li")} << PermitFinding::Info
                                          << QStringLiteral("Touches Segment 0, chief Chief Li.");
        QTest::newRow("one without a chief")
            << QStringList{QString(), QStringLiteral("Chief Wang")} << PermitFinding::Info
            << QStringLiteral("Touches Segment 0 (no chief); Segment 1, chief Chief Wang.");
    }
    void segments()
    {
        QFETCH(QStringList, chiefs);
        QFETCH(PermitFinding::Outcome, expected);
        QFETCH(QString, words);
        PermitFacts p = plainPermit();
        for (const QString &chief : std::as_const(chiefs))
            p.segments.append(
                {300 + p.segments.size(), QStringLiteral("Segment %1").arg(p.segments.size()), chief});
        PermitRules rules;
        rules.sameUtility = false; // it speaks only where there are segments
        const PermitFinding *f = findingOf(PermitVerdict::judge(p, rules, m_today), PermitRule::Segments);
        QVERIFY(f);
        QCOMPARE(f->outcome, expected);
        QCOMPARE(f->message, words);
        QCOMPARE(f->ids.size(), chiefs.size());
    }

    void trenchLimits_data()
    {
        QTest::addColumn<double>("trench");
        QTest::addColumn<double>("area");
        QTest::addColumn<PermitFinding::Outcome>("expected");
        QTest::addColumn<QString>("words");
        QTest::newRow("both at their limits")
            << 200.0 << 600.0 << PermitFinding::Pass
            << QStringLiteral("Trench 200 m and area 600 m² are within the limits.");
        QTest::newRow("area over") << 200.0 << 600.5 << PermitFinding::Fail
                                   << QStringLiteral("area 600.5 m² is larger than 600 m².");
        QTest::newRow("both over")
            << 201.0 << 700.0 << PermitFinding::Fail
            << QStringLiteral("trench 201 m is longer than 200 m; area 700 m² is larger than 600 m².");
    }
    void trenchLimits()
    {
        QFETCH(double, trench);
        QFETCH(double, area);
        QFETCH(PermitFinding::Outcome, expected);
        QFETCH(QString, words);
        PermitFacts p = plainPermit();
        p.trenchM = trench;
        p.areaM2 = area;
        const PermitFinding *f =
            findingOf(PermitVerdict::judge(p, PermitRules(), m_today), PermitRule::TrenchLimits);
        QVERIFY(f);
        QCOMPARE(f->outcome, expected);
        QCOMPARE(f->message, words);
    }

    void emergencyFiling_data()
    {
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<QString>("issued");
        QTest::addColumn<bool>("found");
        QTest::addColumn<PermitFinding::Outcome>("expected");
        QTest::newRow("not an emergency")
            << false << QStringLiteral("2026-11-01") << QString() << false << PermitFinding::Pass;
        QTest::newRow("deadline passed, not filed")
            << true << QStringLiteral("2026-11-26") << QString() << true << PermitFinding::Fail;
        QTest::newRow("deadline is today")
            << true << QStringLiteral("2026-11-27") << QString() << true << PermitFinding::Info;
        QTest::newRow("deadline passed, filed")
            << true << QStringLiteral("2026-11-01") << QStringLiteral("2026-10-30") << true
            << PermitFinding::Info;
        QTest::newRow("no deadline") << true << QString() << QString() << true << PermitFinding::Info;
    }
    void emergencyFiling()
    {
        QFETCH(bool, emergency);
        QFETCH(QString, deadline);
        QFETCH(QString, issued);
        QFETCH(bool, found);
        QFETCH(PermitFinding::Outcome, expected);
        PermitFacts p = plainPermit();
        p.emergency = emergency;
        p.filingDeadline = deadline;
        p.issued = issued;
        const PermitReviewResult r = PermitVerdict::judge(p, PermitRules(), m_today);
        const PermitFinding *f = findingOf(r, PermitRule::EmergencyFiling);
        QCOMPARE(f != nullptr, found);
        if (!f)
            return;
        QCOMPARE(f->outcome, expected);
        QVERIFY(f->message.contains(deadline));
        QCOMPARE(r.blocked(), expected == PermitFinding::Fail);
    }

    // Every rule that names features, each finding something: the layer its ids are of, which the map
    // draws and highlights them from; the calendar's periods are no map features.
    void findingsNameTheirLayers_data()
    {
        QTest::addColumn<PermitRule>("rule");
        QTest::addColumn<std::optional<Layer>>("layer");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("no-dig period")
            << PermitRule::NoDigPeriod << std::optional(Layer::Roads) << QList<qint64>{11};
        QTest::newRow("conflicts") << PermitRule::Conflicts << std::optional(Layer::Permits)
                                   << QList<qint64>{21};
        QTest::newRow("same utility")
            << PermitRule::SameUtility << std::optional(Layer::Permits) << QList<qint64>{22};
        QTest::newRow("calendar") << PermitRule::Calendar << std::optional<Layer>() << QList<qint64>{31};
        QTest::newRow("risk points") << PermitRule::RiskPoints << std::optional(Layer::RiskPoints)
                                     << QList<qint64>{41};
        QTest::newRow("components") << PermitRule::Components << std::optional(Layer::Components)
                                    << QList<qint64>{51};
        QTest::newRow("segments") << PermitRule::Segments << std::optional(Layer::RoadSegments)
                                  << QList<qint64>{61};
    }
    void findingsNameTheirLayers()
    {
        QFETCH(PermitRule, rule);
        QFETCH(std::optional<Layer>, layer);
        QFETCH(QList<qint64>, ids);
        PermitFacts p = plainPermit();
        p.roads.append({11, QStringLiteral("New road"), QDate(2025, 6, 1), {}, {}});
        p.conflicts.append({21, QStringLiteral("Q21"), QDate(2026, 12, 5), QDate(2026, 12, 25)});
        p.sameUtility.append({22, QStringLiteral("Q22"), QDate(2025, 3, 1), QDate(2025, 3, 20)});
        p.calendar.append({31, QStringLiteral("New Year"), QStringLiteral("holiday"), QDate(2026, 12, 1),
                           QDate(2026, 12, 3)});
        p.riskPoints.append({41, QStringLiteral("Gas main"), QStringLiteral("red")});
        p.components.append({51, QStringLiteral("Manhole cover"), QString()});
        p.segments.append({61, QStringLiteral("Whole road"), QStringLiteral("Chief Li")});
        const PermitFinding *f = findingOf(PermitVerdict::judge(p, PermitRules(), m_today), rule);
        QVERIFY(f);
        QVERIFY(f->outcome != PermitFinding::Pass);
        QCOMPARE(f->layer, layer);
        QCOMPARE(f->ids, ids);
    }

    // The keys the switches are stored under in permit_rules are what districts on disk and on servers
    // hold: a renamed one would switch the rule back to its default there.
    void switchesKeepTheirStoredKeys()
    {
        const QList<std::pair<PermitRule, const char *>> stored{
            {PermitRule::NoDigPeriod, "no_dig_period"}, {PermitRule::Conflicts, "conflicts"},
            {PermitRule::SameUtility, "same_utility"},  {PermitRule::Calendar, "calendar"},
            {PermitRule::RiskPoints, "risk_points"},    {PermitRule::Components, "components"},
            {PermitRule::Segments, "segments"},         {PermitRule::TrenchLimits, "trench_limits"}};
        PermitRules off;
        off.noDigPeriod = off.conflicts = off.sameUtility = off.calendar = off.riskPoints = off.components =
            off.segments = off.trenchLimits = false;
        const QMap<QString, QString> values = off.values();
        for (const auto &[rule, key] : stored) {
            QCOMPARE(PermitRules::switchKey(rule), key);
            QCOMPARE(values.value(QLatin1String(key)), QStringLiteral("0"));
        }
        // An emergency repair's filing has no switch: it is always checked.
        QCOMPARE(PermitRules::switchKey(PermitRule::EmergencyFiling), nullptr);
        QCOMPARE(values.size(), 17); // the eight switches and nine parameters
    }

    // Every rule, once with everything passing: the order the review lists them in, and the register's
    // words, which leave the passed checks and the notes without a message.
    void rulesInOrderAndReasonsOnly()
    {
        PermitFacts p = plainPermit();
        p.segments.append({300, QStringLiteral("Whole road"), QStringLiteral("Chief Li")});
        p.riskPoints.append({100, QStringLiteral("Gas main"), QStringLiteral("red")});
        p.emergency = true;
        p.filingDeadline = QStringLiteral("2026-12-31");
        const PermitReviewResult all = PermitVerdict::judge(p, PermitRules(), m_today);
        QList<PermitRule> rules;
        for (const PermitFinding &f : all.findings)
            rules.append(f.rule);
        QCOMPARE(rules, (QList<PermitRule>{
                            PermitRule::NoDigPeriod, PermitRule::Conflicts, PermitRule::SameUtility,
                            PermitRule::Calendar, PermitRule::RiskPoints, PermitRule::Components,
                            PermitRule::Segments, PermitRule::TrenchLimits, PermitRule::EmergencyFiling}));
        const PermitReviewResult reasons =
            PermitVerdict::judge(p, PermitRules(), m_today, PermitVerdict::Words::Reasons);
        QCOMPARE(reasons.findings.size(), all.findings.size());
        for (qsizetype i = 0; i < all.findings.size(); ++i) {
            const PermitFinding &f = reasons.findings[i];
            const bool reason = f.outcome == PermitFinding::Warn || f.outcome == PermitFinding::Fail;
            QVERIFY(!all.findings[i].message.isEmpty());
            QCOMPARE(f.message, reason ? all.findings[i].message : QString());
            QCOMPARE(f.ids, all.findings[i].ids);
        }
        QCOMPARE(reasons.outcome(), PermitFinding::Warn); // the red risk point
    }
};

QTEST_GUILESS_MAIN(TestPermitVerdict)
#include "tst_permit_verdict.moc"
