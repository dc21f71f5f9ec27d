// The account page's API (change password, sessions) and the admin's controls (sign-in notice,
// second factor for everyone, disabling accounts).
#include <algorithm>

#include "support/api_fixture.h"

namespace cg::testing {
namespace {

constexpr const char* kCora = "cora@riverton.example";
constexpr const char* kCoraPassword = "coordinator passphrase here";

class AccountSettings : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    add_user(db_->url(), kCora, "Cora Coordinator", kCoraPassword, false);
  }
};

TEST_P(AccountSettings, ChangingThePasswordNeedsTheOldOneAndEndsOtherSessions) {
  HttpClient laptop(port());
  HttpClient phone(port());
  TotpDevice none;
  sign_in(laptop, kCora, kCoraPassword, none);
  sign_in(phone, kCora, kCoraPassword, none);
  const auto sessions = laptop.get("/api/v1/account/sessions").json().at("items").as_array();
  ASSERT_EQ(sessions.size(), 2u);

  const auto wrong = laptop.post_json("/api/v1/account/password",
                                      R"({"current_password":"not it","new_password":"a whole new passphrase"})");
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(problem_fields(wrong), "current_password");
  const auto weak = laptop.post_json("/api/v1/account/password",
                                     R"({"current_password":"coordinator passphrase here","new_password":"12345678"})");
  EXPECT_EQ(problem_fields(weak), "new_password");
  ASSERT_EQ(laptop.post_json("/api/v1/account/password",
                             R"({"current_password":"coordinator passphrase here","new_password":"a whole new passphrase"})")
                .status,
            204);
  EXPECT_EQ(laptop.get("/api/v1/organizations").status, 200) << "this session stays";
  EXPECT_EQ(phone.get("/api/v1/organizations").status, 401) << "the others end";
}

TEST_P(AccountSettings, AdminsSetTheNoticeAndCanRequireASecondFactorForEveryone) {
  const auto set = http().request(
      "PUT", "/api/v1/settings/sign-in",
      R"({"notice":"Authorized use only. Riverton PD policy 4.12 applies.","second_factor_for_everyone":true})",
      {{"Content-Type", "application/json"}});
  ASSERT_EQ(set.status, 200) << set.body;
  HttpClient cora(port());
  const auto first = cora.post_json("/api/v1/auth/sign-in",
                                    R"({"email":"cora@riverton.example","password":"coordinator passphrase here"})");
  EXPECT_EQ(first.json().at("notice").as_string(), "Authorized use only. Riverton PD policy 4.12 applies.");
  const auto next = cora.post_json("/api/v1/auth/notice/acknowledge", "{}");
  EXPECT_EQ(next.json().at("stage").as_string(), "enrol_second_factor");

  const auto bad = http().request("PUT", "/api/v1/settings/sign-in", R"({"notice":7})",
                                  {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(problem_fields(bad), "notice,second_factor_for_everyone");
  EXPECT_EQ(cora.get("/api/v1/settings/sign-in").status, 403);
}

TEST_P(AccountSettings, DisablingAnAccountEndsItsSessionsAndSignIns) {
  HttpClient cora(port());
  TotpDevice none;
  sign_in(cora, kCora, kCoraPassword, none);
  const auto users = http().get("/api/v1/users").json().at("items").as_array();
  const auto cora_id = std::find_if(users.begin(), users.end(), [](const auto& u) {
                         return u.at("email").as_string() == kCora;
                       })->at("id").as_int64();
  const auto disabled = http().patch_json("/api/v1/users/" + std::to_string(cora_id), R"({"status":"disabled"})", "");
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(cora.get("/api/v1/organizations").status, 401);
  const auto again = HttpClient(port()).post_json(
      "/api/v1/auth/sign-in", R"({"email":"cora@riverton.example","password":"coordinator passphrase here"})");
  EXPECT_EQ(again.json().at("type").as_string(), "urn:commonground:problem:account-disabled");

  const auto me = http().get("/api/v1/auth/session").json().at("user").at("id").as_int64();
  EXPECT_EQ(http().patch_json("/api/v1/users/" + std::to_string(me), R"({"status":"disabled"})", "").status, 422);
}

CG_ON_BOTH_ENGINES(AccountSettings);

}  // namespace
}  // namespace cg::testing
