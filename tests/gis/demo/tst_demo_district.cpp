#include "core/cases/monitoring_rules.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/component_id.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/demo/demo_builder.h"
#include "gis/demo/demo_components.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace uo;

// Builds one small demo district and checks what a bureau member would take for granted: counts that
// follow the scale, valid unique identifiers, everything inside the district, one connected road
// network, segments that cover every road exactly, and the same file for the same seed.
class TestDemoDistrict : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DistrictStore> m_store;
    static constexpr double kScale = 0.01;

    qint64 scalar(const QByteArray &sql) { return m_store->db().scalarInt(sql); }

    QString digest(const QString &path)
    {
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql :
             {"SELECT ident, class_code, state, grid_code, X(geom), Y(geom) FROM components ORDER BY id",
              "SELECT name, grade, opened_date, AsText(geom) FROM roads ORDER BY id",
              "SELECT road_id, from_m, to_m, name, chief_id FROM road_segments ORDER BY id",
              "SELECT permit_no, status, start_date, AsText(geom) FROM permits ORDER BY id",
              "SELECT risk_id, time, value FROM risk_records ORDER BY id"}) {
            auto st = store->db().prepare(sql);
            while (st.step())
                for (int c = 0; c < st.columnCount(); ++c)
                    hash.addData(QByteArray(st.text(c).toUtf8() + '|'));
        }
        return QString::fromLatin1(hash.result().toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = kScale;
        QStringList parts;
        const auto summary = demo::DemoBuilder::build(
            m_path, options, [&parts](const QString &part, qint64, qint64) { parts << part; });
        QVERIFY(parts.size() >= 5);
        QVERIFY(summary.totalMs > 0);
        m_store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
    }

    void countsFollowTheScale_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("roads") << QStringLiteral("roads") << qint64(339);
        QTest::newRow("segments") << QStringLiteral("road_segments") << qint64(406);
        QTest::newRow("streets") << QStringLiteral("streets") << qint64(12);
        QTest::newRow("entities") << QStringLiteral("entities") << qint64(994);
        QTest::newRow("components") << QStringLiteral("components") << std::llround(1382000 * kScale);
        QTest::newRow("risk points") << QStringLiteral("risk_points") << std::llround(2850 * kScale);
        QTest::newRow("shops") << QStringLiteral("shops") << std::llround(1300 * kScale);
    }
    void countsFollowTheScale()
    {
        QFETCH(QString, table);
        QFETCH(qint64, expected);
        QCOMPARE(m_store->count(table), expected);
    }

    void recordsPeopleAndPermitsAreEnough()
    {
        // 63,000 records over 2,850 points at scale 1, within 5 %.
        const double perPoint = 63000.0 / 2850.0 * m_store->count(QStringLiteral("risk_points"));
        const qint64 records = m_store->count(QStringLiteral("risk_records"));
        QVERIFY2(records >= 0.95 * perPoint && records <= 1.05 * perPoint,
                 qPrintable(QString::number(records)));
        QVERIFY(scalar("SELECT count(*) FROM people WHERE role = 'officer' AND active = 1") >= 300);
        QCOMPARE(scalar("SELECT count(DISTINCT status) FROM permits"), qint64(8));
        QCOMPARE(scalar("SELECT count(DISTINCT level) FROM risk_points"), qint64(4));
        QVERIFY(scalar("SELECT count(*) FROM risk_records WHERE quantity = 'methane_pct' AND value > 60") >
                0);
        QCOMPARE(
            scalar("SELECT count(*) FROM permits p WHERE NOT EXISTS "
                   "(SELECT 1 FROM permit_history h WHERE h.permit_id = p.id AND h.to_status = p.status)"),
            qint64(0));
    }

    void casesAndAlertsAreBelievable()
    {
        // A year of cases, about 27,500 at scale 1, over every street; nearly all accepted ones closed.
        const qint64 cases = scalar("SELECT count(*) FROM cases");
        QVERIFY2(cases >= std::llround(27500 * kScale), qPrintable(QString::number(cases)));
        QCOMPARE(scalar("SELECT count(DISTINCT street_code) FROM cases"),
                 scalar("SELECT count(*) FROM streets"));
        const qint64 accepted =
            scalar("SELECT count(*) FROM cases WHERE state != 'rejected' AND state != 'collected'");
        QVERIFY(scalar("SELECT count(*) FROM cases WHERE state = 'closed'") >= 0.97 * accepted);
        QVERIFY(scalar("SELECT count(*) FROM case_history") >= 6 * cases);
        // Every case's class is the catalogue's; the stored alerts are exactly what the rule finds.
        QCOMPARE(
            scalar("SELECT count(*) FROM cases WHERE class_code NOT IN (SELECT code FROM event_classes)"),
            qint64(0));
        const QList<uo::RiskAlert> found = uo::RiskMonitor::evaluate(*m_store);
        QCOMPARE(qint64(found.size()), scalar("SELECT count(*) FROM risk_alerts"));
        for (const uo::RiskAlert &a : found) {
            auto st = m_store->db().prepare(
                "SELECT count(*) FROM risk_alerts WHERE risk_id = ? AND time = ? AND case_id IS NOT NULL");
            st.bind(1, a.riskId).bind(2, a.time.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate));
            QVERIFY(st.step() && st.int64(0) == 1);
        }
        // Methane: a few per cent of the tanks cross 60 %, not most of them.
        const double tanks =
            double(scalar("SELECT count(*) FROM risk_points WHERE category = 'septic_tank'"));
        const double crossing = double(scalar("SELECT count(DISTINCT risk_id) FROM risk_records WHERE "
                                              "quantity = 'methane_pct' AND value > 60"));
        QVERIFY2(crossing <= std::max(1.0, 0.15 * tanks),
                 qPrintable(QStringLiteral("%1 of %2").arg(crossing).arg(tanks)));
    }

    void builtUpAreaIsTheReportedOne()
    {
        const double km2 =
            m_store->db()
                .scalarText("SELECT ST_Area(geom) / 1e6 FROM district_boundary WHERE kind = 'built_up'")
                .toDouble();
        QVERIFY2(std::fabs(km2 - 97.4) < 0.5, qPrintable(QString::number(km2)));
        QCOMPARE(scalar("SELECT ST_Within(b.geom, d.geom) FROM district_boundary b, district_boundary d "
                        "WHERE b.kind = 'built_up' AND d.kind = 'district'"),
                 qint64(1));
    }

    void identifiersAreValidAndUnique()
    {
        QCOMPARE(scalar("SELECT count(DISTINCT ident) FROM components"),
                 m_store->count(QStringLiteral("components")));
        const Catalogue catalogue = Catalogue::fromStore(*m_store);
        auto st = m_store->db().prepare("SELECT ident, class_code, name FROM components");
        qint64 rows = 0;
        while (st.step()) {
            const auto id = ComponentId::parse(st.text(0));
            QVERIFY2(id, qPrintable(st.text(0)));
            QCOMPARE(id->county, QStringLiteral("500105"));
            QCOMPARE(id->classCode(), st.text(1));
            const CatalogueEntry *entry = catalogue.forClassCode(st.text(1));
            QVERIFY2(entry, qPrintable(st.text(1)));
            QCOMPARE(st.text(2), entry->name);
            ++rows;
        }
        QVERIFY(rows > 0);
    }

    void gridCodesAreFifteenDigits()
    {
        QCOMPARE(scalar("SELECT count(*) FROM components WHERE grid_code IS NULL OR length(grid_code) != 15 "
                        "OR substr(grid_code, 1, 6) != '500105'"),
                 qint64(0));
        QCOMPARE(scalar("SELECT count(*) FROM grid_cells WHERE length(code) != 15 OR substr(code, 1, 9) != "
                        "street_code"),
                 qint64(0));
        // Unit grid cells are about 10,000 m².
        QCOMPARE(scalar("SELECT count(*) FROM grid_cells WHERE abs(ST_Area(geom) - 10000) > 1"), qint64(0));
    }

    void everythingLiesInsideTheDistrict_data()
    {
        QTest::addColumn<QByteArray>("table");
        for (const char *t : {"components", "roads", "risk_points", "shops", "permits"})
            QTest::newRow(t) << QByteArray(t);
    }
    void everythingLiesInsideTheDistrict()
    {
        QFETCH(QByteArray, table);
        QCOMPARE(scalar("SELECT count(*) FROM " + table +
                        " f, district_boundary d WHERE d.kind = 'district' "
                        "AND NOT ST_Within(f.geom, d.geom)"),
                 qint64(0));
        // Jiangbei in EPSG:4545 lies about E 349,400–392,600, N 3,271,800–3,285,300.
        const QRectF box = m_store->extent(QString::fromLatin1(table));
        QVERIFY(box.left() > 349000 && box.right() < 393000);
        QVERIFY(box.top() > 3271500 && box.bottom() < 3285600);
    }

    void roadNetworkIsConnected()
    {
        // Roads meet where they share a vertex; follow those meetings from the first road.
        auto st = m_store->db().prepare("SELECT id, AsText(geom) FROM roads");
        QHash<QString, QList<qint64>> roadsAtVertex;
        QHash<qint64, QStringList> verticesOfRoad;
        while (st.step()) {
            QString wkt = st.text(1);
            wkt = wkt.mid(wkt.indexOf(QLatin1Char('(')) + 1).chopped(1);
            for (const QString &vertex : wkt.split(QLatin1Char(','))) {
                const QStringList xy = vertex.trimmed().split(QLatin1Char(' '));
                const QString key = QString::number(std::llround(xy[0].toDouble() * 100)) + QLatin1Char(',') +
                                    QString::number(std::llround(xy[1].toDouble() * 100));
                roadsAtVertex[key].append(st.int64(0));
                verticesOfRoad[st.int64(0)].append(key);
            }
        }
        QCOMPARE(verticesOfRoad.size(), 339);
        QSet<qint64> reached{verticesOfRoad.constBegin().key()};
        QList<qint64> todo{verticesOfRoad.constBegin().key()};
        while (!todo.isEmpty()) {
            const qint64 road = todo.takeLast();
            for (const QString &key : verticesOfRoad[road])
                for (qint64 other : roadsAtVertex[key])
                    if (!reached.contains(other)) {
                        reached.insert(other);
                        todo.append(other);
                    }
        }
        QCOMPARE(reached.size(), 339);
        // And they are a network, not a tree of dead ends: most roads cross two or more others.
        int crossingTwo = 0;
        for (auto it = verticesOfRoad.cbegin(); it != verticesOfRoad.cend(); ++it) {
            QSet<qint64> others;
            for (const QString &key : it.value())
                for (qint64 other : roadsAtVertex[key])
                    if (other != it.key())
                        others.insert(other);
            crossingTwo += others.size() >= 2;
        }
        QVERIFY(crossingTwo > 339 * 0.8);
    }

    void segmentsCoverEveryRoadExactly()
    {
        auto roads = m_store->db().prepare("SELECT id, ST_Length(geom) FROM roads");
        auto segments = m_store->db().prepare(
            "SELECT from_m, to_m, ST_Length(geom) FROM road_segments WHERE road_id = ? ORDER BY from_m");
        while (roads.step()) {
            const double length = roads.real(1);
            segments.bind(1, roads.int64(0));
            double reached = 0;
            int count = 0;
            while (segments.step()) {
                QVERIFY2(std::fabs(segments.real(0) - reached) < 0.01, "a gap or overlap between segments");
                QVERIFY(std::fabs(segments.real(2) - (segments.real(1) - segments.real(0))) < 0.01);
                reached = segments.real(1);
                ++count;
            }
            segments.reset();
            QVERIFY(count >= 1);
            QVERIFY2(std::fabs(reached - length) < 0.01, "segments stop short of the road's end");
        }
        QCOMPARE(scalar("SELECT count(*) FROM road_segments s JOIN people p ON p.id = s.chief_id "
                        "WHERE p.role = 'officer' AND p.active = 1"),
                 qint64(406));
        QCOMPARE(scalar("SELECT count(DISTINCT segment_id) FROM segment_collaborators"), qint64(406));
    }

    void permitsMeetTheRulesTheyTest()
    {
        // Some permits dig where the road is still in its no-dig period...
        QVERIFY(scalar("SELECT count(*) FROM permits p JOIN roads r ON ST_Intersects(p.geom, r.geom) "
                       "WHERE r.rebuilt_date > date(p.start_date, '-5 years') "
                       "OR r.major_repair_date > date(p.start_date, '-3 years')") > 0);
        // ...and some overlap others in place and time.
        QVERIFY(scalar("SELECT count(*) FROM permits a JOIN permits b ON a.id < b.id AND "
                       "ST_Intersects(a.geom, b.geom) "
                       "AND a.start_date <= b.end_date AND b.start_date <= a.end_date") > 0);
        QCOMPARE(scalar("SELECT count(*) FROM permits WHERE ST_IsValid(geom) = 0 OR end_date < start_date"),
                 qint64(0));
    }

    void sameSeedSameDistrict()
    {
        demo::DemoOptions options;
        options.scale = 0.002;
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite")),
                      b = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
        demo::DemoBuilder::build(a, options);
        demo::DemoBuilder::build(b, options);
        options.seed = 2;
        demo::DemoBuilder::build(c, options);
        QCOMPARE(digest(a), digest(b));
        QVERIFY(digest(a) != digest(c));
    }

    void unsegmentedLeavesRoadsWhole()
    {
        demo::DemoOptions options;
        options.scale = 0.001;
        options.segmented = false;
        const QString path = m_dir.filePath(QStringLiteral("unsegmented.sqlite"));
        demo::DemoBuilder::build(path, options);
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        QCOMPARE(store->count(QStringLiteral("road_segments")), qint64(0));
        QCOMPARE(store->count(QStringLiteral("roads")), qint64(339));
    }

    // Scale 10 needs 2.7 million street trees; a class has 2 million identifiers (999,999 of 16 digits
    // and as many of 17). The counts are checked with small limits standing in for the real one.
    void classCountsStayWithinTheIdentifiers_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("most");
        QTest::addColumn<int>("capped"); // classes at the limit; -1: several
        QTest::newRow("scale 1, no class near the limit") << qint64(1382000) << qint64(1999998) << 0;
        QTest::newRow("scale 10, street trees capped") << qint64(13820000) << qint64(1999998) << 1;
        QTest::newRow("a small limit caps several") << qint64(10000) << qint64(500) << -1;
        QTest::newRow("more than every class can take") << qint64(1000) << qint64(5) << 84;
    }

    void classCountsStayWithinTheIdentifiers()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, most);
        QFETCH(int, capped);
        const QList<qint64> counts = demo::componentClassCounts(total, most);
        QCOMPARE(counts.size(), demo::componentClasses().size());
        const qint64 sum = std::accumulate(counts.begin(), counts.end(), qint64(0));
        QCOMPARE(sum, std::min(total, most * counts.size()));
        if (capped >= 0)
            QCOMPARE(int(std::count(counts.begin(), counts.end(), most)), capped);
        else
            QVERIFY(std::count(counts.begin(), counts.end(), most) > 1);
        QVERIFY(*std::max_element(counts.begin(), counts.end()) <= most);
        // Street trees stay the most numerous class.
        const qsizetype trees = demo::componentClasses().indexOf(QStringLiteral("0402"));
        QCOMPARE(counts[trees], *std::max_element(counts.begin(), counts.end()));
    }

    void refusesToOverwrite()
    {
        QVERIFY_THROWS_EXCEPTION(FileError, demo::DemoBuilder::build(m_path, demo::DemoOptions()));
        demo::DemoOptions bad;
        bad.scale = 0;
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 demo::DemoBuilder::build(m_dir.filePath(QStringLiteral("x.sqlite")), bad));
        bad.scale = 10.5;
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 demo::DemoBuilder::build(m_dir.filePath(QStringLiteral("x.sqlite")), bad));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestDemoDistrict)
#include "tst_demo_district.moc"
