// Demo meetings for the demo partnerships: two years of the youth partnership's monthly meetings,
// the Eastside table's fortnightly ones since it started, and the county collaborative's monthly
// ones, with attendance, answers and agendas. Most people come most of the time; a few drift away
// the way real members do (fading over the last quarter, or gone for the last few meetings), so
// the engagement report has something true to life to find. The same generator builds the
// meeting history the benchmarks load.
#pragma once

#include <cstddef>
#include <cstdint>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

struct DemoMeetingSummary {
  std::size_t partnerships_created = 0;  // partnerships given meetings
  std::size_t partnerships_kept = 0;     // already had meetings: left as people made them
  std::size_t meetings_created = 0;
  std::size_t attendance_records = 0;
};

// Writes meetings for each demo partnership that exists and has none yet. Load the demo
// partnerships first.
DemoMeetingSummary load_demo_meetings(store::Store& store, const Clock& clock);

inline constexpr int kBenchmarkMeetingYearsMax = 20;

// Weekly meetings on the benchmark partnership (load it first) for the last `years` years and the
// next three months, with attendance for everyone seated. Nothing when it already has meetings.
DemoMeetingSummary load_benchmark_meetings(store::Store& store, const Clock& clock, std::int64_t partnership_id,
                                           int years);

}  // namespace cg::app
