#include "app/workstation/report_dialog/report_dialog.h"
#include "app/workstation/report_dialog/report_preview.h"
#include "core/store/district_store.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_viewport.h"
#include "tests/gis/render/tiny_district.h"
#include "tests/gis/report_layout/pdf_text.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace uo;

// File ▸ Print Report as a user runs it: the preview follows the kind of report and says how much of it
// it shows, and Save PDF writes the whole report, whose map names are text in the PDF.
class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;
    std::shared_ptr<const MapSnapshot> m_map;
    DistrictStyle m_style = DistrictStyle::defaults();

    std::unique_ptr<ReportDialog> dialog()
    {
        // The window's view: the tiny district's road at a street scale (0.25 m a pixel).
        const MapViewport view(QPointF(tiny_district::kOriginX, tiny_district::kOriginY - 50), 0.25,
                               QSize(800, 600));
        return std::make_unique<ReportDialog>(*m_store, m_map, m_style, view, QSet<QString>());
    }

    static QString status(const ReportDialog &dialog)
    {
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = tiny_district::create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
        m_map = MapSnapshot::load(*m_store);
    }

    void previewFollowsTheKind()
    {
        auto d = dialog();
        d->setKind(ReportDialog::Kind::Segments);
        d->updatePreview();
        // The tiny district has two segments: a sheet each, and the preview says it shows the first ones.
        QCOMPARE(d->preview()->pagesShown(), 2);
        QVERIFY2(status(*d).contains(QStringLiteral("first 2 sheet")), qPrintable(status(*d)));
        d->setKind(ReportDialog::Kind::Risks);
        d->updatePreview();
        QVERIFY(d->preview()->pagesShown() >= 1);
        QVERIFY2(status(*d).contains(QStringLiteral("%1 page").arg(d->preview()->pagesShown())),
                 qPrintable(status(*d)));
    }

    void savedViewHasTheRoadNameAsText()
    {
        auto d = dialog();
        d->setKind(ReportDialog::Kind::View);
        const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
        QVERIFY(d->savePdf(pdf));
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), 1);
        // In the legend and, as text, along the road on the map.
        QVERIFY2(pages[0].count(QStringLiteral("Trunk road")) >= 2, qPrintable(pages[0]));
        QCOMPARE(pdf_text::imageCount(pdf), 0);
    }

    void theViewIsPrintedAtTheScreensScale()
    {
        auto d = dialog();
        d->setKind(ReportDialog::Kind::View);
        // 0.25 m a pixel at 96 dpi: 1:945, the screen's.
        QCOMPARE(d->viewScale(), std::round(0.25 / 0.0254 * 96.0));
        const QString pdf = m_dir.filePath(QStringLiteral("screen.pdf"));
        QVERIFY(d->savePdf(pdf));
        QVERIFY(pdf_text::pages(pdf).value(0).contains(QStringLiteral("1:945")));
        // A round scale when chosen.
        d->setViewScale(2000);
        QCOMPARE(d->viewScale(), 2000.0);
    }

    void aTitleBelongsToItsKindOfReport()
    {
        auto d = dialog();
        d->setKind(ReportDialog::Kind::View);
        d->setTitle(QStringLiteral("Guanyinqiao for the Monday meeting"));
        d->setKind(ReportDialog::Kind::Segments);
        QCOMPARE(d->title(), QString());
        QVERIFY(d->request().info.title.isEmpty()); // the sheets' own title
        d->setKind(ReportDialog::Kind::View);
        QCOMPARE(d->title(), QStringLiteral("Guanyinqiao for the Monday meeting"));
    }

    void savedSheetsAreAllThere()
    {
        auto d = dialog();
        d->setKind(ReportDialog::Kind::Segments);
        const QString pdf = m_dir.filePath(QStringLiteral("sheets.pdf"));
        QVERIFY(d->savePdf(pdf));
        const QStringList pages = pdf_text::pages(pdf);
        QCOMPARE(pages.size(), 2);
        for (int p = 0; p < pages.size(); ++p)
            QVERIFY(pages[p].contains(QStringLiteral("Page %1 of 2").arg(p + 1)));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
