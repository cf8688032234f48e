#include "map_style.h"

#include <QLatin1String>

namespace uo::map_style {

QColor background() { return QColor(0xe4, 0xe2, 0xdc); }
QColor districtFill() { return QColor(0xfb, 0xfa, 0xf5); }
QColor districtOutline() { return QColor(0x4a, 0x4a, 0x4a); }
QColor builtUpFill() { return QColor(0xf2, 0xed, 0xe0); }
QColor streetOutline() { return QColor(0x8a, 0x84, 0x7c); }
QColor gridOutline() { return QColor(0xd4, 0xd2, 0xcc); }

QColor permitFill(const QString &status)
{
    QColor c = permitOutline(status);
    c.setAlpha(90);
    return c;
}

QColor permitOutline(const QString &status)
{
    // Open applications in amber, works on the ground in red, closed ones in green, refusals in grey.
    if (status == QLatin1String("works_started"))
        return QColor(0xd6, 0x2d, 0x20);
    if (status == QLatin1String("approved"))
        return QColor(0xe0, 0x6c, 0x00);
    if (status == QLatin1String("restored") || status == QLatin1String("accepted"))
        return QColor(0x3a, 0x8f, 0x3a);
    if (status == QLatin1String("rejected") || status == QLatin1String("returned_joint"))
        return QColor(0x80, 0x80, 0x80);
    return QColor(0xc8, 0x9b, 0x00);
}

RoadStyle roadStyle(const QString &grade)
{
    if (grade == QLatin1String("trunk"))
        return {32.0, 5.0, QColor(0xf4, 0xb9, 0x5a), QColor(0xa8, 0x6e, 0x1e)};
    if (grade == QLatin1String("main"))
        return {24.0, 3.5, QColor(0xfa, 0xdf, 0x86), QColor(0xb0, 0x93, 0x3a)};
    if (grade == QLatin1String("secondary"))
        return {16.0, 2.4, QColor(0xff, 0xff, 0xff), QColor(0x95, 0x92, 0x8c)};
    return {10.0, 1.4, QColor(0xff, 0xff, 0xff), QColor(0xb4, 0xb0, 0xa8)};
}

QColor segmentColour(int ordinal)
{
    // Two cool colours: warm ones would be taken for damaged components or risks.
    return ordinal % 2 == 0 ? QColor(0x1b, 0x5a, 0xc9) : QColor(0x00, 0xa8, 0xa0);
}

double segmentWidthPixels(double mapUnitsPerPixel)
{
    return mapUnitsPerPixel > 4.0 ? 1.2 : 2.5;
}

int componentKind(int majorClass, bool defect)
{
    if (defect)
        return kDefect;
    return majorClass >= 1 && majorClass <= 6 ? majorClass : kLocalClass;
}

QColor componentColour(int kind)
{
    switch (kind) {
    case 1: return QColor(0x1f, 0x77, 0xb4); // public utilities: covers, lamps, poles
    case 2: return QColor(0x94, 0x67, 0xbd); // road traffic
    case 3: return QColor(0x8c, 0x56, 0x4b); // city appearance
    case 4: return QColor(0x2c, 0xa0, 0x2c); // greening
    case 5: return QColor(0x17, 0xbe, 0xcf); // buildings and land
    case 6: return QColor(0x7f, 0x7f, 0x7f); // other facilities
    case kDefect: return QColor(0xe3, 0x00, 0x1b);
    default: return QColor(0xe3, 0x77, 0xc2); // local extensions
    }
}

double componentDotPixels(double mapUnitsPerPixel)
{
    if (mapUnitsPerPixel >= 8.0)
        return 1.0;
    if (mapUnitsPerPixel >= 2.0)
        return 2.5;
    if (mapUnitsPerPixel >= 0.5)
        return 4.0;
    return 6.0;
}

QColor shopColour() { return QColor(0x00, 0x69, 0x5c); }

double shopSizePixels(double mapUnitsPerPixel)
{
    return mapUnitsPerPixel >= 2.0 ? 3.0 : 6.0;
}

double roadLabelPixels() { return 13.0; }
double segmentLabelPixels() { return 11.0; }
QColor roadLabelColour() { return QColor(0x2b, 0x2b, 0x2b); }
// A darker shade of the first segment colour: names read as belonging to the segment lines.
QColor segmentLabelColour() { return QColor(0x12, 0x3c, 0x86); }
QColor labelHalo() { return QColor(0xff, 0xff, 0xff, 0xe6); }

QColor riskColour(const QString &level)
{
    if (level == QLatin1String("red"))
        return QColor(0xe4, 0x1a, 0x1c);
    if (level == QLatin1String("orange"))
        return QColor(0xff, 0x8c, 0x00);
    if (level == QLatin1String("yellow"))
        return QColor(0xff, 0xd7, 0x00);
    if (level == QLatin1String("blue"))
        return QColor(0x1e, 0x5b, 0xff);
    return QColor(0x90, 0x90, 0x90);
}

double riskRadiusPixels(double mapUnitsPerPixel)
{
    if (mapUnitsPerPixel >= 20.0)
        return 2.5;
    return mapUnitsPerPixel >= 2.0 ? 4.5 : 7.0;
}

} // namespace uo::map_style
