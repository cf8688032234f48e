#include "gis/render/case_style.h"

#include <algorithm>

namespace uo::case_style {

QStringList classKeys()
{
    return {QStringLiteral("collected"), QStringLiteral("accepted"), QStringLiteral("dispatched"),
            QStringLiteral("handled"),   QStringLiteral("reported"), QStringLiteral("verified"),
            QStringLiteral("overdue"),   QStringLiteral("closed"),   QStringLiteral("rejected")};
}

QColor colour(const QString &key)
{
    if (key == QLatin1String("collected"))
        return QColor(0x7b, 0x3f, 0xbf);
    if (key == QLatin1String("accepted"))
        return QColor(0xd9, 0x48, 0x01);
    if (key == QLatin1String("dispatched"))
        return QColor(0xf0, 0x8c, 0x00);
    if (key == QLatin1String("handled"))
        return QColor(0x31, 0x82, 0xbd);
    if (key == QLatin1String("reported"))
        return QColor(0x6b, 0xae, 0xd6);
    if (key == QLatin1String("verified"))
        return QColor(0x2c, 0xa2, 0x5f);
    if (key == QLatin1String("overdue"))
        return QColor(0xd7, 0x19, 0x1c);
    if (key == QLatin1String("rejected"))
        return QColor(0xc8, 0xc8, 0xc8);
    return QColor(0x9e, 0x9e, 0x9e); // closed, and anything unknown
}

QColor overdueTextColour()
{
    return QColor(0xc0, 0x10, 0x10);
}

bool isOpen(const QString &key)
{
    return key != QLatin1String("closed") && key != QLatin1String("rejected");
}

double diameterPixels(const QString &key, double perPixel)
{
    const double open = perPixel >= 20.0 ? 3.5 : perPixel >= 6.0 ? 6.0 : perPixel >= 2.0 ? 9.0 : 12.0;
    if (key == QLatin1String("overdue"))
        return open + 2.0;
    return isOpen(key) ? open : std::max(1.5, open * 0.5);
}

} // namespace uo::case_style
