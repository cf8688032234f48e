#pragma once

#include <thread>
#include <utility>

namespace uo::render {

// The heavy loops of a render (gathering a million components, compositing their symbols) run as
// bands of rows at once, one band on the calling thread. Two: the workstation draws on one worker
// thread, and taking every core would leave the rest of the program waiting.
constexpr int kRenderBands = 2;

// Calls f(band) for band 0 .. kRenderBands - 1, at once where the machine has the cores.
template <typename F> void runBands(F &&f)
{
    if (std::thread::hardware_concurrency() < 2) {
        for (int band = 0; band < kRenderBands; ++band)
            f(band);
        return;
    }
    std::thread helper([&f] {
        for (int band = 1; band < kRenderBands; ++band)
            f(band);
    });
    f(0);
    helper.join();
}

// Rows [first, second) of band `band` when [top, bottom) is split evenly.
inline std::pair<int, int> bandRows(int top, int bottom, int band)
{
    const int height = bottom - top;
    return {top + height * band / kRenderBands, top + height * (band + 1) / kRenderBands};
}

} // namespace uo::render
