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
// Components are drawn as symbols only where they can be told apart: farther out than about 1:7,500,
// and wherever their symbols would cover more than this share of the picture (a dense street at
// 1:5,000, with a cover, lamp, tree or sign every metre or two), they are a density surface in this
// colour instead, below this opacity.
constexpr double kComponentDensityMinMapUnitsPerPixel = 2.0;
constexpr double kMaxComponentSymbolCover = 0.3;
inline bool componentsAsDensity(double mapUnitsPerPixel)
{
    return mapUnitsPerPixel >= kComponentDensityMinMapUnitsPerPixel;
}
QColor componentDensityColour();
constexpr double kComponentDensityMaxOpacity = 0.35;

QColor shopColour();
double shopSizePixels(double mapUnitsPerPixel);

// Names by scale (at 96 dpi): the streets and towns between about 1:300,000 and 1:12,000, where the
// district reads as its streets; the trunk and main roads from about 1:25,000 in, every road from about
// 1:7,500; segment names from about 1:2,000, where a segment is long enough on screen to carry one.
constexpr double kStreetLabelMaxMapUnitsPerPixel = 80.0;
constexpr double kStreetLabelMinMapUnitsPerPixel = 3.2;
constexpr double kRoadLabelMaxMapUnitsPerPixel = 7.0;
constexpr double kMinorRoadLabelMaxMapUnitsPerPixel = 2.0;
constexpr double kSegmentLabelMaxMapUnitsPerPixel = 0.6;
// Closer in than about 1:7,500 a risk point is a symbol no name may cover; farther out it is a dot a
// street's or a main road's name may lie over.
constexpr double kRiskClearOfNamesMaxMapUnitsPerPixel = 2.0;
double roadLabelPixels();    // font size
double segmentLabelPixels(); // font size
double streetLabelPixels();  // font size
QColor streetLabelColour();
QColor roadLabelColour();
QColor segmentLabelColour();
QColor labelHalo();

// Risk levels in the order the bureau ranks them; an unknown level draws in grey.
QColor riskColour(const QString &level);
QColor riskOutline();
double riskRadiusPixels(double mapUnitsPerPixel);

} // namespace uo::map_style
