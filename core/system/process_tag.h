#pragma once

#include <QString>

namespace uo {

// Which process, on which machine and since which boot, left a file behind (an edit journal, a
// benchmark's scratch folder), so that a later process can tell one whose owner still runs from one
// whose owner died. A process id alone is not enough: ids are reused, so the start time goes with it.
struct ProcessTag
{
    QString host;
    QString boot; // the machine's boot id: a reboot ends every process
    qint64 pid = 0;
    QString started; // the process's start, in clock ticks since boot (/proc/PID/stat)

    static ProcessTag current();
    // "host boot pid started", and back; an unreadable text gives a tag with pid 0.
    QString toText() const;
    static ProcessTag fromText(const QString &text);

    // True when the owner is known to have ended: same machine, and another boot, or no process of that
    // id started at that moment. A process on another machine (a shared disk) is never known to be gone.
    bool isGone() const;
};

} // namespace uo
