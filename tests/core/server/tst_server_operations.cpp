// The same core operations on a district file and on its published copy give the same results
// (docs/server.md, "one store, two back ends"): the component point cache the map draws from, identify,
// search, the attribute table's columns, filters and rows, the segment list and surroundings, and the
// permit register. Each row of the data table is one operation, written once and run on both stores.

#include "core/permits/permit_register.h"
#include "core/search/feature_search.h"
#include "core/segments/segment_queries.h"
#include "core/segments/segment_surroundings.h"
#include "core/store/component_points.h"
#include "core/store/district_store.h"
#include "core/store/feature_attributes.h"
#include "core/table/feature_bounds.h"
#include "core/table/table_columns.h"
#include "core/table/table_lookups.h"
#include "core/table/table_query.h"
#include "core/table/table_rows.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using uo::DistrictStore;
using uo::test::TestDatabase;

namespace {

using Operation = std::function<QStringList(DistrictStore &)>;

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

QString box(const QRectF &r)
{
    return QStringList{number(r.left()), number(r.top()), number(r.right()), number(r.bottom())}.join(u' ');
}

// What the map draws of the components: every point with its class and state, in map coordinates.
QStringList points(const uo::ComponentPoints &points)
{
    // The extent to the decimetre: a file's comes from its spatial index's single-precision boxes.
    const QRectF e = points.extent();
    QStringList out{QString::number(points.size()), QStringLiteral("%1 %2 %3 %4")
                                                        .arg(e.left(), 0, 'f', 1)
                                                        .arg(e.top(), 0, 'f', 1)
                                                        .arg(e.right(), 0, 'f', 1)
                                                        .arg(e.bottom(), 0, 'f', 1)};
    points.forEachNear(points.extent(), [&](const uo::ComponentPoints::Point &p) {
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(p.id)
                   .arg(number(points.origin().x() + p.x), number(points.origin().y() + p.y))
                   .arg(points.classCodes().value(p.klass))
                   .arg(p.state);
    });
    out.sort();
    return out;
}

QStringList search(DistrictStore &store, const QString &text)
{
    QStringList out;
    for (const uo::SearchResult &r : uo::FeatureSearch::find(store, text))
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(int(r.kind))
                   .arg(r.title, r.detail, box(r.bounds))
                   .arg(r.ids.size());
    return out;
}

QStringList table(DistrictStore &store, const QString &name, const QList<uo::ColumnFilter> &filters,
                  int sortColumn)
{
    const QList<uo::TableColumn> columns = uo::TableColumns::load(store.db(), name);
    const uo::TableLookups lookups = uo::TableLookups::load(store.db());
    uo::TableQuery query;
    query.table = name;
    query.columnFilters = filters;
    query.sortColumn = sortColumn;
    QStringList out;
    for (const uo::TableColumn &c : columns)
        out << c.name + QLatin1Char(':') + QString::number(int(c.kind));
    const auto ids = uo::TableQueries::runIds(store.db(), uo::TableQueries::idQuery(query, columns, lookups));
    out << QStringLiteral("count %1").arg(ids ? ids->size() : -1);
    for (const QVariantList &row :
         uo::TableRows::read(store.db(), name, columns, ids.value_or(QVector<qint64>()))) {
        QStringList values;
        for (int c = 0; c < row.size(); ++c)
            values << lookups.display(columns.at(c), row.at(c));
        out << values.join(u'|');
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestServerOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(file);
        const QString url = uo::test::publishCopy(*m_db, file, "ops");
        m_file = DistrictStore::open(file, DistrictStore::Access::ReadOnly);
        m_server = DistrictStore::open(url, DistrictStore::Access::ReadOnly);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    void sameResults_data()
    {
        QTest::addColumn<Operation>("operation");
        const uo::test::TestDistrict d = m_district;
        QTest::newRow("component points, cached") << Operation([](DistrictStore &s) {
            bool fromCache = false;
            QStringList out = points(*uo::ComponentPoints::load(s, &fromCache));
            out << QStringLiteral("cached %1").arg(fromCache);
            return out;
        });
        QTest::newRow("component points, built from the table")
            << Operation([](DistrictStore &s) { return points(*uo::ComponentPoints::build(s)); });
        QTest::newRow("identify a component") << Operation([d](DistrictStore &s) {
            QStringList out;
            for (const uo::FeatureAttribute &a :
                 uo::FeatureAttributes::read(s, QStringLiteral("components"), d.componentOnSegment))
                out << a.column + QLatin1Char('=') + a.value;
            out << uo::FeatureAttributes::displayName(s, QStringLiteral("components"), d.componentOnSegment);
            return out;
        });
        QTest::newRow("identify a segment") << Operation([d](DistrictStore &s) {
            QStringList out;
            for (const uo::FeatureAttribute &a :
                 uo::FeatureAttributes::read(s, QStringLiteral("road_segments"), d.segment))
                out << a.column + QLatin1Char('=') + a.value;
            return out;
        });
        QTest::newRow("feature bounds") << Operation([d](DistrictStore &s) {
            const auto bounds =
                uo::featureBounds(s, QStringLiteral("risk_points"), {d.riskOnSegment, d.riskElsewhere});
            return QStringList{bounds ? box(*bounds) : QStringLiteral("none")};
        });
        QTest::newRow("search by name, Chinese")
            << Operation([](DistrictStore &s) { return search(s, QStringLiteral("化粪池")); });
        QTest::newRow("search, ASCII in the other case")
            << Operation([](DistrictStore &s) { return search(s, QStringLiteral("r-1")); });
        QTest::newRow("search a community")
            << Operation([](DistrictStore &s) { return search(s, QStringLiteral("华新")); });
        QTest::newRow("search a shop")
            << Operation([](DistrictStore &s) { return search(s, QStringLiteral("老王")); });
        QTest::newRow("components by identifier") << Operation([](DistrictStore &s) {
            QStringList out;
            for (const uo::SearchResult &r :
                 uo::FeatureSearch::componentsByIdentifier(s, QStringLiteral("50010501"), 10))
                out << r.title + QLatin1Char('|') + r.detail + QLatin1Char('|') + box(r.bounds);
            return out;
        });
        QTest::newRow("attribute table, all components")
            << Operation([](DistrictStore &s) { return table(s, QStringLiteral("components"), {}, -1); });
        QTest::newRow("attribute table, a text filter in the other case") << Operation([](DistrictStore &s) {
            return table(s, QStringLiteral("components"),
                         {{QStringLiteral("note"), QStringLiteral("QUOTED")}}, 0);
        });
        QTest::newRow("attribute table, a coded filter that matches nothing")
            << Operation([](DistrictStore &s) {
                   return table(s, QStringLiteral("risk_points"),
                                {{QStringLiteral("level"), QStringLiteral("zzz")}}, -1);
               });
        QTest::newRow("attribute table, a comparison") << Operation([](DistrictStore &s) {
            return table(s, QStringLiteral("risk_records"),
                         {{QStringLiteral("value"), QStringLiteral("> 60.5")}}, -1);
        });
        QTest::newRow("segment list") << Operation([](DistrictStore &s) {
            QStringList out;
            for (const uo::SegmentSummary &x : uo::SegmentQueries(s).segments())
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                           .arg(x.id)
                           .arg(x.roadName, x.name, number(x.from), number(x.to), x.chiefName)
                           .arg(x.chiefIsOfficer)
                           .arg(x.collaboratorNames.join(u','));
            for (const uo::ChiefWorkload &w : uo::SegmentQueries(s).workload())
                out << QStringLiteral("%1 %2 %3").arg(w.name).arg(w.segments).arg(number(w.kilometres));
            return out;
        });
        QTest::newRow("segment surroundings") << Operation([](DistrictStore &s) {
            QStringList out;
            const QList<uo::SegmentSummary> segments = uo::SegmentQueries(s).segments();
            for (const uo::SegmentSurroundings &x :
                 {uo::SegmentNeighbourhood(s).around(segments.first(), 50)}) {
                for (const auto &list : {x.shops, x.riskPoints, x.permits})
                    for (const uo::NearbyFeature &f : list)
                        out << QStringLiteral("%1 %2 %3 %4")
                                   .arg(f.id)
                                   .arg(f.name, f.detail, number(f.distance));
                for (const uo::ComponentClassCount &c : x.componentClasses)
                    out << QStringLiteral("%1 %2 %3").arg(c.classCode, c.name).arg(c.count);
                out << QString::number(x.components);
            }
            return out;
        });
        QTest::newRow("permit register") << Operation([](DistrictStore &s) {
            QStringList out;
            for (const uo::PermitSummary &p : uo::PermitRegister::list(s))
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                           .arg(p.permitNo, p.status, p.roadNames.join(u','), p.segmentNames.join(u','),
                                p.streetName)
                           .arg(int(p.outcome))
                           .arg(p.reasons.join(u';'));
            return out;
        });
    }
    void sameResults()
    {
        QFETCH(Operation, operation);
        const QStringList file = operation(*m_file);
        QVERIFY(!file.isEmpty());
        QCOMPARE(operation(*m_server), file);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    uo::test::TestDistrict m_district;
    std::unique_ptr<DistrictStore> m_file, m_server;
};

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_server_operations.moc"
