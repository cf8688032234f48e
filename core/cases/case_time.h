#pragma once

#include <QDateTime>
#include <QString>

// Case and alert times are kept as ISO 8601 text with the bureau's UTC offset (+08:00), as the permit
// history and the risk records are: other programs read the same instant, and because every time
// carries the same offset, text order is time order in SQL.
namespace uo::case_time {

constexpr int kOffsetSeconds = 8 * 3600;

inline QString text(const QDateTime &t)
{
    return t.toOffsetFromUtc(kOffsetSeconds).toString(Qt::ISODate);
}

inline QDateTime parse(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

// The bureau's local day of a kept time: its first ten characters.
inline QString day(const QString &text)
{
    return text.left(10);
}

} // namespace uo::case_time
