// Demo discussion for the demo partnerships: ideas and threads from the last months with
// comments and support, statuses a coordinator set (one adopted, one declined with its reason),
// an anonymous idea for the coordinators, and approved minutes with a decision for the latest
// meetings held. Written once per partnership; a partnership with any discussion is left as it is.
#pragma once

#include <cstddef>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct DemoDiscussionSummary {
  std::size_t partnerships_created = 0;
  std::size_t partnerships_kept = 0;
  std::size_t items = 0;
  std::size_t comments = 0;
  std::size_t minutes = 0;
};

// Load the demo partnerships and meetings first.
DemoDiscussionSummary load_demo_discussion(store::Store& store, const Clock& clock);

}  // namespace cg::app
