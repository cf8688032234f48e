#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/segments/segment_queries.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/demo/demo_builder.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/report_layout/reports.h"
#include "tests/gis/report_layout/pdf_text.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::report;

namespace {
bool hasChinese(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
}
} // namespace

// Every kind of report on a small demo district, read back from the PDF with poppler as a user's
// viewer would: the pages asked for, the facts each page must show, Chinese as text.
class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    std::shared_ptr<const MapSnapshot> m_map;

    QStringList write(const ReportDocument &doc, const QString &name)
    {
        const QString pdf = m_dir.filePath(name);
        doc.writePdf(pdf);
        return pdf_text::pages(pdf);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.02;
        demo::DemoBuilder::build(path, options);
        m_store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        m_map = MapSnapshot::load(*m_store);
    }

    void segmentSheetsOfOneChief()
    {
        // The chief with the most segments.
        auto st = m_store->db().prepare(
            "SELECT chief_id, COUNT(*) AS n FROM road_segments WHERE chief_id IS NOT NULL "
            "GROUP BY chief_id ORDER BY n DESC, chief_id LIMIT 1");
        QVERIFY(st.step());
        const qint64 chief = st.int64(0);
        QList<SegmentSummary> mine = SegmentQueries(*m_store).segments();
        mine.removeIf([chief](const SegmentSummary &s) { return s.chiefId != chief; });
        QVERIFY(mine.size() >= 2);

        ReportRequest request;
        request.info.title = QStringLiteral("江北区路段责任表");
        const ReportDocument doc = SegmentSheets::build(*m_store, m_map, request, chief);
        const QStringList pages = write(doc, QStringLiteral("chief.pdf"));
        QCOMPARE(pages.size(), doc.pageCount());
        QVERIFY(pages.size() >= mine.size());
        // Each segment on a page that starts its sheet, with its chief, length and collaborators.
        int page = 0;
        for (const SegmentSummary &s : mine) {
            while (page < pages.size() && !pages[page].contains(s.name))
                ++page;
            QVERIFY2(page < pages.size(), qPrintable(s.name));
            const QString &text = pages[page];
            QVERIFY(text.contains(s.roadName));
            QVERIFY(text.contains(s.chiefName));
            QVERIFY(text.contains(ReportLabels::metres(s.length())));
            for (const QString &name : s.collaboratorNames)
                QVERIFY2(text.contains(name), qPrintable(name));
            QVERIFY(text.contains(QStringLiteral("Components by class")));
            QVERIFY(text.contains(QStringLiteral("江北区路段责任表")));
        }
        QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
    }

    void twentySheetsOnePageEach()
    {
        const ReportDocument doc = SegmentSheets::build(*m_store, m_map, ReportRequest(), 0, 20);
        const QString pdf = m_dir.filePath(QStringLiteral("twenty.pdf"));
        doc.writePdf(pdf);
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), doc.pageCount());
        QCOMPARE(pages.size(), 20);
        QCOMPARE(pages.filter(QStringLiteral("Risk points within")).size(), 20);
        QCOMPARE(pages.filter(QStringLiteral("Components by class")).size(), 20);
        QVERIFY(hasChinese(pages.first()));
        // The maps are vector but for the components, which farther out than a street are a density
        // surface: at most one picture a sheet, at the PDF's resolution.
        const QList<pdf_text::Image> pictures = pdf_text::pictures(pdf);
        QVERIFY2(pictures.size() <= 20, qPrintable(QString::number(pictures.size())));
        for (const pdf_text::Image &image : pictures)
            QVERIFY2(image.ppi >= 145, qPrintable(QString::number(image.ppi)));
    }

    void landscapeSheetsAreOnePageEachToo()
    {
        // Landscape paper is less tall: fewer nearby points listed, a lower map, and still a sheet a page,
        // every heading on the page of what it heads.
        ReportRequest request;
        request.page.landscape = true;
        const ReportDocument doc = SegmentSheets::build(*m_store, m_map, request, 0, 12);
        const QStringList pages = write(doc, QStringLiteral("landscape.pdf"));
        QCOMPARE(pages.size(), 12);
        for (const QString &page : pages) {
            QVERIFY(page.contains(QStringLiteral("Components by class")));
            // The legend beside the map, with the segment outlined.
            QVERIFY(page.contains(QStringLiteral("This segment")));
        }
    }

    void permitSheetShowsEveryCheck()
    {
        auto st = m_store->db().prepare(
            "SELECT p.permit_no FROM permits p WHERE EXISTS "
            "(SELECT 1 FROM permit_history h WHERE h.permit_id = p.id) ORDER BY p.id LIMIT 1");
        QVERIFY(st.step());
        const QString number = st.text(0);
        const QDate today(2026, 11, 1);
        const PermitReviewResult review = PermitReview::run(*m_store, number, today);
        QVERIFY(!review.findings.isEmpty());
        const QStringList pages = write(PermitSheet::build(*m_store, m_map, ReportRequest(), number, today),
                                        QStringLiteral("permit.pdf"));
        QVERIFY(!pages.isEmpty());
        const QString text = pages.join(QLatin1Char('\n'));
        QVERIFY(text.contains(number));
        for (const PermitFinding &f : review.findings) {
            QVERIFY2(text.contains(PermitLabels::rule(f.rule)), qPrintable(PermitLabels::rule(f.rule)));
            QVERIFY(text.contains(PermitReview::outcomeName(f.outcome)));
        }
        QVERIFY(text.contains(QStringLiteral("Decisions and history")));
        QVERIFY(text.contains(review.blocked() ? QStringLiteral("a blocking check failed")
                                               : QStringLiteral("no blocking check failed")));
        QVERIFY_THROWS_EXCEPTION(
            RequestError, PermitSheet::build(*m_store, m_map, ReportRequest(), QStringLiteral("NO-SUCH")));
    }

    void riskSummaryByStreet()
    {
        const QStringList pages =
            write(RiskSummary::build(*m_store, m_map, ReportRequest()), QStringLiteral("risks.pdf"));
        QVERIFY(!pages.isEmpty());
        const QString text = pages.join(QLatin1Char('\n'));
        // Every street with risk points, with its total on its line of the table.
        auto st = m_store->db().prepare(
            "SELECT s.name, COUNT(*) FROM risk_points r JOIN streets s ON s.code = r.street_code "
            "GROUP BY s.name");
        int streets = 0;
        while (st.step()) {
            ++streets;
            const QRegularExpression line(QRegularExpression::escape(st.text(0)) +
                                              QStringLiteral("\\s.*\\s") + QString::number(st.int64(1)) +
                                              QStringLiteral("\\s*$"),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(text.contains(line), qPrintable(st.text(0)));
        }
        QVERIFY(streets >= 3);
        // Categories as words, never the stored codes; the CRS in words in the footer.
        QVERIFY(!text.contains(QStringLiteral("septic_tank")));
        QVERIFY(text.contains(QStringLiteral("septic tank")));
        QVERIFY2(text.contains(
                     QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger, central meridian 108°E (EPSG:4545)")),
                 qPrintable(pages.first().right(300)));
        const qint64 redOrange =
            m_store->db().scalarInt("SELECT COUNT(*) FROM risk_points WHERE level IN ('red', 'orange')");
        auto codes = m_store->db().prepare("SELECT code FROM risk_points WHERE level IN ('red', 'orange')");
        while (codes.step())
            QVERIFY2(text.contains(codes.text(0)), qPrintable(codes.text(0)));
        QVERIFY(redOrange > 0);
    }

    void onlyTheComponentsArePicturesInPdfs()
    {
        ReportRequest request;
        request.page.dpi = 200;
        // The whole district: the components' density surface is the one picture, at the PDF's
        // resolution; the streets' names over it stay text.
        const QString district = m_dir.filePath(QStringLiteral("district.pdf"));
        ViewReport::build(*m_store, m_map, request, QRectF(), 0).writePdf(district);
        const QList<pdf_text::Image> pictures = pdf_text::pictures(district);
        QCOMPARE(pictures.size(), 1);
        QVERIFY(pictures[0].width > 1000 && pictures[0].ppi >= 195);
        const QString text = pdf_text::pages(district).value(0);
        int named = 0;
        auto streets = m_store->db().prepare("SELECT name FROM streets");
        while (streets.step())
            named += text.contains(streets.text(0));
        QVERIFY2(named >= 2, qPrintable(text));
        // A few streets at 1:2,000: every layer vector (names aside, which are small pictures).
        const QPointF centre = m_map->extent().center();
        const QString street = m_dir.filePath(QStringLiteral("street.pdf"));
        ViewReport::build(*m_store, m_map, request, QRectF(centre - QPointF(150, 150), QSizeF(300, 300)),
                          2000)
            .writePdf(street);
        for (const pdf_text::Image &image : pdf_text::images(street))
            QVERIFY(image.width < 600 && image.height < 100);
        QVERIFY(pdf_text::pages(street).value(0).contains(QStringLiteral("1:2,000")));
    }

    void viewAsPngAtDpi()
    {
        ReportRequest request;
        request.page.dpi = 120;
        request.page.paper = PageSetup::Paper::A3;
        request.page.landscape = true;
        const ReportDocument doc = ViewReport::build(*m_store, m_map, request, QRectF(), 0);
        const QString png = m_dir.filePath(QStringLiteral("view.png"));
        doc.writePng(png);
        const QImage image(png);
        QCOMPARE(image.size(), request.page.sizeDots());
        QVERIFY(image.width() > image.height());
        QVERIFY(std::abs(image.dotsPerMeterX() - 120 / 0.0254) < 2);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
