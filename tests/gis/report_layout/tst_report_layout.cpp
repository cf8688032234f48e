#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_style.h"
#include "gis/report_layout/map_frame.h"
#include "gis/report_layout/map_image.h"
#include "gis/report_layout/report_flow.h"
#include "gis/report_layout/report_style.h"
#include "gis/report_layout/reports.h"
#include "tests/gis/render/tiny_district.h"
#include "tests/gis/report_layout/pdf_text.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace uo;
using namespace uo::report;

namespace {
// The share of pixels of two images of one size whose channels differ by at most `tolerance`, and
// the mean difference over all channels.
std::pair<double, double> likeness(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 close = 0, sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d =
                std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                          std::abs(qBlue(p[col]) - qBlue(q[col]))});
            close += d <= tolerance;
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    const double pixels = double(x.width()) * x.height();
    return {close / pixels, sum / (3 * pixels)};
}
} // namespace

// The parts of a report that do not need a whole district: paper sizes, round scales, tables over
// pages, and one page of the tiny district against a control image.
class TestReportLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    std::shared_ptr<const MapSnapshot> m_map;

    ReportRequest fixedRequest() const
    {
        ReportRequest request;
        request.info.title = QStringLiteral("Tiny district");
        request.info.author = QStringLiteral("Tester");
        request.info.department = QStringLiteral("Bureau");
        request.info.date = QDate(2026, 11, 1);
        return request;
    }

    ReportDocument tinyView(int dpi) const
    {
        ReportRequest request = fixedRequest();
        request.page.dpi = dpi;
        const QRectF extent(tiny_district::kOriginX - 100, tiny_district::kOriginY - 100, 200, 200);
        return ViewReport::build(*m_store, m_map, request, extent, 1000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = tiny_district::create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
        m_map = MapSnapshot::load(*m_store);
    }

    void paperSizes()
    {
        PageSetup a4;
        QCOMPARE(a4.sizePoints().toSize(), QSize(595, 842));
        a4.dpi = 300;
        QCOMPARE(a4.sizeDots(), QSize(2480, 3508)); // 210 x 297 mm at 300 dpi
        PageSetup a2{PageSetup::Paper::A2, true, 72};
        QCOMPARE(a2.sizePoints().toSize(), QSize(1684, 1191));
        PageSetup::Paper paper = PageSetup::Paper::A4;
        QVERIFY(PageSetup::parsePaper(QStringLiteral("a3"), &paper));
        QCOMPARE(paper, PageSetup::Paper::A3);
        QVERIFY(!PageSetup::parsePaper(QStringLiteral("letter"), &paper));
    }

    void roundNumbers()
    {
        QCOMPARE(MapFrame::roundLength(730), 500.0);
        QCOMPARE(MapFrame::roundLength(199), 100.0);
        QCOMPARE(MapFrame::roundLength(2.4), 2.0);
        // 1 km across 100 mm of paper needs 1:10,000 exactly; a little more needs the next round scale,
        // a quarter smaller, not half.
        const QSizeF frame(mm(100), mm(100));
        QCOMPARE(MapFrame::fitScale(QRectF(0, 0, 1000, 1000), frame, 0), 10000.0);
        QCOMPARE(MapFrame::fitScale(QRectF(0, 0, 1001, 10), frame, 0), 12500.0);
        QCOMPARE(MapFrame::fitScale(QRectF(0, 0, 1600, 10), frame, 0), 20000.0);
        QCOMPARE(MapFrame::fitScale(QRectF(0, 0, 700, 10), frame, 0), 7500.0);
        QCOMPARE(MapFrame::fitScale(QRectF(0, 0, 2100, 10), frame, 0), 25000.0);
        // And the viewport keeps that scale: 100 mm of paper shows 1 km at 1:10,000.
        MapFrameSpec spec;
        spec.scale = 10000;
        const MapViewport view = MapFrame::viewport(spec, frame);
        QVERIFY(std::abs(view.visibleMapRect().width() - 1000) < 2);
    }

    void aHeadingNeverEndsAPage_data()
    {
        QTest::addColumn<double>("filler");
        QTest::addColumn<bool>("map");
        // The heading lands at the foot of the page, just above it, or with room for a row or two; what
        // it heads is a table, or a map too tall for what is left of the page.
        QTest::newRow("table at the foot") << 0.97 << false;
        QTest::newRow("table just above") << 0.92 << false;
        QTest::newRow("table, one row left") << 0.88 << false;
        QTest::newRow("map, rows left") << 0.85 << true;
        QTest::newRow("map, half the page left") << 0.5 << true;
    }
    void aHeadingNeverEndsAPage()
    {
        QFETCH(double, filler);
        QFETCH(bool, map);
        ReportDocument doc(PageSetup(), fixedRequest().info);
        ReportFlow flow(doc);
        flow.newPage();
        flow.item(doc.body().height() * filler, [](QPainter &, const QRectF &) {});
        flow.heading(QStringLiteral("Heading"));
        if (map) {
            flow.item(doc.body().height() * 0.6, [](QPainter &painter, const QRectF &rect) {
                painter.setFont(style::font(style::kTextPoints));
                painter.drawText(rect, Qt::AlignCenter, QStringLiteral("row-1"));
            });
        } else {
            ReportTable table{{{QStringLiteral("Code"), 1}}, {}};
            for (int i = 0; i < 5; ++i)
                table.rows.append({QStringLiteral("row-%1").arg(i)});
            flow.table(table);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("heading.pdf"));
        doc.writePdf(pdf);
        const QStringList pages = pdf_text::pages(pdf);
        // Wherever it goes, the heading is on the page of what it heads.
        int headingPage = -1, headedPage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages[p].contains(QStringLiteral("Heading")))
                headingPage = p;
            if (pages[p].contains(QStringLiteral("row-1")) && headedPage < 0)
                headedPage = p;
        }
        QVERIFY(headingPage >= 0);
        QCOMPARE(headingPage, headedPage);
    }

    void tablesRunOverPages()
    {
        ReportInfo info = fixedRequest().info;
        // Characters that Noto Sans CJK shares with Kangxi radicals: they must come out as themselves.
        info.subtitle = QStringLiteral("江北区 一大石");
        ReportDocument doc(PageSetup(), info);
        ReportFlow flow(doc);
        flow.heading(QStringLiteral("Long list"));
        ReportTable table{{{QStringLiteral("Code"), 1}, {QStringLiteral("Value"), 1, Qt::AlignRight}}, {}};
        const int rows = 150;
        for (int i = 0; i < rows; ++i)
            table.rows.append({QStringLiteral("row-%1").arg(i), QString::number(i * 7)});
        flow.table(table);
        const int perPage = int(doc.body().height() / ReportFlow::rowHeight());
        QVERIFY(doc.pageCount() >= (rows + perPage - 1) / perPage);
        QVERIFY(doc.pageCount() >= 3);

        const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
        doc.writePdf(pdf);
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), doc.pageCount());
        QString all;
        for (int p = 0; p < pages.size(); ++p) {
            // The column titles again on every page, and its number.
            QVERIFY2(pages[p].contains(QStringLiteral("Code")), qPrintable(QString::number(p)));
            QVERIFY(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
            QVERIFY2(pages[p].contains(QStringLiteral("江北区 一大石")), qPrintable(pages[p].left(200)));
            all += pages[p];
        }
        for (int i = 0; i < rows; ++i)
            QCOMPARE(all.count(QRegularExpression(QStringLiteral("\\brow-%1\\b").arg(i))), 1);
    }

    void viewIsVectorWithItsParts()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
        tinyView(300).writePdf(pdf);
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), 1);
        for (const QString &part :
             {QStringLiteral("Tiny district"), QStringLiteral("Legend"), QStringLiteral("1:1,000"),
              QStringLiteral("Tester"), QStringLiteral("Bureau"), QStringLiteral("EPSG:"),
              QStringLiteral("Trunk road"), QStringLiteral("Page 1 of 1")})
            QVERIFY2(pages[0].contains(part), qPrintable(part));
        // Every layer, component marks and the names on the map included, as vector drawing and text:
        // no picture at all. The road's name is on the map as well as in the legend.
        QCOMPARE(pdf_text::imageCount(pdf), 0);
        QVERIFY2(pages[0].count(QStringLiteral("Trunk road")) >= 2, qPrintable(pages[0]));
    }

    // Road and segment names on a PDF map are text a reader can search for, Chinese included, while an
    // image of the same page still gets them (as the screen's pictures of them).
    void roadNamesAreTextInPdf()
    {
        auto store = tiny_district::create(m_dir.filePath(QStringLiteral("named.sqlite")));
        // "大" shares its glyph with a Kangxi radical in Noto Sans CJK: it must come out as itself.
        const QString road = QStringLiteral("江北大道"), segment = QStringLiteral("石门段");
        store->updateRow(QStringLiteral("roads"), 1, {{QStringLiteral("name"), road}});
        store->db().exec("UPDATE road_segments SET name = '" + segment.toUtf8() + "' WHERE from_m = 0");
        ReportRequest request = fixedRequest();
        request.page.dpi = 300;
        const QRectF extent(tiny_district::kOriginX - 100, tiny_district::kOriginY - 100, 200, 200);
        const ReportDocument doc =
            ViewReport::build(*store, MapSnapshot::load(*store), request, extent, 1000);
        const QString pdf = m_dir.filePath(QStringLiteral("named.pdf"));
        doc.writePdf(pdf);
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages[0].contains(road), qPrintable(pages[0]));
        QVERIFY2(pages[0].contains(segment), qPrintable(pages[0]));
        QCOMPARE(pdf_text::imageCount(pdf), 0);

        // The page as an image still has the names (as the screen's pictures of them): it differs from
        // the same page of a district whose roads have no names by the names' pixels.
        request.page.dpi = 100;
        const QImage named =
            ViewReport::build(*store, MapSnapshot::load(*store), request, extent, 1000).renderPage(0);
        store->db().exec("UPDATE roads SET name = ''");
        store->db().exec("UPDATE road_segments SET name = ''");
        const QImage unnamed =
            ViewReport::build(*store, MapSnapshot::load(*store), request, extent, 1000).renderPage(0);
        QCOMPARE(named.size(), unnamed.size());
        const double share = likeness(named, unnamed, 60).first;
        const double namePixels = (1 - share) * named.width() * named.height();
        QVERIFY2(namePixels > 100, qPrintable(QString::number(namePixels)));
    }

    void pageMatchesControlImage()
    {
        const QImage page = tinyView(40).renderPage(0);
        const PageSetup lowResolution{PageSetup::Paper::A4, false, 40};
        QCOMPARE(page.size(), lowResolution.sizeDots());
        const QString control = QStringLiteral(REPORT_TEST_DATA "/tiny_view_a4_40dpi.png");
        if (qEnvironmentVariableIsSet("UROPS_WRITE_CONTROL"))
            QVERIFY(page.save(control));
        const QImage expected(control);
        QVERIFY2(!expected.isNull(), qPrintable(control));
        QCOMPARE(page.size(), expected.size());
        // Fonts and antialiasing differ a little between machines; the map, frame and text blocks do not.
        const auto [share, mean] = likeness(page, expected, 40);
        QVERIFY2(share > 0.97 && mean < 6, qPrintable(QStringLiteral("%1 %2").arg(share).arg(mean)));
        // And not a page that would match any other: the map fills a good part of it, the frame's rule
        // and the text are ink.
        qint64 map = 0, ink = 0;
        const QColor land = map_style::background(), district = map_style::districtFill();
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                map += tiny_district::near(c, land, 6) || tiny_district::near(c, district, 6);
                ink += c.lightness() < 128;
            }
        QVERIFY(map > page.width() * page.height() / 4);
        QVERIFY2(ink > 300, qPrintable(QString::number(ink)));
    }

    void mapImageAtTwiceTheScreensDpi()
    {
        // The tiny district's view (200 x 200 screen pixels) at 192 dpi: twice the pixels each way, the
        // same map, and the resolution written into the image.
        const QImage image =
            report::mapImage(m_map, DistrictStyle::defaults(), {}, tiny_district::viewport(), 192);
        QCOMPARE(image.size(), QSize(400, 400));
        QVERIFY(std::abs(image.dotsPerMeterX() - 192 / 0.0254) < 2);
        QVERIFY(tiny_district::near(tiny_district::pixel(image, QPoint(300, 100)),
                                    map_style::riskColour(QStringLiteral("red"))));
        QVERIFY(tiny_district::near(tiny_district::pixel(image, QPoint(10, 10)), map_style::background()));
        // Without the risk points layer the red point is gone.
        QSet<QString> layers;
        for (const LayerInfo &layer : mapLayers())
            if (qstrcmp(layer.table, "risk_points") != 0)
                layers.insert(QString::fromLatin1(layer.table));
        const QImage without =
            report::mapImage(m_map, DistrictStyle::defaults(), layers, tiny_district::viewport(), 192);
        QVERIFY(!tiny_district::near(tiny_district::pixel(without, QPoint(300, 100)),
                                     map_style::riskColour(QStringLiteral("red"))));
    }

    void imageResolutionFollowsDpi()
    {
        const ReportDocument doc = tinyView(100);
        const QImage low = doc.renderPage(0, 50), high = doc.renderPage(0, 100);
        QCOMPARE(high.width(), 827);
        QVERIFY(std::abs(high.width() - 2 * low.width()) <= 1);
        const QString png = m_dir.filePath(QStringLiteral("view.png"));
        QCOMPARE(doc.writePng(png), QStringList{png});
        QCOMPARE(QImage(png).size(), high.size());
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_report_layout.moc"
