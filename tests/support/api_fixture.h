// Base for API tests: a fresh database on the engine under test, the real server on an ephemeral
// loopback port, and a keep-alive client. Instantiate a suite with CG_ON_BOTH_ENGINES(Suite).
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <memory>
#include <string>
#include <vector>

#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_database.h"

namespace cg::testing {

class ApiTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override { start_server(server_flags()); }

  // Extra `serve` flags for a suite (short timeouts, small body limit...).
  virtual std::vector<std::string> server_flags() const { return {}; }

  void start_server(const std::vector<std::string>& flags) {
    if (!db_) db_ = TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    server_ = ServerProcess::start(db_->url(), flags);
    ASSERT_TRUE(server_);
    http_ = std::make_unique<HttpClient>(server_->port());
  }

  HttpClient& http() { return *http_; }
  int port() const { return server_->port(); }

  // Creates an organisation through the API and returns its JSON.
  boost::json::object create_organization(const std::string& name, const std::string& sector = "faith") {
    const auto response = http().post_json(
        "/api/v1/organizations", R"({"name":")" + name + R"(","sector":")" + sector + R"("})");
    EXPECT_EQ(response.status, 201) << response.body;
    return response.json().as_object();
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<HttpClient> http_;
};

// The field names listed in a problem document's `errors`, comma-separated.
inline std::string problem_fields(const HttpResponse& response) {
  std::string out;
  const auto doc = response.json();
  if (!doc.is_object() || !doc.as_object().contains("errors")) return out;
  for (const auto& e : doc.at("errors").as_array()) {
    out += (out.empty() ? "" : ",") + std::string(e.at("field").as_string());
  }
  return out;
}

#define CG_ON_BOTH_ENGINES(Suite)                                                               \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                      \
                           ::testing::Values(::cg::store::Engine::sqlite,                       \
                                             ::cg::store::Engine::postgresql),                  \
                           [](const auto& info) { return ::cg::testing::engine_name(info.param); })

}  // namespace cg::testing
