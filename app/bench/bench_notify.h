#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// notify_ms of `bench server`: the median time, over `runs` commits of one component's note in this
// process, from just before the update until another process's ServerListener (`bench server URL
// --listener`) has heard it. Both processes read this machine's clock. -1 when the listener never heard.
double notifyMs(const QString &address, int runs, Streams io);

// The listening process: says "listening", then "heard MS" (the clock, in ms since the epoch) for each
// change heard, until `runs` are heard or a minute has passed.
int runListener(const QString &address, int runs, Streams io);

} // namespace uo::cli
