// When PostgreSQL goes away the server answers 503 (never crashes, never corrupts), and it
// recovers by itself when the database returns. Runs on a private cluster it can stop.
#include <thread>

#include "support/api_fixture.h"
#include "support/postgres_cluster.h"
#include "support/sign_in.h"

namespace cg::testing {
namespace {

using namespace std::chrono_literals;

TEST(DatabaseOutage, PostgresGoingAwayGives503AndRecovers) {
  auto cluster = PostgresCluster::start();
  ASSERT_TRUE(cluster);
  auto server = ServerProcess::start(cluster->url(), {"--db-pool", "2"});
  ASSERT_TRUE(server);
  add_user(cluster->url(), kAdminEmail, "Ana Admin", kAdminPassword, true);
  HttpClient http(server->port());
  TotpDevice device;
  sign_in(http, kAdminEmail, kAdminPassword, device);
  const auto created = http.post_json("/api/v1/organizations", R"({"name":"Survives outages","sector":"government"})");
  ASSERT_EQ(created.status, 201);
  const auto path = "/api/v1/organizations/" + std::to_string(created.json().at("id").as_int64());

  cluster->stop();
  const auto ready = http.get("/readyz");
  EXPECT_EQ(ready.status, 503);
  EXPECT_EQ(ready.header("content-type"), "application/problem+json");
  const auto read = http.get(path);
  EXPECT_EQ(read.status, 503) << read.body;
  EXPECT_EQ(read.header("retry-after"), "5");
  EXPECT_EQ(http.post_json("/api/v1/organizations", R"({"name":"Lost?","sector":"government"})").status, 503);
  EXPECT_EQ(http.get("/healthz").status, 200) << "the process itself stays alive";

  cluster->restart();
  int status = 0;
  for (int attempt = 0; attempt < 100 && status != 200; ++attempt) {
    status = http.get("/readyz").status;
    if (status != 200) std::this_thread::sleep_for(100ms);
  }
  EXPECT_EQ(status, 200);
  const auto after = http.get(path);
  EXPECT_EQ(after.status, 200);
  EXPECT_EQ(after.json(), created.json());
  EXPECT_EQ(http.get("/api/v1/organizations").json().at("items").as_array().size(), 1u)
      << "the write refused during the outage left nothing half-done";
  EXPECT_EQ(server->stop(SIGTERM), std::optional<int>(0)) << server->error_output();
}

}  // namespace
}  // namespace cg::testing
