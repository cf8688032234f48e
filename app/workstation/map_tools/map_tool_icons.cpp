#include "app/workstation/map_tools/map_tool_icons.h"

namespace uo::map_icons {

QString path(Icon which)
{
    const char *name = "";
    switch (which) {
    case Icon::Pan:
        name = "pan";
        break;
    case Icon::ZoomBox:
        name = "zoom-box";
        break;
    case Icon::Identify:
        name = "identify";
        break;
    case Icon::SelectRectangle:
        name = "select-rectangle";
        break;
    case Icon::SelectPolygon:
        name = "select-polygon";
        break;
    case Icon::FullExtent:
        name = "full-extent";
        break;
    case Icon::PreviousExtent:
        name = "previous-extent";
        break;
    case Icon::NextExtent:
        name = "next-extent";
        break;
    case Icon::ZoomToSelection:
        name = "zoom-to-selection";
        break;
    case Icon::ZoomToLayer:
        name = "zoom-to-layer";
        break;
    case Icon::ClearSelection:
        name = "clear-selection";
        break;
    case Icon::Bookmark:
        name = "bookmark";
        break;
    case Icon::MeasureDistance:
        name = "measure-distance";
        break;
    case Icon::MeasureArea:
        name = "measure-area";
        break;
    case Icon::Chainage:
        name = "chainage";
        break;
    }
    return QStringLiteral(":/urbanops/icons/%1.svg").arg(QLatin1String(name));
}

QIcon icon(Icon which)
{
    return QIcon(path(which));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/urbanops/icons/urbanops.svg"));
}

} // namespace uo::map_icons
