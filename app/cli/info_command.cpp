#include "cli_command.h"

namespace uo::cli {
int infoCommand(const QStringList &, Streams io)
{
    io.err << "info: not built yet" << Qt::endl;
    return 1;
}
} // namespace uo::cli
