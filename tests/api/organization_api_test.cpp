// /api/v1/organizations end to end, on both engines.
#include <algorithm>
#include <set>

#include "domain/text_rules.h"
#include "support/api_fixture.h"

namespace cg::testing {
namespace {

using OrganizationApi = ApiTest;

TEST_P(OrganizationApi, CreateReadUpdateDelete) {
  auto created = http().post_json("/api/v1/organizations", R"({
    "name": "Eastside Family Resource Center", "sector": "health_social_services", "kind": "nonprofit",
    "website": "https://eastsidefamily.example", "phone": "(555) 010-0111", "email": "hello@eastsidefamily.example",
    "notes": "Open late on Thursdays."})");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto org = created.json().as_object();
  const auto id = std::to_string(org.at("id").as_int64());
  EXPECT_EQ(created.header("location"), "/api/v1/organizations/" + id);
  EXPECT_EQ(created.header("etag"), "\"1\"");
  EXPECT_EQ(org.at("kind").as_string(), "nonprofit");
  EXPECT_EQ(org.at("version").as_int64(), 1);

  auto fetched = http().get("/api/v1/organizations/" + id);
  EXPECT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.json(), created.json());

  auto updated = http().patch_json("/api/v1/organizations/" + id, R"({"phone": null, "notes": "Open late on Fridays."})", "\"1\"");
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.header("etag"), "\"2\"");
  EXPECT_TRUE(updated.json().at("phone").is_null());
  EXPECT_EQ(updated.json().at("notes").as_string(), "Open late on Fridays.");
  EXPECT_EQ(updated.json().at("website").as_string(), "https://eastsidefamily.example");

  EXPECT_EQ(http().del("/api/v1/organizations/" + id, "\"2\"").status, 204);
  EXPECT_EQ(http().get("/api/v1/organizations/" + id).status, 404);
  EXPECT_EQ(http().del("/api/v1/organizations/" + id).status, 404);
}

TEST_P(OrganizationApi, StaleIfMatchGets412WithTheCurrentState) {
  const auto org = create_organization("Riverton Interfaith Council");
  const auto path = "/api/v1/organizations/" + std::to_string(org.at("id").as_int64());
  ASSERT_EQ(http().patch_json(path, R"({"notes": "Alice's edit"})", "\"1\"").status, 200);

  const auto stale = http().patch_json(path, R"({"notes": "Bob's edit"})", "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.header("content-type"), "application/problem+json");
  EXPECT_EQ(stale.header("etag"), "\"2\"");
  EXPECT_EQ(stale.json().at("current").at("notes").as_string(), "Alice's edit");
  EXPECT_EQ(http().get(path).json().at("notes").as_string(), "Alice's edit");

  const auto missing = http().patch_json(path, R"({"notes": "Bob's edit"})", "");
  EXPECT_EQ(missing.status, 428);
  EXPECT_EQ(http().del(path, "\"1\"").status, 412);
  EXPECT_EQ(http().get(path).status, 200);
}

TEST_P(OrganizationApi, NamesAreUniqueIgnoringCase) {
  create_organization("Masjid Al-Noor");
  const auto duplicate = http().post_json("/api/v1/organizations", R"({"name":"MASJID AL-NOOR","sector":"faith"})");
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_EQ(problem_fields(duplicate), "name");
  const auto other = create_organization("Greater Hope Baptist Church");
  const auto rename = http().patch_json("/api/v1/organizations/" + std::to_string(other.at("id").as_int64()),
                                        R"({"name":"masjid al-noor"})", "\"1\"");
  EXPECT_EQ(rename.status, 409);
}

TEST_P(OrganizationApi, ListPagesFiltersAndSearches) {
  for (int i = 0; i < 7; ++i) create_organization("Faith Group " + std::to_string(i), "faith");
  create_organization("Riverton Unified School District", "schools_education");
  create_organization("Marlow Community College", "schools_education");

  std::vector<std::string> names;
  std::string target = "/api/v1/organizations?limit=4";
  for (;;) {
    const auto page = http().get(target);
    ASSERT_EQ(page.status, 200) << page.body;
    for (const auto& item : page.json().at("items").as_array()) names.emplace_back(item.at("name").as_string());
    const auto& next = page.json().at("next");
    if (next.is_null()) break;
    target = "/api/v1/organizations?limit=4&after=" + std::string(next.as_string());
  }
  ASSERT_EQ(names.size(), 9u);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return cg::text::ascii_lower(a) < cg::text::ascii_lower(b);
  }));

  const auto schools = http().get("/api/v1/organizations?sector=schools_education");
  EXPECT_EQ(schools.json().at("items").as_array().size(), 2u);
  const auto search = http().get("/api/v1/organizations?q=community%20COLLEGE");
  ASSERT_EQ(search.json().at("items").as_array().size(), 1u);
  EXPECT_EQ(search.json().at("items").at(0).at("name").as_string(), "Marlow Community College");
  const auto none = http().get("/api/v1/organizations?q=zzz&sector=faith");
  EXPECT_TRUE(none.json().at("items").as_array().empty());
  EXPECT_TRUE(none.json().at("next").is_null());
}

TEST_P(OrganizationApi, MarkupAndSqlLookingTextIsStoredVerbatim) {
  const std::string name = R"(<script>alert(1)</script> Robert'); DROP TABLE organizations;--)";
  boost::json::object body{{"name", name}, {"sector", "media"}, {"notes", "<b>bold</b> & \"quoted\""}};
  const auto created = http().post_json("/api/v1/organizations", boost::json::serialize(body));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto fetched = http().get("/api/v1/organizations/" + std::to_string(created.json().at("id").as_int64()));
  EXPECT_EQ(fetched.json().at("name").as_string(), name);
  EXPECT_EQ(fetched.json().at("notes").as_string(), "<b>bold</b> & \"quoted\"");
  EXPECT_EQ(fetched.header("content-type"), "application/json");
  EXPECT_EQ(http().get("/api/v1/organizations").json().at("items").as_array().size(), 1u);
}

TEST_P(OrganizationApi, ReferenceListsDescribeTheTaxonomy) {
  const auto sectors = http().get("/api/v1/sectors").json().at("items").as_array();
  EXPECT_EQ(sectors.size(), 14u);
  EXPECT_EQ(sectors.at(0).at("key").as_string(), "law_enforcement");
  const auto kinds = http().get("/api/v1/organization-kinds").json().at("items").as_array();
  EXPECT_GE(kinds.size(), 5u);
}

TEST_P(OrganizationApi, DemoDataLoadsAndRefreshesWithoutDuplicates) {
  const auto first = run_commonground({"demo", "--database", db_->url()});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("30 organizations created"), std::string::npos) << first.output;
  const auto org = http().get("/api/v1/organizations?q=riverton%20police").json().at("items").at(0).as_object();
  ASSERT_EQ(http().patch_json("/api/v1/organizations/" + std::to_string(org.at("id").as_int64()),
                              R"({"notes":"changed by a visitor"})", "\"1\"").status, 200);
  create_organization("Someone's own organization");

  const auto second = run_commonground({"demo", "--database", db_->url()});
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_NE(second.output.find("0 organizations created, 30 refreshed"), std::string::npos) << second.output;
  const auto all = http().get("/api/v1/organizations?limit=200").json().at("items").as_array();
  EXPECT_EQ(all.size(), 31u);
  const auto restored = http().get("/api/v1/organizations/" + std::to_string(org.at("id").as_int64())).json();
  EXPECT_NE(restored.at("notes").as_string(), "changed by a visitor");
  std::set<std::string> sectors;
  for (const auto& o : all) sectors.emplace(o.at("sector").as_string());
  EXPECT_EQ(sectors.size(), 14u) << "the demo covers every sector";
}

CG_ON_BOTH_ENGINES(OrganizationApi);

}  // namespace
}  // namespace cg::testing
