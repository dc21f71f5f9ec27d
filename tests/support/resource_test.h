// A table (see table_test.h) plus a signed-in site admin, for the clearinghouse suites: admins
// moderate the public library, the cast shares into it, and http() reads it signed out.
#pragma once

#include <boost/json.hpp>
#include <memory>
#include <string>

#include "support/sign_in.h"
#include "support/table_test.h"

namespace cg::testing {

class ResourceTest : public TableTest {
 protected:
  void SetUp() override {
    TableTest::SetUp();
    if (HasFatalFailure()) return;
    add_user(db_->url(), kAdminEmail, "Ana Admin", kAdminPassword, true);
    admin_ = std::make_unique<HttpClient>(port());
    sign_in(*admin_, kAdminEmail, kAdminPassword, admin_totp_);
  }

  HttpClient& admin() { return *admin_; }

  // A resource body with the essentials; `extra` members are laid over it.
  static boost::json::object resource_body(const std::string& title, const std::string& link,
                                           boost::json::object extra = {}) {
    boost::json::object body{{"title", title},
                             {"type", "evidence_based_strategy"},
                             {"summary", "What it is and who it helps."},
                             {"link", link}};
    for (auto& [key, value] : extra) body[key] = value;
    return body;
  }

  // Shares as `who` (admin, or a role at the table) and returns the created resource.
  boost::json::object share(HttpClient& who, boost::json::object body) {
    const auto created = who.post_json("/api/v1/resources", boost::json::serialize(body));
    EXPECT_EQ(created.status, 201) << created.body;
    return created.status == 201 ? created.json().as_object() : boost::json::object{};
  }

  static std::string resource_path(const boost::json::object& resource, const std::string& suffix = "") {
    return "/api/v1/resources/" + std::to_string(resource.at("id").as_int64()) + suffix;
  }

  HttpResponse moderate(HttpClient& who, const boost::json::object& resource, const boost::json::object& decision) {
    const auto version = who.get(resource_path(resource)).header("etag");
    return who.request("POST", resource_path(resource, "/moderation"), boost::json::serialize(decision),
                       {{"Content-Type", "application/json"}, {"If-Match", version}});
  }

 private:
  TotpDevice admin_totp_;
  std::unique_ptr<HttpClient> admin_;
};

}  // namespace cg::testing
