#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

namespace uo {

// What the window shows about a store before the first picture: feature counts for the layer list and
// the full extent for the first view. Counting a million components takes long enough that it runs in
// a worker thread, which reads through its own connection.
struct StoreSummary
{
    QHash<QString, qint64> counts; // per map layer table
    QRectF extent;                 // of every feature of every map layer; null when the store is empty
    QString error;
};

StoreSummary summarizeStore(const QString &path);

} // namespace uo
