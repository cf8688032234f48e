#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace uo::report {

// The paper a report is laid out on. Layout is in points (1/72 inch) whatever the output: a page is
// painted through a transform from points to the device's dots, so that the PDF and the preview image
// of a page come from the same drawing code.
struct PageSetup
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::PageSetup)

public:
    enum class Paper
    {
        A4,
        A3,
        A2
    };

    Paper paper = Paper::A4;
    bool landscape = false;
    int dpi = 150; // for images, and for what a PDF viewer rasterises

    static constexpr int kMinDpi = 72;
    static constexpr int kMaxDpi = 600;

    QPageSize pageSize() const;
    // The page in points, portrait or landscape as asked.
    QSizeF sizePoints() const;
    // The page in dots at `dpi`: the size of a page's image.
    QSize sizeDots() const;
    // What is printed on: the page less its margins, in points.
    QRectF printable() const;

    static QString paperName(Paper paper); // "A4"
    // Accepts A4, A3 and A2 in either case; false for anything else.
    static bool parsePaper(const QString &text, Paper *paper);
};

constexpr double kPointsPerInch = 72.0;
constexpr double kMillimetresPerInch = 25.4;
inline double mm(double millimetres)
{
    return millimetres * kPointsPerInch / kMillimetresPerInch;
}

} // namespace uo::report
