#pragma once

#include <QCoreApplication>
#include <QString>

namespace uo {

// How this process may open a district file, found from the file system alone (stat, access, statvfs):
// nothing here opens the file, so that no descriptor of it exists outside SQLite (closing one would
// drop SQLite's locks, see docs/store-guarantees.md).
struct StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(uo::StoreAccess)

public:
    bool writable = false;
    QString whyReadOnly; // in words, when not writable: read-only media, a write-protected file, a folder
    // Read as an unchanging file: no -shm can be made next to it and no -wal holds changes.
    bool immutable = false;
    // Not empty when the file cannot be read faithfully: its -wal holds changes that SQLite can only
    // read through a -shm, which cannot be made here.
    QString unreadable;

    static StoreAccess of(const QString &path);
};

} // namespace uo
