#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace uo {

// What the layer list shows about a store: feature counts. Counting a million components takes long
// enough that it runs in a worker thread, which reads through its own connection.
struct StoreSummary
{
    QHash<QString, qint64> counts; // per map layer table
    QString error;
};

StoreSummary summarizeStore(const QString &path);
// What SQLite's quick check finds wrong in the file (StoreCheck::quick), through a connection of its own
// in a worker thread; empty when nothing is (or the file could not be opened: opening says why).
QStringList checkStore(const QString &path);

} // namespace uo
