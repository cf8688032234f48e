#pragma once

#include <QIcon>

namespace uo::map_icons {

// The Map toolbar's icons: SVG files in resources/icons, compiled into the program as Qt resources
// (":/urbanops/icons/NAME.svg"), so that they stay sharp at any size and nothing is fetched.
enum class Icon
{
    Pan,
    ZoomBox,
    Identify,
    SelectRectangle,
    SelectPolygon,
    FullExtent,
    PreviousExtent,
    NextExtent,
    ZoomToSelection,
    ZoomToLayer,
    ClearSelection,
    Bookmark,
    MeasureDistance,
    MeasureArea,
    Chainage
};

QIcon icon(Icon which);
// The resource path of an icon's SVG file.
QString path(Icon which);
// The program's own icon (windows, the desktop entry).
QIcon applicationIcon();

} // namespace uo::map_icons
