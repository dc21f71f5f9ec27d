// Demo partnerships, so someone trying CommonGround finds tables of different sizes and ages to
// explore: a six-member neighborhood group, a city-wide youth violence partnership with two years
// of history, and a county collaborative of about two hundred members. Each has imbalances for
// the balance analysis to find and a charter at a different stage. The same generator builds the
// much larger partnership the benchmarks load.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "app/clock.h"

namespace cg::store {
class Connection;
class Store;
}

namespace cg::app {

struct DemoPartnershipSummary {
  std::size_t partnerships_created = 0;
  std::size_t partnerships_kept = 0;  // already there: left as people have made them since
  std::size_t memberships_created = 0;
};

// Creates the demo partnerships that do not exist yet (matched by name), in one transaction. The
// demo organizations and accounts must be loaded first: the coordinator account leads the
// neighborhood group and coordinates the youth partnership, the admin sits on the county one.
DemoPartnershipSummary load_demo_partnerships(store::Store& store, const Clock& clock);

// The partnership with exactly this name (any case), if there is one.
std::optional<std::int64_t> find_demo_partnership(store::Connection& c, const std::string& name);

inline constexpr const char* kBenchmarkPartnershipName = "Benchmark Partnership";

struct BenchmarkPartnership {
  std::int64_t id = 0;
  bool created = false;  // false: one was there already and was left as it is
  std::size_t memberships_created = 0;
};

inline constexpr int kBenchmarkMembersMax = 100000;
inline constexpr int kBenchmarkYearsMax = 50;

// The members-only "Benchmark Partnership": `active_members` active members today after `years`
// of joining, leaving and changing (so balance at a past date and the trend have real history to
// read), drawn from the demo organizations. Needs the demo organizations loaded first.
BenchmarkPartnership load_benchmark_partnership(store::Store& store, const Clock& clock, int active_members,
                                                int years);

}  // namespace cg::app
