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
#include "support/sign_in.h"
#include "support/test_database.h"

namespace cg::testing {

class ApiTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    start_server(server_flags());
    if (!HasFatalFailure() && signs_in_as_admin()) sign_in_as_admin();
  }

  // Extra `serve` flags for a suite (short timeouts, small body limit...).
  virtual std::vector<std::string> server_flags() const { return {}; }
  // Most suites act as a signed-in site admin (with a second factor, as admins must have).
  virtual bool signs_in_as_admin() const { return true; }

  void sign_in_as_admin() {
    add_user(db_->url(), kAdminEmail, "Ana Admin", kAdminPassword, true);
    sign_in(http(), kAdminEmail, kAdminPassword, admin_totp_);
  }

  TotpDevice admin_totp_;

  // Starts (or restarts) the server; a restarted server's client keeps the session cookies.
  void start_server(const std::vector<std::string>& flags) {
    if (!db_) db_ = TestDatabase::create(GetParam());
    ASSERT_TRUE(db_);
    server_ = ServerProcess::start(db_->url(), flags);
    ASSERT_TRUE(server_);
    auto client = std::make_unique<HttpClient>(server_->port());
    if (http_) client->copy_cookies_from(*http_);
    http_ = std::move(client);
  }

  HttpClient& http() { return *http_; }
  int port() const { return server_->port(); }

  // Creates an organisation through the API and returns its JSON.
  boost::json::object create_organization(const std::string& name, const std::string& sector = "faith") {
    const auto response = http().post_json(
        "/api/v1/organizations", boost::json::serialize(boost::json::object{{"name", name}, {"sector", sector}}));
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
