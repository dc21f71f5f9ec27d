// Personal API tokens: Bearer access with the owner's rights, read-only scope, revocation, and
// nobody may see or revoke another person's tokens.
#include "support/api_fixture.h"

namespace cg::testing {
namespace {

class ApiTokens : public ApiTest {
 protected:
  std::string create_token(HttpClient& client, const std::string& scope) {
    const auto created = client.post_json("/api/v1/account/api-tokens",
                                          R"({"name":"Records system sync","scope":")" + scope + R"("})");
    EXPECT_EQ(created.status, 201) << created.body;
    return std::string(created.json().at("token").as_string());
  }

  HttpResponse with_token(const std::string& method, const std::string& path, const std::string& token,
                          const std::string& body = "") {
    HttpClient integration(port());  // no cookies: only the token
    std::vector<std::pair<std::string, std::string>> headers = {{"Authorization", "Bearer " + token}};
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    return integration.request(method, path, body, headers);
  }
};

TEST_P(ApiTokens, ReadWriteTokensActAsTheirOwnerWithoutCsrf) {
  const auto token = create_token(http(), "read_write");
  EXPECT_TRUE(token.starts_with("cgp_"));
  const auto created = with_token("POST", "/api/v1/organizations", token, R"({"name":"Synced","sector":"government"})");
  EXPECT_EQ(created.status, 201) << created.body;
  const auto listed = http().get("/api/v1/account/api-tokens").json().at("items").as_array();
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_FALSE(listed[0].as_object().contains("token")) << "the value is shown once only";
  EXPECT_TRUE(listed[0].at("last_used_at").is_string());
}

TEST_P(ApiTokens, ReadTokensOnlyRead) {
  const auto token = create_token(http(), "read");
  EXPECT_EQ(with_token("GET", "/api/v1/organizations", token).status, 200);
  const auto refused = with_token("POST", "/api/v1/organizations", token, R"({"name":"No","sector":"government"})");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.json().at("type").as_string(), "urn:commonground:problem:token-read-only");
}

TEST_P(ApiTokens, RevokedAndMadeUpTokensGet401) {
  const auto token = create_token(http(), "read");
  const auto id = http().get("/api/v1/account/api-tokens").json().at("items").at(0).at("id").as_int64();
  EXPECT_EQ(http().del("/api/v1/account/api-tokens/" + std::to_string(id)).status, 204);
  const auto revoked = with_token("GET", "/api/v1/organizations", token);
  EXPECT_EQ(revoked.status, 401);
  EXPECT_EQ(revoked.json().at("type").as_string(), "urn:commonground:problem:invalid-token");
  EXPECT_EQ(with_token("GET", "/api/v1/organizations", "cgp_made-up").status, 401);
  EXPECT_EQ(with_token("GET", "/api/v1/organizations", "").status, 401);
}

TEST_P(ApiTokens, NobodySeesOrRevokesAnotherPersonsTokens) {
  create_token(http(), "read_write");
  const auto admin_token_id = http().get("/api/v1/account/api-tokens").json().at("items").at(0).at("id").as_int64();
  add_user(db_->url(), "cora@riverton.example", "Cora", "coordinator passphrase here", false);
  HttpClient cora(port());
  TotpDevice none;
  sign_in(cora, "cora@riverton.example", "coordinator passphrase here", none);
  EXPECT_TRUE(cora.get("/api/v1/account/api-tokens").json().at("items").as_array().empty());
  EXPECT_EQ(cora.del("/api/v1/account/api-tokens/" + std::to_string(admin_token_id)).status, 404);
  EXPECT_EQ(http().get("/api/v1/account/api-tokens").json().at("items").at(0).at("revoked_at"), nullptr);
}

TEST_P(ApiTokens, BadRequestsNameTheField) {
  const auto bad = http().post_json("/api/v1/account/api-tokens", R"({"name":"","scope":"admin"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(problem_fields(bad), "name,scope");
}

CG_ON_BOTH_ENGINES(ApiTokens);

}  // namespace
}  // namespace cg::testing
