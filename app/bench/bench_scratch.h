#pragma once

#include <QString>

namespace uo::cli {

// The one folder where a benchmark keeps its private copy of a district (as large as the district):
// <temp>/urbanops-bench/<pid>-<start>. The next benchmark to start removes the folders of benchmarks
// that were killed; SIGINT, SIGTERM and SIGHUP remove this one before the process ends, and so does the
// destructor. One per process.
class BenchScratch
{
public:
    BenchScratch();
    ~BenchScratch();
    BenchScratch(const BenchScratch &) = delete;
    BenchScratch &operator=(const BenchScratch &) = delete;

    QString filePath(const QString &name) const;
    // <temp>/urbanops-bench: where every benchmark's folder lives.
    static QString root();

private:
    QString m_path;
};

} // namespace uo::cli
