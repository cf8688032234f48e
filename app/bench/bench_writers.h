#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// The writers test of `bench server`: `writers` processes of this program (`bench server URL --writer
// N`), each making `edits` edits, one save each, on components drawn from the same 200, so that they
// meet: even writers append a tag of their own to a component's note, odd ones to its photo, each from
// the value it read a moment (up to 10 ms) before its save. A conflict (the same column changed since
// the read) is reported and the writer takes theirs. Afterwards every tag a writer reported saved must
// be in its column: one that is not is a lost update.
struct WritersFigures
{
    int saved = 0;
    int conflicts = 0;
    int lostUpdates = 0;
    double ms = 0;
};
WritersFigures runWriters(const QString &url, int writers, int edits, Streams io);

// One writer: prints `saved ID COLUMN TAG` or `conflict ID COLUMN TAG` per edit.
int runWriter(const QString &url, int index, int edits, Streams io);

} // namespace uo::cli
