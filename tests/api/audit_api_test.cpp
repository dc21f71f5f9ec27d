// Admins browse and export the audit trail; everyone else is refused; every change and sign-in
// attempt shows up with who, what, when, where and the outcome.
#include "support/api_fixture.h"

namespace cg::testing {
namespace {

class AuditApi : public ApiTest {};

TEST_P(AuditApi, ChangesAndSignInsAreRecordedAndFilterable) {
  const auto org = create_organization("=HYPERLINK(\"http://evil.example\")", "media");
  const auto id = std::to_string(org.at("id").as_int64());
  ASSERT_EQ(http().patch_json("/api/v1/organizations/" + id, R"({"notes":"Weekly paper"})", "\"1\"").status, 200);
  HttpClient stranger(port());
  stranger.post_json("/api/v1/auth/sign-in", R"({"email":"admin@riverton.example","password":"a wrong guess"})");

  const auto changes = http().get("/api/v1/audit-events?action=organization.");
  ASSERT_EQ(changes.status, 200) << changes.body;
  const auto& items = changes.json().at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("action").as_string(), "organization.update");
  EXPECT_EQ(items[0].at("before").at("notes"), nullptr);
  EXPECT_EQ(items[0].at("after").at("notes").as_string(), "Weekly paper");
  EXPECT_EQ(items[0].at("actor_email").as_string(), kAdminEmail);
  EXPECT_EQ(items[0].at("source_address").as_string(), "127.0.0.1");
  EXPECT_EQ(items[0].at("target_id").as_string(), id);
  EXPECT_FALSE(items[0].at("request_id").as_string().empty());

  const auto failures = http().get("/api/v1/audit-events?action=auth.sign_in&outcome=wrong_password");
  ASSERT_EQ(failures.json().at("items").as_array().size(), 1u);

  const auto page = http().get("/api/v1/audit-events?limit=1");
  const auto& next = page.json().at("next");
  ASSERT_TRUE(next.is_string());
  const auto second = http().get("/api/v1/audit-events?limit=1&before=" + std::string(next.as_string()));
  EXPECT_LT(second.json().at("items").at(0).at("id").as_int64(), page.json().at("items").at(0).at("id").as_int64());
}

TEST_P(AuditApi, ExportsCsvThatSpreadsheetsCannotExecute) {
  create_organization("=HYPERLINK(\"http://evil.example\")", "media");
  const auto csv = http().get("/api/v1/audit-events/export?action=organization.");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_TRUE(csv.body.starts_with("id,at,actor_user_id,actor_email,action,"));
  EXPECT_NE(csv.body.find("organization.create"), std::string::npos);
  EXPECT_EQ(csv.body.find(",=HYPERLINK"), std::string::npos) << csv.body;
}

TEST_P(AuditApi, OnlyAdminsMayReadItAndBadFiltersAreNamed) {
  add_user(db_->url(), "cora@riverton.example", "Cora", "coordinator passphrase here", false);
  HttpClient cora(port());
  TotpDevice none;
  sign_in(cora, "cora@riverton.example", "coordinator passphrase here", none);
  EXPECT_EQ(cora.get("/api/v1/audit-events").status, 403);
  EXPECT_EQ(cora.get("/api/v1/audit-events/export").status, 403);
  EXPECT_EQ(HttpClient(port()).get("/api/v1/audit-events").status, 401);
  const auto bad = http().get("/api/v1/audit-events?from=yesterday&limit=0&colour=red");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(problem_fields(bad), "colour,from,limit");
}

CG_ON_BOTH_ENGINES(AuditApi);

}  // namespace
}  // namespace cg::testing
