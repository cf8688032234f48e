#pragma once

#include <QIcon>

namespace uo::map_icons {

// The Map toolbar's icons, drawn with QPainter at any size so that nothing has to be shipped or
// fetched and they stay sharp on high-DPI screens.
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
    Bookmark
};

QIcon icon(Icon which);

} // namespace uo::map_icons
