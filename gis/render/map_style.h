#pragma once

#include <QColor>
#include <QString>

namespace uo {
enum class SymbolShape;
}

// How the map looks: every colour and width the layer painters use, in one place so that the screen,
// the PDF report and the legend agree.
namespace uo::map_style {

QColor background();
QColor districtFill();
QColor districtOutline();
QColor builtUpFill();
QColor streetOutline();
QColor gridOutline();

QColor permitFill(const QString &status);
QColor permitOutline(const QString &status);
// The translucent fill of a permit outlined in `outline`.
QColor permitFillOf(const QColor &outline);

struct RoadStyle
{
    double widthMetres;    // a typical carriageway of the grade, drawn to scale when zoomed in
    double minWidthPixels; // so that the grade still shows at district scale
    QColor fill;
    QColor casing;
};
RoadStyle roadStyle(const QString &grade);
// The casing of a road of `grade` filled in `fill`: the grade's own when the fill is its default, else a
// darker shade of the fill.
QColor roadCasing(const QString &grade, const QColor &fill);
// Segment boundaries show because neighbouring segments of a road alternate between these two.
QColor segmentColour(int ordinal);
double segmentWidthPixels(double mapUnitsPerPixel);
// Each chief's segments in a hue of their own near `base` (turned by up to 60 degrees either way), so that
// a change of chief along a road shows; neighbouring segments (`ordinal` along their road) alternate
// lighter and darker, so that segment ends show too. Segments without a chief are drawn in a warning
// colour instead.
QColor chiefColour(const QColor &base, qint64 chiefId, int ordinal);
QColor unassignedSegmentColour();

// Component classes drawn in their own colour: the six standard major classes 01..06 are 1..6; local
// extension classes (any other code) share kLocalClass. Damaged and missing components are kDefect.
constexpr int kLocalClass = 0;
constexpr int kDefect = 7;
constexpr int kComponentKinds = 8;
int componentKind(int majorClass, bool defect);
QColor componentColour(int kind);
SymbolShape componentShape(int kind);
// Damaged and missing components are outlined in this, so that they stand out on any ground.
QColor defectOutline();
double componentDotPixels(double mapUnitsPerPixel);

QColor shopColour();
double shopSizePixels(double mapUnitsPerPixel);

// Road names show from about 1:7,500 (at 96 dpi) and segment names from about 1:2,000 in; closer than
// that the map has room for them.
constexpr double kRoadLabelMaxMapUnitsPerPixel = 2.0;
constexpr double kSegmentLabelMaxMapUnitsPerPixel = 0.6;
double roadLabelPixels();    // font size
double segmentLabelPixels(); // font size
QColor roadLabelColour();
QColor segmentLabelColour();
QColor labelHalo();

// Risk levels in the order the bureau ranks them; an unknown level draws in grey.
QColor riskColour(const QString &level);
QColor riskOutline();
double riskRadiusPixels(double mapUnitsPerPixel);

} // namespace uo::map_style
