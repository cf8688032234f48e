#include "core/sql/statement.h"
#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "tests/gis/render/tiny_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tiny_district;

namespace {
bool near(const QRectF &a, const QRectF &b, double tolerance = 1e-6)
{
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.top() - b.top()) <= tolerance &&
           qAbs(a.right() - b.right()) <= tolerance && qAbs(a.bottom() - b.bottom()) <= tolerance;
}

QByteArray pointBlob(double dx, double dy)
{
    return uo::geometry_blob::encode(uo::Geometry::point(4545, QPointF(kOriginX + dx, kOriginY + dy)));
}
} // namespace

class TestMapSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uo::DistrictStore> m_store;
    std::shared_ptr<const uo::MapSnapshot> m_map;
    int m_stores = 0;

    std::unique_ptr<uo::DistrictStore> freshStore()
    {
        return create(m_dir.filePath(QStringLiteral("edited-%1.sqlite").arg(++m_stores)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
        m_map = uo::MapSnapshot::load(*m_store);
        QVERIFY(m_map);
    }

    void featuresAndBoundsMatchTheStore_data()
    {
        QTest::addColumn<QString>("table");
        for (const uo::LayerInfo &layer : uo::mapLayers())
            if (QLatin1String(layer.table) != QLatin1String("components"))
                QTest::newRow(layer.table) << QString::fromLatin1(layer.table);
    }
    void featuresAndBoundsMatchTheStore()
    {
        QFETCH(QString, table);
        const uo::LayerFeatures *features = m_map->layer(table);
        QVERIFY(features);
        QCOMPARE(features->table(), table);
        // SpatiaLite's own reading of every geometry, against the snapshot's.
        auto st = m_store->db().prepare(
            "SELECT id, MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM \"" + table.toUtf8() +
            "\" WHERE geom IS NOT NULL");
        qsizetype rows = 0;
        while (st.step()) {
            ++rows;
            const uo::MapFeature *feature = features->find(st.int64(0));
            QVERIFY2(feature, qPrintable(QStringLiteral("%1 %2").arg(table).arg(st.int64(0))));
            QVERIFY(near(feature->bounds,
                         QRectF(QPointF(st.real(1), st.real(2)), QPointF(st.real(3), st.real(4)))));
            QVERIFY(near(feature->bounds, feature->geometry.bounds(), 0));
        }
        QCOMPARE(features->size(), rows);
        QCOMPARE(m_map->featureCount(table), qint64(rows));
    }

    void theStyleAttributesComeAlong()
    {
        const uo::MapFeature &road = m_map->layer(QStringLiteral("roads"))->features().first();
        QCOMPARE(road.kind, QStringLiteral("trunk"));
        QCOMPARE(road.label, QStringLiteral("Trunk road"));
        QCOMPARE(m_map->layer(QStringLiteral("permits"))->features().first().kind,
                 QStringLiteral("submitted"));
        // Lowest risk first: drawn under the higher ones.
        const QList<uo::MapFeature> &risks = m_map->layer(QStringLiteral("risk_points"))->features();
        QCOMPARE(risks.size(), 2);
        QCOMPARE(risks[0].kind, QStringLiteral("blue"));
        QCOMPARE(risks[1].kind, QStringLiteral("red"));
    }

    void segmentsAreNumberedAlongTheirRoad()
    {
        // Inserted last-first: the numbers come from the measure along the road, not the row order.
        for (const uo::MapFeature &segment : m_map->layer(QStringLiteral("road_segments"))->features())
            QCOMPARE(segment.ordinal, segment.bounds.center().x() < kOriginX ? 0 : 1);
    }

    void everyComponentIsThere()
    {
        QVERIFY(m_map->components());
        QCOMPARE(m_map->components()->size(), qsizetype(kComponentCount));
        QCOMPARE(m_map->featureCount(QStringLiteral("components")), qint64(kComponentCount));
    }

    void theExtentHoldsEveryLayer()
    {
        QVERIFY(!m_map->isEmpty());
        QCOMPARE(m_map->srid(), 4545);
        const QRectF extent = m_map->extent();
        for (const uo::LayerInfo &layer : uo::mapLayers()) {
            const QString table = QString::fromLatin1(layer.table);
            if (m_map->featureCount(table) == 0)
                continue;
            const QRectF bounds = m_store->extent(table);
            // The spatial index keeps single-precision bounds. (Not QRectF::contains: it refuses the
            // zero-size bounds of a layer of one point.)
            QVERIFY2(bounds.left() >= extent.left() - 0.5 && bounds.right() <= extent.right() + 0.5 &&
                         bounds.top() >= extent.top() - 0.5 && bounds.bottom() <= extent.bottom() + 0.5,
                     qPrintable(table));
        }
        // The roads reach furthest west and south; the shop furthest north.
        QCOMPARE(extent.left(), kOriginX - 80);
        QCOMPARE(extent.bottom(), kOriginY + 80);
    }

    void anEmptyStoreGivesAnEmptyMap()
    {
        uo::DistrictSettings settings;
        settings.name = QStringLiteral("Empty");
        auto store = uo::DistrictStore::create(m_dir.filePath(QStringLiteral("empty.sqlite")), settings);
        const auto map = uo::MapSnapshot::load(*store);
        QVERIFY(map->isEmpty());
        QCOMPARE(map->featureCount(QStringLiteral("roads")), 0);
        QCOMPARE(map->components()->size(), 0);
    }

    void nothingChangedNothingIsRead()
    {
        QVERIFY(m_map->changedLayers(*m_store).isEmpty());
        QCOMPARE(uo::MapSnapshot::reloadChanged(m_map, *m_store), m_map);
    }

    void aChangedLayerIsReadAgainAlone()
    {
        auto store = freshStore();
        const auto before = uo::MapSnapshot::load(*store);
        store->insertRow(QStringLiteral("risk_points"),
                         {{QStringLiteral("code"), QStringLiteral("RP-3")},
                          {QStringLiteral("name"), QStringLiteral("RP-3")},
                          {QStringLiteral("category"), QStringLiteral("slope")},
                          {QStringLiteral("level"), QStringLiteral("orange")},
                          {QStringLiteral("geom"), pointBlob(0, 90)}});
        QCOMPARE(before->changedLayers(*store), QStringList{QStringLiteral("risk_points")});

        const auto after = uo::MapSnapshot::reloadChanged(before, *store);
        QVERIFY(after != before);
        QCOMPARE(after->featureCount(QStringLiteral("risk_points")), 3);
        QCOMPARE(before->featureCount(QStringLiteral("risk_points")), 2); // the old one is left as it was
        QVERIFY(after->version(QStringLiteral("risk_points")) >
                before->version(QStringLiteral("risk_points")));
        // Everything else is shared, not copied.
        QCOMPARE(after->layer(QStringLiteral("roads")), before->layer(QStringLiteral("roads")));
        QCOMPARE(after->layer(QStringLiteral("permits")), before->layer(QStringLiteral("permits")));
        QCOMPARE(after->components(), before->components());
        QVERIFY(after->changedLayers(*store).isEmpty());
        // The new point lies north of everything else.
        QCOMPARE(after->extent().bottom(), kOriginY + 90);
    }

    void editedComponentsAreReadAgain()
    {
        auto store = freshStore();
        const auto before = uo::MapSnapshot::load(*store);
        const qint64 id = store->db().scalarInt("SELECT min(id) FROM components");
        store->updateRow(QStringLiteral("components"), id,
                         {{QStringLiteral("state"), QStringLiteral("missing")}});
        QCOMPARE(before->changedLayers(*store), QStringList{QStringLiteral("components")});
        const auto after = uo::MapSnapshot::reloadChanged(before, *store);
        QVERIFY(after->components() != before->components());
        QCOMPARE(after->layer(QStringLiteral("roads")), before->layer(QStringLiteral("roads")));
        int missing = 0;
        after->components()->forEachNear(after->extent(), [&](const uo::ComponentPoints::Point &p) {
            missing += p.id == quint32(id) && p.state == uo::ComponentPoints::Missing;
        });
        QCOMPARE(missing, 1);
    }

    void aDeletedFeatureLeavesTheMap()
    {
        auto store = freshStore();
        const auto before = uo::MapSnapshot::load(*store);
        const qint64 shop = before->layer(QStringLiteral("shops"))->features().first().id;
        store->deleteRow(QStringLiteral("shops"), shop);
        const auto after = uo::MapSnapshot::reloadChanged(before, *store);
        QCOMPARE(after->featureCount(QStringLiteral("shops")), 0);
        QVERIFY(!after->layer(QStringLiteral("shops"))->find(shop));
        QVERIFY(before->layer(QStringLiteral("shops"))->find(shop));
    }
};

QTEST_MAIN(TestMapSnapshot)
#include "tst_map_snapshot.moc"
