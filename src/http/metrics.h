// Request counters and latency histograms by route and status, rendered in the Prometheus text
// format at /metrics. Thread-safe: every I/O thread records into it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace cg::http {

class Metrics {
 public:
  // `route` is the matched pattern ("/api/v1/organizations/{id}"), never the raw path, so the
  // number of series stays bounded; unmatched requests use "unmatched".
  void record(const std::string& route, const std::string& method, int status, double seconds);

  void connection_opened();
  void connection_closed();

  // Appends the HTTP series to `out`.
  void render(std::string& out) const;

  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  5.0};

 private:
  struct Series {
    std::uint64_t count = 0;
    double sum = 0;
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // non-cumulative; summed when rendered
  };

  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, Series> series_;  // guarded by mutex_
  std::int64_t open_connections_ = 0;                                   // guarded by mutex_
};

}  // namespace cg::http
