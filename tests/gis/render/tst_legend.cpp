#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/legend.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_style.h"
#include "tests/gis/render/tiny_district.h"

#include <QDir>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace tiny_district;

namespace {
// Pixels of `actual` farther than `tolerance` in any channel from `expected`; -1 when the sizes differ.
int mismatches(const QImage &actual, const QImage &expected, int tolerance)
{
    if (actual.size() != expected.size())
        return -1;
    int n = 0;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x)
            n += !near(actual.pixelColor(x, y), expected.pixelColor(x, y), tolerance);
    return n;
}

QString controlPath(const QString &name)
{
    return QStringLiteral(URBANOPS_CONTROL_IMAGES "/") + name;
}

// Compares with the control image; with UROPS_UPDATE_CONTROL_IMAGES set, writes it instead (to be
// looked at before it is committed). A mismatch leaves the picture drawn beside the test for a look.
void compareWithControl(const QImage &image, const QString &name)
{
    const QString path = controlPath(name);
    if (qEnvironmentVariableIsSet("UROPS_UPDATE_CONTROL_IMAGES")) {
        QVERIFY(image.save(path));
        QSKIP("control image written");
    }
    const QImage control(path);
    QVERIFY2(!control.isNull(), qPrintable(path));
    const QImage actual = image.convertToFormat(QImage::Format_ARGB32);
    // Antialiasing may differ by a few levels between Qt builds; a wrong colour or shape does not.
    const int bad = mismatches(actual, control.convertToFormat(QImage::Format_ARGB32), 40);
    const int allowed = actual.width() * actual.height() / 100;
    if (bad < 0 || bad > allowed)
        actual.save(QDir::current().filePath(QStringLiteral("actual-") + name));
    QVERIFY2(bad >= 0 && bad <= allowed,
             qPrintable(QStringLiteral("%1 pixels differ from %2").arg(bad).arg(path)));
}
} // namespace

class TestLegend : public QObject
{
    Q_OBJECT

private slots:
    void everyLayerHasItems_data()
    {
        QTest::addColumn<QString>("table");
        for (const uo::LayerInfo &layer : uo::mapLayers())
            QTest::newRow(layer.table) << QString::fromLatin1(layer.table);
    }
    void everyLayerHasItems()
    {
        QFETCH(QString, table);
        const uo::LayerStyle style = uo::DistrictStyle::defaultLayerStyle(table);
        const QList<uo::LegendItem> items = uo::legendItems(style);
        const QStringList keys = uo::classKeys(table);
        QCOMPARE(items.size(), keys.isEmpty() ? 1 : keys.size());
        QSet<QString> labels;
        for (int i = 0; i < items.size(); ++i) {
            const uo::LegendItem &item = items.at(i);
            QCOMPARE(item.table, table);
            QCOMPARE(item.key, keys.value(i));
            QVERIFY(!item.label.isEmpty());
            QVERIFY2(item.label != item.key || item.key.isEmpty(),
                     qPrintable(item.label)); // a word, not a code
            labels.insert(item.label);
            QVERIFY(item.fill.isValid() || item.outline.isValid());
        }
        QCOMPARE(labels.size(), items.size());
    }

    void itemsFollowTheStyle()
    {
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        uo::LayerStyle &risks = *style.layer(QStringLiteral("risk_points"));
        risks.classes[0].colour = QColor(0x00, 0x80, 0x00);
        risks.opacity = 0.5;
        const QList<uo::LegendItem> items = uo::legendItems(risks);
        QCOMPARE(items.first().fill, QColor(0x00, 0x80, 0x00));
        QCOMPARE(items.first().opacity, 0.5);
        // Layers top first, hidden ones left out.
        style.layer(QStringLiteral("shops"))->visible = false;
        const QList<uo::LegendItem> all = uo::legendItems(style);
        QCOMPARE(all.first().table, style.layers.last().table);
        for (const uo::LegendItem &item : all)
            QVERIFY(item.table != QLatin1String("shops"));
    }

    void symbolsStayInTheirBox()
    {
        for (const uo::LegendItem &item : uo::legendItems(uo::DistrictStyle::defaults())) {
            QImage image(40, 24, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            uo::paintLegendSymbol(painter, QRectF(10, 4, 16, 16), item);
            painter.end();
            int inside = 0, outside = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 0)
                        continue;
                    const bool in = x >= 9 && x <= 26 && y >= 3 && y <= 20;
                    ++(in ? inside : outside);
                }
            QVERIFY2(inside > 4, qPrintable(item.label));
            QCOMPARE(outside, 0);
        }
    }

    void legendSheetMatchesItsControlImage()
    {
        // Every swatch of the default legend, a row per layer: a changed symbol or colour shows here.
        const uo::DistrictStyle style = uo::DistrictStyle::defaults();
        QImage sheet(8 * 20, int(style.layers.size()) * 20, QImage::Format_ARGB32_Premultiplied);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        for (int row = 0; row < style.layers.size(); ++row) {
            const QList<uo::LegendItem> items = uo::legendItems(style.layers.at(row));
            for (int col = 0; col < items.size(); ++col)
                uo::paintLegendSymbol(painter, QRectF(col * 20 + 2, row * 20 + 2, 16, 16), items.at(col));
        }
        painter.end();
        compareWithControl(sheet, QStringLiteral("legend-sheet.png"));
    }

    void styledMapMatchesItsControlImage()
    {
        // The tiny district with a style of the user's: the road over its segments, half-transparent
        // risk points, components at twice their size and greening as crosses, no names (fonts differ by
        // machine).
        QTemporaryDir dir;
        auto store = create(dir.filePath(QStringLiteral("tiny.sqlite")));
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("roads"))->labels = false;
        style.layer(QStringLiteral("road_segments"))->labels = false;
        style.layer(QStringLiteral("risk_points"))->opacity = 0.5;
        uo::LayerStyle &components = *style.layer(QStringLiteral("components"));
        components.sizeFactor = 2.0;
        components.classes[3].shape = uo::SymbolShape::Cross; // greening
        style.layers.move(style.order().indexOf(QStringLiteral("road_segments")),
                          style.order().indexOf(QStringLiteral("roads")));
        uo::MapRenderer renderer(uo::MapSnapshot::load(*store));
        renderer.setStyle(style);
        compareWithControl(renderer.renderImage(viewport()), QStringLiteral("tiny-styled.png"));
    }
};

QTEST_MAIN(TestLegend)
#include "tst_legend.moc"
