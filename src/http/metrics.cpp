#include "http/metrics.h"

#include <cstdio>

namespace cg::http {
namespace {

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

}  // namespace

void Metrics::record(const std::string& route, const std::string& method, int status, double seconds) {
  std::lock_guard lock(mutex_);
  auto& s = series_[{route, method, status}];
  ++s.count;
  s.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++s.buckets[i];
      break;
    }
  }
}

void Metrics::connection_opened() {
  std::lock_guard lock(mutex_);
  ++open_connections_;
}

void Metrics::connection_closed() {
  std::lock_guard lock(mutex_);
  --open_connections_;
}

void Metrics::render(std::string& out) const {
  std::lock_guard lock(mutex_);
  out += "# HELP cg_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE cg_http_requests_total counter\n";
  for (const auto& [key, s] : series_) {
    const auto& [route, method, status] = key;
    out += "cg_http_requests_total{route=\"" + route + "\",method=\"" + method + "\",status=\"" +
           std::to_string(status) + "\"} " + std::to_string(s.count) + "\n";
  }
  out += "# HELP cg_http_request_duration_seconds Time from a complete request to its response.\n";
  out += "# TYPE cg_http_request_duration_seconds histogram\n";
  for (const auto& [key, s] : series_) {
    const auto& [route, method, status] = key;
    const std::string labels = "route=\"" + route + "\",method=\"" + method + "\",status=\"" +
                               std::to_string(status) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += s.buckets[i];
      out += "cg_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kBuckets[i]) +
             "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "cg_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
           std::to_string(s.count) + "\n";
    out += "cg_http_request_duration_seconds_sum{" + labels + "} " + number(s.sum) + "\n";
    out += "cg_http_request_duration_seconds_count{" + labels + "} " + std::to_string(s.count) + "\n";
  }
  out += "# HELP cg_http_connections_open Client connections currently open.\n";
  out += "# TYPE cg_http_connections_open gauge\n";
  out += "cg_http_connections_open " + std::to_string(open_connections_) + "\n";
}

}  // namespace cg::http
