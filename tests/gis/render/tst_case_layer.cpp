#include "tests/gis/render/tiny_district.h"

#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"
#include "gis/map_snapshot/feature_lookup.h"
#include "gis/render/case_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"

#include <QImage>
#include <QTest>

using namespace tiny_district;

// A case is drawn at its place in the colour of its state, an overdue one in red and larger, a closed one
// small and grey; identify finds each where it is drawn.
class TestCaseLayer : public QObject
{
    Q_OBJECT

private:
    Loaded m_tiny;

    qint64 addCase(const char *number, const char *state, const char *due, double dx, double dy)
    {
        auto st = m_tiny.store->db().prepare(
            "INSERT INTO cases(case_no, class_code, source, reported_at, state, due_at, geom) "
            "VALUES (?, '0102', 'video', '2026-03-01T08:00:00+08:00', ?, ?, ?)");
        st.bind(1, QString::fromLatin1(number))
            .bind(2, QString::fromLatin1(state))
            .bind(3, QString::fromLatin1(due));
        st.bindBlob(4, uo::geometry_blob::encode(uo::Geometry::point(4545, {kOriginX + dx, kOriginY + dy})));
        st.run();
        return m_tiny.store->db().lastInsertId();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(load(m_tiny));
        addCase("AJ-OPEN", "dispatched", "2999-01-01T00:00:00+08:00", 30, 30);
        addCase("AJ-LATE", "dispatched", "2000-01-01T00:00:00+08:00", -30, 30);
        addCase("AJ-DONE", "closed", "2000-01-01T00:00:00+08:00", 30, -80);
        m_tiny.map = uo::MapSnapshot::load(*m_tiny.store);
        QCOMPARE(m_tiny.map->featureCount(QStringLiteral("cases")), 3);
    }

    void drawnByStateAndLateness_data()
    {
        QTest::addColumn<QPoint>("pixel");
        QTest::addColumn<QString>("key");
        QTest::newRow("open, in time") << QPoint(130, 70) << QStringLiteral("dispatched");
        QTest::newRow("overdue") << QPoint(70, 70) << QStringLiteral("overdue");
        QTest::newRow("closed") << QPoint(130, 180) << QStringLiteral("closed");
    }
    void drawnByStateAndLateness()
    {
        QFETCH(QPoint, pixel);
        QFETCH(QString, key);
        uo::MapRenderer renderer(m_tiny.map);
        renderer.setVisibleLayers({QStringLiteral("cases")});
        const QImage image = renderer.renderImage(viewport());
        QVERIFY2(near(tiny_district::pixel(image, pixel), uo::case_style::colour(key)),
                 qPrintable(tiny_district::pixel(image, pixel).name()));
        // Nothing drawn well away from it.
        QVERIFY(near(tiny_district::pixel(image, pixel + QPoint(12, 0)), uo::map_style::background()));
    }

    void overdueIsLargerThanOpenAndClosedSmallest()
    {
        const double perPixel = 1.0;
        QVERIFY(uo::case_style::diameterPixels(QStringLiteral("overdue"), perPixel) >
                uo::case_style::diameterPixels(QStringLiteral("dispatched"), perPixel));
        QVERIFY(uo::case_style::diameterPixels(QStringLiteral("closed"), perPixel) <
                uo::case_style::diameterPixels(QStringLiteral("dispatched"), perPixel));
    }

    void foundWhereDrawn()
    {
        const QList<uo::FeatureHit> hits =
            uo::featuresAt(*m_tiny.map, {kOriginX - 31, kOriginY + 31}, 3.0, {QStringLiteral("cases")});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(m_tiny.store->db().scalarText("SELECT case_no FROM cases WHERE id = " +
                                               QByteArray::number(hits[0].id)),
                 QStringLiteral("AJ-LATE"));
        QVERIFY(uo::featuresAt(*m_tiny.map, {kOriginX, kOriginY}, 3.0, {QStringLiteral("cases")}).isEmpty());
    }
};

QTEST_MAIN(TestCaseLayer)
#include "tst_case_layer.moc"
