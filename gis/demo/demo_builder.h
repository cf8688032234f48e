#pragma once

#include "gis/demo/demo_options.h"

#include <QCoreApplication>
#include <QString>

namespace uo::demo {

struct DemoSummary
{
    qint64 roads = 0, segments = 0, components = 0, riskPoints = 0, riskRecords = 0, shops = 0, permits = 0;
    qint64 cases = 0, openCases = 0, riskAlerts = 0;
    qint64 entities = 0, people = 0, gridCells = 0;
    double builtUpKm2 = 0, roadKm = 0;
    qint64 totalMs = 0;
};

// Builds a demo district store at `path`, deterministically for a seed. The file appears only when
// complete: it is written beside the target under a temporary name and renamed at the end, so an
// interrupted build leaves nothing that looks like a store. Refuses to overwrite an existing file.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(uo::demo::DemoBuilder)

public:
    static DemoSummary build(const QString &path, const DemoOptions &options,
                             const DemoProgress &progress = {});
};

} // namespace uo::demo
