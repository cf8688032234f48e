#include "gis/report_layout/page_setup.h"

#include <cmath>

namespace uo::report {

namespace {
constexpr double kMarginMm = 12.0;
}

QPageSize PageSetup::pageSize() const
{
    switch (paper) {
    case Paper::A3:
        return QPageSize(QPageSize::A3);
    case Paper::A2:
        return QPageSize(QPageSize::A2);
    case Paper::A4:
        break;
    }
    return QPageSize(QPageSize::A4);
}

QSizeF PageSetup::sizePoints() const
{
    // From millimetres: QPageSize rounds its point sizes to whole points.
    const QSizeF portrait = pageSize().size(QPageSize::Millimeter) * kPointsPerInch / kMillimetresPerInch;
    return landscape ? portrait.transposed() : portrait;
}

QSize PageSetup::sizeDots() const
{
    const QSizeF points = sizePoints();
    const double k = dpi / kPointsPerInch;
    return QSize(int(std::lround(points.width() * k)), int(std::lround(points.height() * k)));
}

QRectF PageSetup::printable() const
{
    const double m = mm(kMarginMm);
    return QRectF(QPointF(0, 0), sizePoints()).adjusted(m, m, -m, -m);
}

QString PageSetup::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A3:
        return QStringLiteral("A3");
    case Paper::A2:
        return QStringLiteral("A2");
    case Paper::A4:
        break;
    }
    return QStringLiteral("A4");
}

bool PageSetup::parsePaper(const QString &text, Paper *paper)
{
    for (const Paper p : {Paper::A4, Paper::A3, Paper::A2})
        if (text.compare(paperName(p), Qt::CaseInsensitive) == 0) {
            *paper = p;
            return true;
        }
    return false;
}

} // namespace uo::report
