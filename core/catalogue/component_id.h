#pragma once

#include <QString>
#include <optional>

namespace uo {

// A component identifier (部件标识码): 6-digit county code + 2-digit major class + minor class +
// 6-digit serial. GB/T 30428.2-2013 uses a 2-digit minor class (16 digits in all); its reported
// successor a 3-digit one (17 digits). Both are accepted everywhere.
struct ComponentId
{
    QString county;
    QString major;
    QString minor;
    int serial = 0;

    QString classCode() const { return major + minor; }
    QString toString() const;

    static std::optional<ComponentId> parse(const QString &text);
    // classCode is major + minor, 4 or 5 digits; serial 1 to 999999.
    static std::optional<ComponentId> make(const QString &county, const QString &classCode, int serial);
};

} // namespace uo
