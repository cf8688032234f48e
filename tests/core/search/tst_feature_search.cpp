#include "core/search/feature_search.h"
#include "core/sql/database.h"
#include "tests/core/search/search_district.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using uo::SearchResult;
using Kind = uo::SearchResult::Kind;

Q_DECLARE_METATYPE(uo::SearchResult::Kind)

class TestFeatureSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uo::DistrictStore> m_store;
    search_district::Ids m_ids{};

    QList<SearchResult> find(const QString &text, int limit = 10)
    {
        return uo::FeatureSearch::find(*m_store, text, limit);
    }
    static QList<SearchResult> ofKind(const QList<SearchResult> &results, Kind kind)
    {
        QList<SearchResult> found;
        for (const SearchResult &r : results)
            if (r.kind == kind)
                found.append(r);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        uo::DistrictSettings settings;
        settings.srid = search_district::kSrid;
        m_store = uo::DistrictStore::create(m_dir.filePath(QStringLiteral("s.sqlite")), settings,
                                            QStringLiteral("tester"));
        m_ids = search_district::fill(*m_store);
    }

    void findsEachKindOfThing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("table");
        QTest::newRow("component by its whole identifier")
            << QStringLiteral("5001050101000042") << Kind::Component << QStringLiteral("5001050101000042")
            << QStringLiteral("components");
        QTest::newRow("component by a 17-digit identifier")
            << QStringLiteral("50010501001000001") << Kind::Component << QStringLiteral("50010501001000001")
            << QStringLiteral("components");
        QTest::newRow("road by a Chinese substring")
            << QStringLiteral("新东") << Kind::Road << QStringLiteral("建新东路") << QStringLiteral("roads");
        QTest::newRow("road by its code") << QStringLiteral("JB-R0002") << Kind::Road
                                          << QStringLiteral("建新东路") << QStringLiteral("roads");
        QTest::newRow("segment by part of its name")
            << QStringLiteral("北城天街") << Kind::Segment << QStringLiteral("建新北路（北城天街—观音桥）")
            << QStringLiteral("road_segments");
        QTest::newRow("person by given name") << QStringLiteral("建国") << Kind::Person
                                              << QStringLiteral("王建国") << QStringLiteral("road_segments");
        QTest::newRow("shop by part of its name") << QStringLiteral("便利") << Kind::Shop
                                                  << QStringLiteral("顺心便利店") << QStringLiteral("shops");
        QTest::newRow("street by part of its name")
            << QStringLiteral("观音桥") << Kind::Street << QStringLiteral("观音桥街道")
            << QStringLiteral("streets");
        QTest::newRow("town by its whole name") << QStringLiteral("鱼嘴镇") << Kind::Street
                                                << QStringLiteral("鱼嘴镇") << QStringLiteral("streets");
        QTest::newRow("street by its code") << QStringLiteral("500105006") << Kind::Street
                                            << QStringLiteral("观音桥街道") << QStringLiteral("streets");
        QTest::newRow("community by part of its name")
            << QStringLiteral("天街社区") << Kind::Community << QStringLiteral("北城天街社区")
            << QStringLiteral("grid_cells");
        QTest::newRow("permit by its serial")
            << QStringLiteral("0042") << Kind::Permit << QStringLiteral("江北掘〔2024〕0042号")
            << QStringLiteral("permits");
        QTest::newRow("permit by its whole number")
            << QStringLiteral("江北掘〔2024〕0042号") << Kind::Permit
            << QStringLiteral("江北掘〔2024〕0042号") << QStringLiteral("permits");
        QTest::newRow("risk point by name")
            << QStringLiteral("化粪池") << Kind::RiskPoint << QStringLiteral("观音桥化粪池7号")
            << QStringLiteral("risk_points");
        QTest::newRow("risk point by code")
            << QStringLiteral("RP00007") << Kind::RiskPoint << QStringLiteral("观音桥化粪池7号")
            << QStringLiteral("risk_points");
        QTest::newRow("case by its whole number")
            << QStringLiteral("AJ202611010001") << Kind::Case << QStringLiteral("AJ202611010001")
            << QStringLiteral("cases");
        QTest::newRow("case by words of its description")
            << QStringLiteral("建筑垃圾") << Kind::Case << QStringLiteral("AJ202611010001")
            << QStringLiteral("cases");
        QTest::newRow("LIKE wildcards are taken literally")
            << QStringLiteral("100%_") << Kind::Shop << QStringLiteral("100%_好味")
            << QStringLiteral("shops");
    }
    void findsEachKindOfThing()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, title);
        QFETCH(QString, table);
        const QList<SearchResult> found = ofKind(find(text), kind);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().title, title);
        QCOMPARE(found.first().table, table);
        QVERIFY(found.first().located);
        QVERIFY(!found.first().ids.isEmpty());
    }

    void casesAreFoundNewestFirstWithTheirClass()
    {
        // Both descriptions speak of rubbish: the newer case first, each named by its number and class.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English));
        const QList<SearchResult> found = ofKind(find(QStringLiteral("垃圾")), Kind::Case);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString chinese = ofKind(find(QStringLiteral("垃圾")), Kind::Case).first().detail;
        QLocale::setDefault(before);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().ids, QList<qint64>{m_ids.newCase});
        QCOMPARE(found.last().ids, QList<qint64>{m_ids.oldCase});
        QCOMPARE(found.first().detail, QStringLiteral("Case: Exposed garbage"));
        QCOMPARE(chinese, QStringLiteral("Case: 暴露垃圾")); // no translator here: the class's own words
        QCOMPARE(found.first().bounds.center(), QPointF(search_district::kX + 60, search_district::kY + 40));
        // A number's beginning finds that day's cases, the exact number before the others.
        const QList<SearchResult> day = ofKind(find(QStringLiteral("AJ20261101")), Kind::Case);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().ids, QList<qint64>{m_ids.oldCase});
    }

    void anIdentifierPrefixFindsTheComponentsInOrder()
    {
        // 50010501010000 is the prefix of identifiers …0001 to …0099: 99 of them, shown 10 at a time.
        const QList<SearchResult> found = ofKind(find(QStringLiteral("50010501010000"), 10), Kind::Component);
        QCOMPARE(found.size(), 10);
        QCOMPARE(found.first().title, QStringLiteral("5001050101000001"));
        QCOMPARE(found.last().title, QStringLiteral("5001050101000010"));
        // The prefix ending in 9 is the edge of the range the index is asked for.
        const QList<SearchResult> nineties =
            ofKind(find(QStringLiteral("500105010100009"), 50), Kind::Component);
        QCOMPARE(nineties.size(), 10);
        QCOMPARE(nineties.last().title, QStringLiteral("5001050101000099"));
        // The component is where it was put.
        const SearchResult &first = found.first();
        QCOMPARE(first.bounds.center(), QPointF(search_district::kX + 1, search_district::kY - 10));
        QCOMPARE(m_store->readRow(QStringLiteral("components"), first.ids.first())
                     .value(QStringLiteral("ident"))
                     .toString(),
                 first.title);
    }

    void theIdentifierLookupUsesTheIndex()
    {
        // The same range query FeatureSearch runs: SQLite must answer it from the unique index.
        auto plan =
            m_store->db().prepare("EXPLAIN QUERY PLAN SELECT c.id, c.ident, c.name, c.geom FROM components c "
                                  "WHERE c.ident >= ? AND c.ident < ? ORDER BY c.ident LIMIT ?");
        QString detail;
        while (plan.step())
            detail += plan.text(3) + QLatin1Char('\n');
        QVERIFY2(detail.contains(QStringLiteral("USING INDEX")), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("SCAN c\n")), qPrintable(detail));
    }

    void aPersonIsFoundWhereTheyWork()
    {
        const QList<SearchResult> chief = ofKind(find(QStringLiteral("王建国")), Kind::Person);
        QCOMPARE(chief.size(), 1);
        QCOMPARE(chief.first().ids, QList<qint64>{m_ids.segment});
        const QList<SearchResult> helper = ofKind(find(QStringLiteral("小红")), Kind::Person);
        QCOMPARE(helper.size(), 1);
        QCOMPARE(helper.first().ids, QList<qint64>{m_ids.segment});
        QCOMPARE(helper.first().bounds.width(), 200.0);
        // Someone without segments is listed, but there is nowhere to go.
        const QList<SearchResult> idle = ofKind(find(QStringLiteral("王一")), Kind::Person);
        QCOMPARE(idle.size(), 1);
        QVERIFY(idle.first().ids.isEmpty());
        QVERIFY(!idle.first().located);
    }

    void exactMatchesComeFirst()
    {
        // "王" is in two names; "王一" is the exact match of the longer query.
        const QList<SearchResult> found = ofKind(find(QStringLiteral("王")), Kind::Person);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().title, QStringLiteral("王一")); // the shorter name first
        const QList<SearchResult> roads = ofKind(find(QStringLiteral("建新北路")), Kind::Road);
        QCOMPARE(roads.size(), 1);
        QCOMPARE(roads.first().title, QStringLiteral("建新北路"));
    }

    void aStreetComesBeforeWhatIsNamedAfterIt()
    {
        // Typing a street's name finds the street first, then the segment and the risk point named
        // after it, each with its kind in words.
        const QList<SearchResult> found = find(QStringLiteral("观音桥"));
        QVERIFY(found.size() >= 3);
        QCOMPARE(found.first().kind, Kind::Street);
        QCOMPARE(found.first().detail, QStringLiteral("Street"));
        QCOMPARE(found.first().ids, QList<qint64>{m_ids.street});
        QCOMPARE(found.first().bounds,
                 QRectF(search_district::kX - 500, search_district::kY - 500, 1000, 1000));
        QCOMPARE(ofKind(find(QStringLiteral("鱼嘴")), Kind::Street).first().detail, QStringLiteral("Town"));
    }

    void aCommunityIsItsGridCells()
    {
        const QList<SearchResult> found = ofKind(find(QStringLiteral("北城天街社区")), Kind::Community);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ids, (QList<qint64>{m_ids.cell1, m_ids.cell2}));
        QCOMPARE(found.first().bounds, QRectF(search_district::kX, search_district::kY, 200, 100));
        QCOMPARE(found.first().detail, QStringLiteral("Community: 观音桥街道"));
        QVERIFY(found.first().located);
    }

    void aPermitIsFoundWithItsPlace()
    {
        const QList<SearchResult> found = ofKind(find(QStringLiteral("2024")), Kind::Permit);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().ids, QList<qint64>{m_ids.permit});
        QCOMPARE(found.first().bounds, QRectF(search_district::kX + 20, search_district::kY - 2, 4, 4));
        QCOMPARE(found.first().detail, QStringLiteral("Excavation permit: 建新北路 20—40 米"));
    }

    void kindsComeInTheirOrder()
    {
        // "建新" is in a road, a segment, a person's unit (not searched), a shop's address (not
        // searched) and a permit's place (not searched): roads before segments.
        const QList<SearchResult> found = find(QStringLiteral("建新"));
        QVERIFY(found.size() >= 3);
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(int(found.at(i - 1).kind) <= int(found.at(i).kind));
    }

    void shortDigitsAreNotIdentifiers()
    {
        QVERIFY(ofKind(find(QStringLiteral("5001")), Kind::Component).isEmpty());
        QVERIFY(find(QStringLiteral("   ")).isEmpty());
        QVERIFY(find(QStringLiteral("nothing like this")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeatureSearch)
#include "tst_feature_search.moc"
