#pragma once

#include "gis/report_layout/page_setup.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>

class QPainter;

namespace uo::report {

// What every page of a report says about it, in its header and footer.
struct ReportInfo
{
    QString title;
    QString subtitle;
    QString author;
    QString department;
    QString crs; // e.g. "EPSG:4545 CGCS2000 / 3-degree Gauss-Kruger CM 105E"
    QDate date = QDate::currentDate();
};

// Something drawn in a rectangle of a page (points); it is called once per output, so it must draw the
// same thing every time.
using PaintFunction = std::function<void(QPainter &, const QRectF &)>;

struct PageItem
{
    QRectF rect;
    PaintFunction paint;
};

// A report laid out into pages: each page a list of items, drawn under a header (title, subtitle) and a
// footer (author, department, date, CRS, "page i of n"). The same pages go to a PDF, where text and maps
// stay vector, or to images for a preview or a PNG.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::ReportDocument)

public:
    ReportDocument(const PageSetup &setup, const ReportInfo &info);

    const PageSetup &setup() const { return m_setup; }
    const ReportInfo &info() const { return m_info; }
    // Where items go: the printable area less the header and footer.
    QRectF body() const;

    int pageCount() const { return int(m_pages.size()); }
    // Starts a new page and returns its index.
    int addPage();
    void addItem(int page, const QRectF &rect, PaintFunction paint);

    // Paints page `index` (header, items, footer) in points: the painter must already map points to
    // its device.
    void paintPage(QPainter &painter, int index) const;
    // Page `index` at the setup's DPI, or at `dpi` when given.
    QImage renderPage(int index, int dpi = 0) const;
    // Throws StoreError(ReadOnly) when the file cannot be written.
    void writePdf(const QString &path) const;
    // One PNG per page: `path` itself for a single page, else path-1.png, path-2.png, ...
    QStringList writePng(const QString &path) const;

private:
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int index) const;

    PageSetup m_setup;
    ReportInfo m_info;
    QList<QList<PageItem>> m_pages;
};

} // namespace uo::report
