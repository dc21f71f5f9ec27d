// Data for bench/resource_search_bench.sh: a large public library of generated but realistic
// resources (titles and summaries from the field's own vocabulary, so common words are common and
// rare ones rare), written through the repository so both engines index them as in real use.
#pragma once

#include <cstddef>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

inline constexpr int kBenchmarkResourcesMax = 1000000;

struct BenchmarkResources {
  bool created = false;  // false: a generated library was there already, left as it is
  std::size_t resources = 0;
  double load_seconds = 0;
  double index_rebuild_seconds = 0;  // the whole full-text index built again from the rows
};

BenchmarkResources load_benchmark_resources(store::Store& store, const Clock& clock, int count);

}  // namespace cg::app
