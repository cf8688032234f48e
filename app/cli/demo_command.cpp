#include "cli_command.h"

namespace uo::cli {
int demoCommand(const QStringList &, Streams io)
{
    io.err << "demo: not built yet" << Qt::endl;
    return 1;
}
} // namespace uo::cli
