// The map snapshot of a server district is the snapshot of the file it was published from: every
// layer's features with the same ids, geometry, style keys (an overdue case as overdue on both), labels
// and order, and the same component points (docs/server.md, "one store, two back ends").

#include "core/store/component_points.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QTemporaryDir>
#include <QTest>

using uo::DistrictStore;
using uo::test::TestDatabase;

namespace {

// A layer as the map draws it, coordinates to the millimetre.
QStringList features(const uo::MapSnapshot &snapshot, const QString &table)
{
    QStringList out;
    const uo::LayerFeatures *layer = snapshot.layer(table);
    if (!layer)
        return {QStringLiteral("no layer")};
    for (const uo::MapFeature &f : layer->features()) {
        QStringList vertices;
        for (const auto &part : f.geometry.parts)
            for (const auto &ring : part)
                for (const QPointF &p : ring)
                    vertices << QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 3).arg(p.y(), 0, 'f', 3);
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(f.id)
                   .arg(f.kind, f.label)
                   .arg(f.ordinal)
                   .arg(vertices.join(u','));
    }
    return out;
}

} // namespace

class TestServerMapSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        uo::test::makeTestDistrict(file);
        addCases(file);
        const QString url = uo::test::publishCopy(*m_db, file, "map");
        m_fileStore = DistrictStore::open(file, DistrictStore::Access::ReadOnly);
        m_serverStore = DistrictStore::open(url, DistrictStore::Access::ReadOnly);
        m_file = uo::MapSnapshot::load(*m_fileStore);
        m_server = uo::MapSnapshot::load(*m_serverStore);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_serverStore.reset();
        m_db.reset();
    }

    void sameLayer_data()
    {
        QTest::addColumn<QString>("table");
        for (const uo::LayerInfo &layer : uo::mapLayers())
            if (layer.layer != uo::Layer::Components) // drawn from the point cache: sameComponents
                QTest::newRow(layer.table) << QString::fromLatin1(layer.table);
    }
    void sameLayer()
    {
        QFETCH(QString, table);
        const QStringList file = features(*m_file, table);
        QVERIFY(!file.isEmpty());
        QCOMPARE(features(*m_server, table), file);
    }

    void overdueCaseOnBoth()
    {
        QStringList kinds;
        for (const uo::MapFeature &f : m_server->layer(QStringLiteral("cases"))->features())
            kinds << f.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("dispatched"), QStringLiteral("overdue")}));
    }

    void sameComponents()
    {
        const uo::ComponentPoints *file = m_file->components(), *server = m_server->components();
        QVERIFY(file && server);
        QCOMPARE(server->size(), file->size());
        QVERIFY(file->size() > 0);
        QCOMPARE(server->classCodes(), file->classCodes());
    }

    void sameExtent()
    {
        const QRectF file = m_file->extent(), server = m_server->extent();
        QVERIFY(!file.isEmpty());
        QVERIFY(qAbs(server.left() - file.left()) < 0.01 && qAbs(server.right() - file.right()) < 0.01);
        QVERIFY(qAbs(server.top() - file.top()) < 0.01 && qAbs(server.bottom() - file.bottom()) < 0.01);
    }

private:
    // One case due tomorrow and one due yesterday: the map tells the late one as overdue.
    static void addCases(const QString &file)
    {
        auto store = DistrictStore::open(file);
        // A class of the district's own list (the store is made with the standard's classes).
        const QString eventClass = store->db().scalarText("SELECT min(code) FROM event_classes");
        QVERIFY(!eventClass.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int n = 0;
        for (const int days : {1, -1}) {
            store->insertRow(QStringLiteral("cases"),
                             {{QStringLiteral("case_no"), QStringLiteral("C-%1").arg(++n)},
                              {QStringLiteral("class_code"), eventClass},
                              {QStringLiteral("source"), QStringLiteral("patrol")},
                              {QStringLiteral("reported_at"),
                               now.addDays(-3).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)},
                              {QStringLiteral("state"), QStringLiteral("dispatched")},
                              {QStringLiteral("due_at"),
                               now.addDays(days).toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)},
                              {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::point(
                                                           4545, {370300.0 + n, 3278005.0}))}});
        }
    }

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_fileStore, m_serverStore;
    std::shared_ptr<const uo::MapSnapshot> m_file, m_server;
};

QTEST_GUILESS_MAIN(TestServerMapSnapshot)
#include "tst_server_map_snapshot.moc"
