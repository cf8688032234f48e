#include "gis/render/map_style.h"

#include "gis/render/layer_style.h"

#include <QLatin1String>
#include <algorithm>
#include <cmath>

namespace uo::map_style {

QColor background()
{
    return QColor(0xe4, 0xe2, 0xdc);
}
QColor districtFill()
{
    return QColor(0xfb, 0xfa, 0xf5);
}
QColor districtOutline()
{
    return QColor(0x4a, 0x4a, 0x4a);
}
QColor builtUpFill()
{
    return QColor(0xf2, 0xed, 0xe0);
}
QColor streetOutline()
{
    return QColor(0x8a, 0x84, 0x7c);
}
QColor gridOutline()
{
    return QColor(0xd4, 0xd2, 0xcc);
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

QColor permitFillOf(const QColor &outline)
{
    QColor c = outline;
    c.setAlpha(90);
    return c;
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

QColor roadCasing(const QString &grade, const QColor &fill)
{
    const RoadStyle style = roadStyle(grade);
    return fill == style.fill ? style.casing : fill.darker(170);
}

QColor chiefColour(const QColor &base, qint64 chiefId, int ordinal)
{
    // Seven shades 20 degrees apart, centred on the base hue; a chief's shade follows from the id, so
    // it stays put however the map is panned or the chief's segments are edited. The multiplier spreads
    // chiefs numbered one after another (often neighbours) over distant shades.
    const int step = int((chiefId * 3) % 7) - 3;
    float h, s, l, a;
    base.getHslF(&h, &s, &l, &a);
    if (h < 0)
        return base; // grey has no hue to turn
    h = float(std::fmod(h + step * 20.0 / 360.0 + 1.0, 1.0));
    l = std::clamp(l + (ordinal % 2 ? 0.08f : -0.04f), 0.15f, 0.75f);
    return QColor::fromHslF(h, s, l, a);
}

// Amber: a chief is missing, which the bureau must put right; warm, unlike every segment shade.
QColor unassignedSegmentColour()
{
    return QColor(0xff, 0x6d, 0x00);
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
    // Intact components in cool or muted colours, none of them near red, orange or pink: a damaged or
    // missing one (pure red) and the risk points are then the only warm marks on the map. Covers, the
    // commonest by far, get the quietest colour, since they line every road.
    switch (kind) {
    case 1:
        return QColor(0x5b, 0x74, 0x9a); // public utilities: covers, lamps, poles
    case 2:
        return QColor(0x7b, 0x52, 0xae); // road traffic
    case 3:
        return QColor(0x6b, 0x8e, 0x23); // city appearance: olive
    case 4:
        return QColor(0x2e, 0x8b, 0x3a); // greening
    case 5:
        return QColor(0x1a, 0x8f, 0x96); // buildings and land
    case 6:
        return QColor(0x6e, 0x6e, 0x6e); // other facilities
    case kDefect:
        return QColor(0xe3, 0x00, 0x1b);
    default:
        return QColor(0x9a, 0x8f, 0x7a); // local extensions: taupe
    }
}

SymbolShape componentShape(int kind)
{
    // Covers are round; the other classes each a shape of their own, so that the class reads without
    // its colour. A defect keeps the disc, made larger and outlined.
    switch (kind) {
    case 2:
        return SymbolShape::Square;
    case 3:
        return SymbolShape::Triangle;
    case 4:
        return SymbolShape::Diamond;
    case 5:
        return SymbolShape::Hexagon;
    case 6:
        return SymbolShape::Cross;
    default:
        return SymbolShape::Circle;
    }
}

QColor defectOutline()
{
    return QColor(0xff, 0xff, 0xff);
}

double componentDotPixels(double mapUnitsPerPixel)
{
    // Drawn only closer in than about 1:7,500 (see componentsAsDensity).
    if (mapUnitsPerPixel >= 0.5)
        return 4.0;
    return 6.0;
}

// The public utilities' slate, the commonest class: a quiet cool tone under the roads' warm fills.
QColor componentDensityColour()
{
    return QColor(0x46, 0x62, 0x90);
}

QColor shopColour()
{
    return QColor(0x00, 0x69, 0x5c);
}

double shopSizePixels(double mapUnitsPerPixel)
{
    return mapUnitsPerPixel >= 2.0 ? 3.0 : 6.0;
}

double roadLabelPixels()
{
    return 13.0;
}
double segmentLabelPixels()
{
    return 11.0;
}
double streetLabelPixels()
{
    return 13.0;
}
// The brown-grey of the streets' boundaries, darker: an area's name, quieter than a road's.
QColor streetLabelColour()
{
    return QColor(0x6a, 0x5a, 0x48);
}
QColor roadLabelColour()
{
    return QColor(0x2b, 0x2b, 0x2b);
}
// A darker shade of the first segment colour: names read as belonging to the segment lines.
QColor segmentLabelColour()
{
    return QColor(0x12, 0x3c, 0x86);
}
QColor labelHalo()
{
    return QColor(0xff, 0xff, 0xff, 0xe6);
}

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

QColor riskOutline()
{
    return QColor(0x20, 0x20, 0x20);
}

double riskRadiusPixels(double mapUnitsPerPixel)
{
    // At district scale 2,850 points would cover the map: dots two or three pixels across show where
    // they cluster without hiding the roads; they grow as the map comes closer, to a symbol at street
    // scale.
    if (mapUnitsPerPixel >= 20.0)
        return 1.2;
    if (mapUnitsPerPixel >= 8.0)
        return 1.6;
    if (mapUnitsPerPixel >= 4.0)
        return 2.2;
    return mapUnitsPerPixel >= 1.2 ? 3.8 : 6.0;
}

} // namespace uo::map_style
