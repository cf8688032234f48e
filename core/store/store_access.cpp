#include "core/store/store_access.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/statvfs.h>
#include <unistd.h>

namespace uo {

namespace {
bool mayWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}
} // namespace

StoreAccess StoreAccess::of(const QString &path)
{
    StoreAccess access;
    const QString folder = QFileInfo(path).absolutePath();
    const QString wal = path + QStringLiteral("-wal"), shm = path + QStringLiteral("-shm");
    struct statvfs fs = {};
    // access(W_OK) also says EROFS for root; statvfs tells media from permissions for the message.
    const bool readOnlyMedia =
        statvfs(QFile::encodeName(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
    const bool fileWritable = mayWrite(path);
    const bool folderWritable = mayWrite(folder);
    // In a folder that cannot be written SQLite still works when its -wal and -shm are there to write.
    const bool sideFilesWritable =
        QFileInfo::exists(wal) && QFileInfo::exists(shm) && mayWrite(wal) && mayWrite(shm);
    access.writable = !readOnlyMedia && fileWritable && (folderWritable || sideFilesWritable);
    if (!access.writable)
        access.whyReadOnly =
            readOnlyMedia   ? tr("it is on read-only media")
            : !fileWritable ? tr("the file is write-protected")
                            : tr("its folder %1 cannot be written").arg(QDir::toNativeSeparators(folder));
    // Reading a WAL-mode file takes a -shm beside it; one that exists is used even when read-only.
    if (!(folderWritable && !readOnlyMedia) && !QFileInfo::exists(shm)) {
        if (QFileInfo(wal).size() > 0)
            access.unreadable =
                tr("%1 holds changes that can only be read with a %2 file, which cannot be made "
                   "there (%3); copy the district file and its -wal file to a folder you may "
                   "write to and open the copy.")
                    .arg(QDir::toNativeSeparators(wal), QStringLiteral("-shm"), access.whyReadOnly);
        else
            access.immutable = true;
    }
    return access;
}

} // namespace uo
