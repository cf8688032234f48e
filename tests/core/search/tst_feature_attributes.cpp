#include "core/catalogue/catalogue.h"
#include "core/store/feature_attributes.h"
#include "tests/core/search/search_district.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
QString valueOf(const QList<uo::FeatureAttribute> &attributes, const QString &column)
{
    for (const uo::FeatureAttribute &a : attributes)
        if (a.column == column)
            return a.value;
    return QStringLiteral("<missing>");
}
} // namespace

class TestFeatureAttributes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<uo::DistrictStore> m_store;
    search_district::Ids m_ids{};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        uo::DistrictSettings settings;
        settings.srid = search_district::kSrid;
        m_store = uo::DistrictStore::create(m_dir.filePath(QStringLiteral("a.sqlite")), settings,
                                            QStringLiteral("tester"));
        uo::Catalogue::builtIn().writeTo(*m_store);
        m_ids = search_district::fill(*m_store);
    }

    void aComponentShowsEveryColumnInOrder()
    {
        const QList<uo::FeatureAttribute> attributes =
            uo::FeatureAttributes::read(*m_store, QStringLiteral("components"), 1);
        QStringList columns;
        for (const uo::FeatureAttribute &a : attributes)
            columns.append(a.column);
        // Every column of the table, with the class name right after its code.
        QCOMPARE(columns.mid(0, 4),
                 (QStringList{QStringLiteral("id"), QStringLiteral("ident"), QStringLiteral("class_code"),
                              QStringLiteral("class_name")}));
        QVERIFY(columns.contains(QStringLiteral("note")));
        QVERIFY(columns.contains(QStringLiteral("geom")));
        QCOMPARE(valueOf(attributes, QStringLiteral("ident")), QStringLiteral("5001050101000001"));
        QCOMPARE(valueOf(attributes, QStringLiteral("class_name")),
                 uo::Catalogue::builtIn().forClassCode(QStringLiteral("0101"))->name);
        // The department by its name, the id kept beside it.
        QCOMPARE(valueOf(attributes, QStringLiteral("dept_id")),
                 QStringLiteral("江北区市政设施管理所 (%1)").arg(m_ids.entity));
        QVERIFY(valueOf(attributes, QStringLiteral("geom")).startsWith(QStringLiteral("Point E 500,001.0")));
        // Titles are for people, not column names.
        QCOMPARE(attributes.at(1).title, QStringLiteral("Identifier"));
    }

    void aSegmentShowsItsRoadChiefAndCollaborators()
    {
        const QList<uo::FeatureAttribute> attributes =
            uo::FeatureAttributes::read(*m_store, QStringLiteral("road_segments"), m_ids.segment);
        QCOMPARE(valueOf(attributes, QStringLiteral("road_id")),
                 QStringLiteral("建新北路 (%1)").arg(m_ids.road));
        QCOMPARE(valueOf(attributes, QStringLiteral("chief_id")),
                 QStringLiteral("王建国 (%1)").arg(m_ids.chief));
        QCOMPARE(valueOf(attributes, QStringLiteral("collaborators")), QStringLiteral("李小红"));
        QCOMPARE(valueOf(attributes, QStringLiteral("geom")), QStringLiteral("Line of 2 vertices, 200.0 m"));
    }

    void anAreaIsSummarisedByItsArea()
    {
        const double x = search_district::kX, y = search_district::kY;
        const uo::Geometry square = uo::Geometry::polygon(
            search_district::kSrid,
            {{QPointF(x, y), QPointF(x + 4, y), QPointF(x + 4, y + 3), QPointF(x, y + 3), QPointF(x, y)}});
        QCOMPARE(uo::FeatureAttributes::summarize(square), QStringLiteral("Area of 12.0 m² in 1 part(s)"));
    }

    void aMissingRowHasNoAttributes()
    {
        QVERIFY(uo::FeatureAttributes::read(*m_store, QStringLiteral("shops"), 999).isEmpty());
        QCOMPARE(uo::FeatureAttributes::displayName(*m_store, QStringLiteral("shops"), m_ids.shop),
                 QStringLiteral("顺心便利店"));
    }
};

QTEST_GUILESS_MAIN(TestFeatureAttributes)
#include "tst_feature_attributes.moc"
