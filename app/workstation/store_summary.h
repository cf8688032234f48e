#pragma once

#include <QHash>
#include <QString>

namespace uo {

// What the layer list shows about a store: feature counts. Counting a million components takes long
// enough that it runs in a worker thread, which reads through its own connection.
struct StoreSummary
{
    QHash<QString, qint64> counts; // per map layer table
    QString error;
};

StoreSummary summarizeStore(const QString &path);

} // namespace uo
