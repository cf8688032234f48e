#pragma once

#include "gis/demo/demo_options.h"

namespace uo {
class DistrictStore;
}

namespace uo::demo {

// The no-dig calendar for the years around the reference date: statutory holidays, citywide events
// and a seasonal period. Holiday dates follow the State Council's usual arrangement and are demo data:
// the bureau keeps the real table up to date from each year's notice.
void writeNoDigCalendar(DistrictStore &store, const DemoOptions &options);

} // namespace uo::demo
