#pragma once

#include <QString>
#include <functional>

namespace uo::server {

// Progress of a long server operation: the step (in the user's language) and, while a table's rows are
// copied, how many of how many (0 of 0 otherwise). Returning false cancels; nothing is left behind.
using ServerProgress = std::function<bool(const QString &step, qint64 done, qint64 total)>;

// What a publish or an export copied.
struct CopyReport
{
    QString district;
    int tables = 0;
    qint64 rows = 0;
};

} // namespace uo::server
