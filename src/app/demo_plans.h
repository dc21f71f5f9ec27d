// Demo action plans for the demo partnerships, so the plan pages have something true to life to
// show: the Eastside table's first five months (one objective on track, one behind, a review
// overdue), the Riverton youth partnership's two years (quarterly measurements, an owner with a
// pile of overdue work), and a generated county plan. The same generator builds the large plan
// the benchmarks load.
#pragma once

#include <cstddef>
#include <cstdint>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct DemoPlanSummary {
  std::size_t plans_created = 0;
  std::size_t plans_kept = 0;  // the partnership already had a plan: left as people made it
  std::size_t activities_created = 0;
};

// Writes a plan for each demo partnership that exists and has none yet. Load the demo
// partnerships first.
DemoPlanSummary load_demo_plans(store::Store& store, const Clock& clock);

struct BenchmarkPlan {
  bool created = false;  // false: the benchmark partnership already had a plan
  std::size_t objectives = 0;
  std::size_t activities = 0;
};

inline constexpr int kBenchmarkObjectivesMax = 10000;
inline constexpr int kBenchmarkActivitiesMax = 200000;

// A generated plan on the benchmark partnership (load it first): `objectives` objectives under
// goals of ten, `activities` activities spread over them, a fifth of them sub-activities, owned by
// its members, with quarterly measurements.
BenchmarkPlan load_benchmark_plan(store::Store& store, const Clock& clock, std::int64_t partnership_id,
                                  int objectives, int activities);

}  // namespace cg::app
