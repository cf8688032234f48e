#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace uo {

// Calls f(i) for every i in [0, n), spread over the processor's cores in contiguous chunks, and
// returns when all are done. For work whose items are independent and only read what they share (the
// permit register checks 10,000 permits so): f must write only to item i's own place. Plain threads,
// so that core needs no Qt module beyond Qt Core; small n runs on the calling thread.
template <typename F> void parallelFor(qsizetype n, F &&f, qsizetype minimumPerThread = 256)
{
    const qsizetype threads = std::clamp<qsizetype>(n / std::max<qsizetype>(1, minimumPerThread), 1,
                                                    std::max(1, QThread::idealThreadCount()));
    if (threads <= 1) {
        for (qsizetype i = 0; i < n; ++i)
            f(i);
        return;
    }
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads - 1));
    const qsizetype chunk = (n + threads - 1) / threads;
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back([&f, t, chunk, n] {
            for (qsizetype i = t * chunk; i < std::min(n, (t + 1) * chunk); ++i)
                f(i);
        });
    for (qsizetype i = 0; i < std::min(n, chunk); ++i)
        f(i);
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace uo
