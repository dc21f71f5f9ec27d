// The p-th percentile (0..100) of timings, for benchmarks that print p50 and p99.
#pragma once

#include <algorithm>
#include <vector>

inline double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(p / 100 * static_cast<double>(values.size()));
  return values[std::min(rank, values.size() - 1)];
}
