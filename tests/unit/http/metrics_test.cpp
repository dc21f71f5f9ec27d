#include "http/metrics.h"

#include <gtest/gtest.h>

namespace cg::http {
namespace {

TEST(Metrics, CountsAndCumulativeBucketsPerRouteAndStatus) {
  Metrics metrics;
  metrics.record("/api/v1/organizations/{id}", "GET", 200, 0.0007);
  metrics.record("/api/v1/organizations/{id}", "GET", 200, 0.003);
  metrics.record("/api/v1/organizations/{id}", "GET", 404, 0.0001);
  std::string out;
  metrics.render(out);
  const std::string labels = R"(route="/api/v1/organizations/{id}",method="GET",status="200")";
  EXPECT_NE(out.find("cg_http_requests_total{" + labels + "} 2\n"), std::string::npos) << out;
  EXPECT_NE(out.find("cg_http_request_duration_seconds_bucket{" + labels + ",le=\"0.0005\"} 0\n"), std::string::npos);
  EXPECT_NE(out.find("cg_http_request_duration_seconds_bucket{" + labels + ",le=\"0.001\"} 1\n"), std::string::npos);
  EXPECT_NE(out.find("cg_http_request_duration_seconds_bucket{" + labels + ",le=\"0.005\"} 2\n"), std::string::npos);
  EXPECT_NE(out.find("cg_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} 2\n"), std::string::npos);
  EXPECT_NE(out.find("status=\"404\"} 1\n"), std::string::npos);
}

}  // namespace
}  // namespace cg::http
