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

// The kept form ("2026-11-01T08:00:00+08:00") is read field by field, ten times faster than
// QDateTime::fromString, which a register of 30,000 cases with three times each notices; anything else
// goes through fromString.
inline QDateTime parse(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    const auto digits = [&text](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (text.size() == 25 && text[10] == QLatin1Char('T') &&
        (text[19] == QLatin1Char('+') || text[19] == QLatin1Char('-'))) {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2),
                  mi = digits(14, 2), s = digits(17, 2), oh = digits(20, 2), om = digits(23, 2);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0 && oh >= 0 && om >= 0) {
            const int offset = (text[19] == QLatin1Char('-') ? -1 : 1) * (oh * 3600 + om * 60);
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offset);
        }
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

// The bureau's local day of a kept time: its first ten characters.
inline QString day(const QString &text)
{
    return text.left(10);
}

} // namespace uo::case_time
