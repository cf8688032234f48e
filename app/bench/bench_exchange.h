#pragma once

#include "app/cli/cli_command.h"

namespace uo::cli {

// `bench export DB [--layer components]`: the layer to GeoPackage by this program and by ogr2ogr,
// side by side, then the file imported back into a copy of the store whose layer was emptied.
int benchExchange(const QStringList &args, Streams io);

} // namespace uo::cli
