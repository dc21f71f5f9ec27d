// Signing in over HTTP: cookies, CSRF, lockout, second-factor replay, who may do what, and that
// hostile-looking input comes back verbatim. The timing rules (idle and absolute expiry, lock
// duration) are tested with a controlled clock in tests/unit/app/auth_service_test.cpp.
#include <algorithm>

#include "support/api_fixture.h"

namespace cg::testing {
namespace {

constexpr const char* kUserEmail = "cora@riverton.example";
constexpr const char* kUserPassword = "coordinator passphrase here";

class AuthApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    add_user(db_->url(), kUserEmail, "Cora Coordinator", kUserPassword, false);
  }

  HttpResponse attempt(HttpClient& client, const std::string& email, const std::string& password) {
    return client.post_json("/api/v1/auth/sign-in",
                            boost::json::serialize(boost::json::object{{"email", email}, {"password", password}}));
  }

  static std::string problem_type(const HttpResponse& r) {
    return std::string(r.json().at("type").as_string());
  }
};

TEST_P(AuthApi, WithoutSigningInTheApiAnswers401) {
  HttpClient anonymous(port());
  const auto response = anonymous.get("/api/v1/organizations");
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(problem_type(response), "urn:commonground:problem:sign-in-required");
  EXPECT_EQ(anonymous.get("/api/v1/auth/session").status, 401);
  EXPECT_EQ(anonymous.get("/healthz").status, 200) << "health checks need no account";
}

TEST_P(AuthApi, SignInSetsHttpOnlyLaxCookiesAndANewSessionEachTime) {
  HttpClient browser(port());
  const auto first = attempt(browser, kUserEmail, kUserPassword);
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(first.set_cookies.size(), 2u);
  const auto session_cookie = *std::find_if(first.set_cookies.begin(), first.set_cookies.end(),
                                            [](const auto& c) { return c.starts_with("cg_session="); });
  EXPECT_NE(session_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(session_cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(session_cookie.find("Secure"), std::string::npos) << "plain http here: Secure would lose the cookie";
  EXPECT_EQ(first.json().at("stage").as_string(), "notice");
  EXPECT_FALSE(first.json().at("notice").as_string().empty());
  const auto first_token = browser.cookie("cg_session");
  ASSERT_EQ(attempt(browser, kUserEmail, kUserPassword).status, 200);
  EXPECT_NE(browser.cookie("cg_session"), first_token) << "a new session id at every sign-in";
}

TEST_P(AuthApi, UnsafeRequestsWithoutTheCsrfTokenAre403AndChangeNothing) {
  http().set_sends_csrf_token(false);
  const auto refused = http().post_json("/api/v1/organizations", R"({"name":"Forged","sector":"faith"})");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(problem_type(refused), "urn:commonground:problem:csrf-token-missing");
  const auto wrong = http().request("POST", "/api/v1/organizations", R"({"name":"Forged","sector":"faith"})",
                                    {{"Content-Type", "application/json"}, {"X-CSRF-Token", "guessed"}});
  EXPECT_EQ(wrong.status, 403);
  http().set_sends_csrf_token(true);
  EXPECT_TRUE(http().get("/api/v1/organizations?q=forged").json().at("items").as_array().empty());
}

TEST_P(AuthApi, WrongPasswordThenLockoutAtTheFifthFailure) {
  HttpClient browser(port());
  for (int i = 1; i <= 4; ++i) {
    const auto wrong = attempt(browser, kUserEmail, "wrong guess number " + std::to_string(i));
    ASSERT_EQ(wrong.status, 401);
    EXPECT_EQ(problem_type(wrong), "urn:commonground:problem:invalid-credentials");
  }
  const auto fifth = attempt(browser, kUserEmail, "wrong guess number 5");
  EXPECT_EQ(fifth.status, 401);
  EXPECT_EQ(problem_type(fifth), "urn:commonground:problem:account-locked") << fifth.body;
  const auto right = attempt(browser, kUserEmail, kUserPassword);
  EXPECT_EQ(problem_type(right), "urn:commonground:problem:account-locked") << "locked even with the password";
  EXPECT_FALSE(browser.cookie("cg_session"));

  const auto unlock = run_commonground({"user", "unlock", "--database", db_->url(), "--email", kUserEmail});
  ASSERT_EQ(unlock.exit_code, 0) << unlock.output;
  EXPECT_EQ(attempt(browser, kUserEmail, kUserPassword).status, 200);
}

TEST_P(AuthApi, ASessionCookieThatIsNotOursGets401) {
  HttpClient intruder(port());
  intruder.set_cookie("cg_session", "not-a-session-anyone-was-given");
  intruder.set_cookie("cg_csrf", "whatever");
  EXPECT_EQ(intruder.get("/api/v1/organizations").status, 401);
  EXPECT_EQ(intruder.post_json("/api/v1/auth/sign-out-everywhere", "{}").status, 401);
}

TEST_P(AuthApi, PlainUsersReadOrganizationsButOnlyAdminsChangeThem) {
  create_organization("Riverton Food Bank", "nonprofits_advocacy");
  HttpClient cora(port());
  TotpDevice unused;
  sign_in(cora, kUserEmail, kUserPassword, unused);
  EXPECT_EQ(cora.get("/api/v1/organizations").json().at("items").as_array().size(), 1u);
  const auto refused = cora.post_json("/api/v1/organizations", R"({"name":"Mine","sector":"faith"})");
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(problem_type(refused), "urn:commonground:problem:forbidden");
}

TEST_P(AuthApi, ASecondFactorCodeCannotBeReplayed) {
  HttpClient browser(port());
  ASSERT_EQ(attempt(browser, kAdminEmail, kAdminPassword).json().at("stage").as_string(), "second_factor");
  const auto code = admin_totp_.next_code_json();
  ASSERT_EQ(browser.post_json("/api/v1/auth/second-factor", code).status, 200);

  HttpClient thief(port());
  ASSERT_EQ(attempt(thief, kAdminEmail, kAdminPassword).status, 200);
  const auto replay = thief.post_json("/api/v1/auth/second-factor", code);
  EXPECT_EQ(replay.status, 400);
  EXPECT_EQ(problem_fields(replay), "code");
  EXPECT_EQ(thief.get("/api/v1/organizations").status, 403) << "still waiting for a second factor";
}

TEST_P(AuthApi, SigningOutEndsTheSession) {
  const auto old_cookie = *http().cookie("cg_session");
  const auto out = http().post_json("/api/v1/auth/sign-out", "{}");
  EXPECT_EQ(out.status, 204);
  EXPECT_FALSE(http().cookie("cg_session")) << "the cookie is cleared";
  http().set_cookie("cg_session", old_cookie);
  EXPECT_EQ(http().get("/api/v1/organizations").status, 401) << "and the old value no longer works";
}

TEST_P(AuthApi, MarkupInANameComesBackVerbatim) {
  const std::string name = R"(<img src=x onerror=alert(1)> O'Brien"; DROP TABLE users;--)";
  add_user(db_->url(), "markup@riverton.example", name, kUserPassword, false);
  HttpClient browser(port());
  const auto session = attempt(browser, "markup@riverton.example", kUserPassword);
  ASSERT_EQ(session.status, 200) << session.body;
  EXPECT_EQ(session.json().at("user").at("display_name").as_string(), name);
  EXPECT_EQ(session.header("content-type"), "application/json");
}

CG_ON_BOTH_ENGINES(AuthApi);

class SecureDeployment : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override { return {"--public-url", "https://cg.example.org"}; }
  bool signs_in_as_admin() const override { return false; }
};

TEST_P(SecureDeployment, HttpsMeansSecureCookiesAndHsts) {
  add_user(db_->url(), kUserEmail, "Cora Coordinator", kUserPassword, false);
  const auto response = http().post_json(
      "/api/v1/auth/sign-in", R"({"email":"cora@riverton.example","password":"coordinator passphrase here"})");
  ASSERT_EQ(response.set_cookies.size(), 2u);
  for (const auto& cookie : response.set_cookies) EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  EXPECT_EQ(response.header("strict-transport-security"), "max-age=31536000; includeSubDomains");
}

CG_ON_BOTH_ENGINES(SecureDeployment);

}  // namespace
}  // namespace cg::testing
