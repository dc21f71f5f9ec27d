// Data for bench/digest_bench.sh: many people at many partnerships, each with a day's news waiting
// for their daily digest. The people are accounts that cannot sign in (no password works).
#pragma once

#include <cstddef>

#include "app/clock.h"

namespace cg::store {
class Store;
}

namespace cg::app {

inline constexpr int kBenchmarkDigestUsersMax = 100000;
inline constexpr int kBenchmarkDigestPartnershipsMax = 10000;

struct BenchmarkDigests {
  bool created = false;  // false: there were benchmark people already, left as they are
  std::size_t users = 0;
  std::size_t partnerships = 0;
  std::size_t notifications = 0;
};

BenchmarkDigests load_benchmark_digests(store::Store& store, const Clock& clock, int users, int partnerships);

}  // namespace cg::app
