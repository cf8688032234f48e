#include "core/catalogue/component_id.h"

namespace uo {

namespace {
bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}
} // namespace

QString ComponentId::toString() const
{
    return county + major + minor + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

std::optional<ComponentId> ComponentId::parse(const QString &text)
{
    if ((text.size() != 16 && text.size() != 17) || !allDigits(text))
        return std::nullopt;
    const int minorDigits = text.size() - 14;
    ComponentId id;
    id.county = text.left(6);
    id.major = text.mid(6, 2);
    id.minor = text.mid(8, minorDigits);
    id.serial = text.right(6).toInt();
    if (id.serial < 1 || id.major == QLatin1String("00") || id.minor.toInt() == 0)
        return std::nullopt;
    return id;
}

std::optional<ComponentId> ComponentId::make(const QString &county, const QString &classCode, int serial)
{
    if (county.size() != 6 || (classCode.size() != 4 && classCode.size() != 5) || serial < 1 ||
        serial > 999999)
        return std::nullopt;
    return parse(county + classCode + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0')));
}

} // namespace uo
