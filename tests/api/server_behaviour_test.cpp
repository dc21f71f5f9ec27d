// The HTTP server as an operator sees it: health, readiness, metrics, logs, keep-alive, slow
// clients and graceful shutdown.
#include <signal.h>

#include <fstream>
#include <thread>

#include "support/api_fixture.h"

namespace cg::testing {
namespace {

using namespace std::chrono_literals;

class ServerBehaviour : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override {
    return {"--read-timeout-ms", "2000", "--idle-timeout-ms", "1500", "--shutdown-timeout-ms", "5000"};
  }
};

TEST_P(ServerBehaviour, HealthAndReadiness) {
  const auto health = http().get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.json().at("status").as_string(), "alive");
  const auto ready = http().get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json().at("status").as_string(), "ready");
}

TEST_P(ServerBehaviour, EveryResponseCarriesRequestIdAndSecurityHeaders) {
  const auto generated = http().get("/healthz");
  EXPECT_EQ(generated.header("x-request-id").size(), 16u);
  EXPECT_EQ(generated.header("x-content-type-options"), "nosniff");
  EXPECT_NE(generated.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
  const auto echoed = http().request("GET", "/healthz", "", {{"X-Request-Id", "trace-abc.123"}});
  EXPECT_EQ(echoed.header("x-request-id"), "trace-abc.123");
  const auto unsafe = http().request("GET", "/healthz", "", {{"X-Request-Id", "<script>"}});
  EXPECT_NE(unsafe.header("x-request-id"), "<script>");
}

TEST_P(ServerBehaviour, MetricsCountRequestsByRouteAndShowThePool) {
  create_organization("Metrics Org");
  for (int i = 0; i < 3; ++i) http().get("/api/v1/organizations/1");
  http().get("/api/v1/organizations/999999");
  const auto metrics = http().get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.header("content-type").find("text/plain"), std::string::npos);
  const auto& text = metrics.body;
  EXPECT_NE(text.find(R"(cg_http_requests_total{route="/api/v1/organizations/{id}",method="GET",status="200"} 3)"),
            std::string::npos) << text;
  EXPECT_NE(text.find(R"(cg_http_requests_total{route="/api/v1/organizations/{id}",method="GET",status="404"} 1)"),
            std::string::npos);
  EXPECT_NE(text.find("cg_http_request_duration_seconds_bucket{route=\"/api/v1/organizations\",method=\"POST\",status=\"201\",le=\"+Inf\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("cg_db_pool_connections{state=\"in_use\"} 0"), std::string::npos);
  EXPECT_NE(text.find("cg_db_pool_waiting 0"), std::string::npos);
}

TEST_P(ServerBehaviour, ServesTheOpenApiDocument) {
  const auto doc = http().get("/api/v1/openapi.json");
  EXPECT_EQ(doc.status, 200);
  EXPECT_EQ(doc.json().at("openapi").as_string(), "3.1.0");
  EXPECT_TRUE(doc.json().at("paths").as_object().contains("/api/v1/organizations/{id}"));
}

TEST_P(ServerBehaviour, KeepAliveAndHead) {
  for (int i = 0; i < 20; ++i) ASSERT_EQ(http().get("/healthz").status, 200);
  const auto head = http().request("HEAD", "/api/v1/sectors");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
  EXPECT_NE(head.header("content-length"), "0");
}

TEST_P(ServerBehaviour, WritesAJsonLineAccessLog) {
  http().request("GET", "/healthz", "", {{"X-Request-Id", "logged-request"}});
  std::string line;
  for (int attempt = 0; attempt < 50 && line.empty(); ++attempt) {
    std::this_thread::sleep_for(50ms);  // the log is flushed in batches
    std::ifstream log(server_->access_log_path());
    std::string l;
    while (std::getline(log, l)) {
      if (l.find("logged-request") != std::string::npos) line = l;
    }
  }
  ASSERT_FALSE(line.empty());
  const auto entry = boost::json::parse(line).as_object();
  EXPECT_EQ(entry.at("method").as_string(), "GET");
  EXPECT_EQ(entry.at("route").as_string(), "/healthz");
  EXPECT_EQ(entry.at("status").as_int64(), 200);
  EXPECT_EQ(entry.at("remote").as_string(), "127.0.0.1");
  EXPECT_TRUE(entry.contains("duration_ms"));
  EXPECT_TRUE(entry.contains("time"));
}

TEST_P(ServerBehaviour, SlowClientIsCutOffWithoutHurtingOthers) {
  RawConnection slow(port());
  slow.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");  // ...and never finishes the headers
  for (int i = 0; i < 5; ++i) {
    HttpClient other(port());
    EXPECT_EQ(other.get("/healthz").status, 200);
  }
  // The others were answered while the slow connection was still open: nobody waited for it.
  EXPECT_FALSE(slow.read_until_closed(0ms).closed);
  const auto result = slow.read_until_closed(10s);
  EXPECT_TRUE(result.closed) << "the read timeout closes the slow connection";
  EXPECT_TRUE(result.data.empty()) << result.data;
}

TEST_P(ServerBehaviour, IdleKeptAliveConnectionsAreClosed) {
  RawConnection idle(port());
  idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  const auto result = idle.read_until_closed(6s);
  EXPECT_TRUE(result.data.starts_with("HTTP/1.1 200"));
  EXPECT_TRUE(result.closed);
}

TEST_P(ServerBehaviour, SigtermFinishesTheRequestInFlightThenExitsZero) {
  RawConnection idle(port());  // an idle keep-alive connection must not delay shutdown
  RawConnection busy(port());
  const std::string body = R"({"name":"Arrived during shutdown","sector":"youth"})";
  busy.send("POST /api/v1/organizations HTTP/1.1\r\nHost: x\r\n" + http().session_headers() +
            "Content-Type: application/json\r\nContent-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 10));
  std::this_thread::sleep_for(100ms);
  kill(server_->pid(), SIGTERM);
  std::this_thread::sleep_for(100ms);
  busy.send(body.substr(10));
  const auto reply = busy.read_until_closed(5s);
  EXPECT_TRUE(reply.data.starts_with("HTTP/1.1 201")) << reply.data;
  EXPECT_NE(reply.data.find("Connection: close"), std::string::npos);
  EXPECT_TRUE(idle.read_until_closed(5s).closed);
  EXPECT_EQ(server_->stop(SIGTERM, 10s), std::optional<int>(0)) << server_->error_output();
  EXPECT_NE(server_->error_output().find("shutting down"), std::string::npos);

  // The organisation created during shutdown was stored.
  start_server({});
  EXPECT_EQ(http().get("/api/v1/organizations?q=arrived").json().at("items").as_array().size(), 1u);
}

TEST_P(ServerBehaviour, SigintAlsoStopsCleanly) {
  EXPECT_EQ(server_->stop(SIGINT, 10s), std::optional<int>(0)) << server_->error_output();
}

CG_ON_BOTH_ENGINES(ServerBehaviour);

}  // namespace
}  // namespace cg::testing
