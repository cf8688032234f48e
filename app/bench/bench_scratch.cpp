#include "app/bench/bench_scratch.h"

#include "core/store/store_error.h"
#include "core/system/process_tag.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace uo::cli {

namespace {

// What the signal handler needs, set up before it can run: it may only make system calls.
int g_folder = -1;
char g_path[4096];
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// struct linux_dirent64: 8 bytes inode, 8 bytes offset, 2 bytes record length, 1 byte type, the name.
constexpr int kReclenAt = 16;
constexpr int kNameAt = 19;

void removeOnSignal(int signal)
{
    if (g_folder >= 0) {
        alignas(8) char buffer[4096];
        for (;;) {
            const long bytes = syscall(SYS_getdents64, g_folder, buffer, sizeof buffer);
            if (bytes <= 0)
                break;
            for (long at = 0; at < bytes;) {
                unsigned short length = 0;
                std::memcpy(&length, buffer + at + kReclenAt, sizeof length);
                const char *name = buffer + at + kNameAt;
                if (!(name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))))
                    unlinkat(g_folder, name, 0);
                at += length;
            }
        }
        rmdir(g_path);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// "<pid>-<start>" of a folder whose benchmark has ended.
bool ownerGone(const QString &name)
{
    ProcessTag tag = ProcessTag::current();
    tag.pid = name.section(QLatin1Char('-'), 0, 0).toLongLong();
    tag.started = name.section(QLatin1Char('-'), 1);
    return tag.isGone();
}

} // namespace

QString BenchScratch::root()
{
    return QDir::temp().filePath(QStringLiteral("urbanops-bench"));
}

BenchScratch::BenchScratch()
{
    QDir all(root());
    for (const QString &name : all.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (ownerGone(name))
            QDir(all.filePath(name)).removeRecursively();
    const ProcessTag me = ProcessTag::current();
    m_path = all.filePath(QStringLiteral("%1-%2").arg(me.pid).arg(me.started));
    if (!QDir().mkpath(m_path) || QFile::encodeName(m_path).size() >= qsizetype(sizeof g_path))
        throw FileError(FileError::Kind::Unwritable,
                        QCoreApplication::translate("uo::cli", "Cannot make the benchmark's folder %1.")
                            .arg(QDir::toNativeSeparators(m_path)));
    const QByteArray path = QFile::encodeName(m_path);
    qstrncpy(g_path, path.constData(), sizeof g_path);
    g_folder = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (int signal : kSignals)
        std::signal(signal, removeOnSignal);
}

BenchScratch::~BenchScratch()
{
    for (int signal : kSignals)
        std::signal(signal, SIG_DFL);
    if (g_folder >= 0)
        ::close(g_folder);
    g_folder = -1;
    QDir(m_path).removeRecursively();
}

QString BenchScratch::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

} // namespace uo::cli
