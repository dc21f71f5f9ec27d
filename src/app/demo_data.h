// The demo data set: a realistic mid-sized city's partner organisations across every sector, so
// a coordinator trying CommonGround sees something like their own town. Later features add
// partnerships, plans and meetings to it.
#pragma once

#include <cstddef>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct DemoSummary {
  std::size_t organizations_created = 0;
  std::size_t organizations_refreshed = 0;
};

// Creates the demo records, or refreshes them to their demo state when they already exist
// (matched by name), in one transaction. Records people added themselves are left alone.
DemoSummary load_demo_data(store::Store& store, const Clock& clock);

}  // namespace cg::app
