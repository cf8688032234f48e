#include "gis/report_layout/report_style.h"

namespace uo::report::style {

QString cjkFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

QFont font(int points, bool bold)
{
    QFont f;
    // Latin text and figures in DejaVu Sans: Qt's PDF writer loses the digits of Noto Sans CJK from
    // the text a viewer copies or searches (they still show).
    f.setFamilies({QStringLiteral("DejaVu Sans"), cjkFamily()});
    // A pixel size is in the painter's logical units, which are points on every report page: the text
    // has the same size in the PDF and in a preview image of any resolution.
    f.setPixelSize(points);
    f.setBold(bold);
    // Outlines scale with the page transform; hinting would fit glyphs to a grid that is not the page's.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double lineHeight(int points)
{
    return points * 1.55;
}

QColor ink()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor faint()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor tableHeader()
{
    return QColor(0xe6, 0xe9, 0xef);
}

QColor tableStripe()
{
    return QColor(0xf6, 0xf7, 0xf9);
}

} // namespace uo::report::style
