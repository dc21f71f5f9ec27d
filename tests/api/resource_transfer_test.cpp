// The public library in bulk on both engines: site admins export it as CSV and JSON and import
// those formats back; one bad line means nothing is written, and the report names every line.
#include "support/resource_test.h"

namespace cg::testing {
namespace {

namespace json = boost::json;

class ResourceTransferApi : public ResourceTest {
 protected:
  HttpResponse import(HttpClient& who, const std::string& body, const std::string& type, const std::string& query = "") {
    return who.request("POST", "/api/v1/resources/import" + query, body, {{"Content-Type", type}});
  }

  std::size_t library_size() {
    const auto exported = admin().get("/api/v1/resources/export");
    EXPECT_EQ(exported.status, 200) << exported.body;
    return exported.json().at("resources").as_array().size();
  }

  // (line, column) of each reported problem.
  static std::vector<std::pair<std::int64_t, std::string>> reported(const HttpResponse& response) {
    EXPECT_EQ(response.status, 400) << response.body;
    std::vector<std::pair<std::int64_t, std::string>> out;
    if (response.status != 400) return out;
    EXPECT_EQ(response.json().at("type"), "urn:commonground:problem:resource-import-invalid") << response.body;
    for (const auto& l : response.json().at("lines").as_array()) {
      out.emplace_back(l.at("line").as_int64(), std::string(l.at("column").as_string()));
    }
    return out;
  }
};

constexpr const char* kTwoNew =
    "title,type,summary,link,publisher,authors,topics,year,evidence\r\n"
    "Safe Routes to School,toolkit,Adults along the **routes** children walk.,https://example.org/safe-routes,"
    "Example Institute,\"Lee, Ann; Diaz, Ben\",youth; schools,2019,promising\r\n"
    "Lighting audit,template,Walk the block at night.,,City Works,,,,\r\n";

TEST_P(ResourceTransferApi, AdminsExportTheLibraryAndImportItBackAsCsvOrJson) {
  const auto seed = library_size();
  EXPECT_EQ(seed, 9u) << "the seed text's references";
  const auto csv = admin().get("/api/v1/resources/export?format=csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(csv.body.substr(0, csv.body.find("\r\n")), "title,type,summary,link,publisher,authors,audience,topics,year,evidence");

  const auto rehearsal = import(admin(), kTwoNew, "text/csv", "?dry_run=true");
  ASSERT_EQ(rehearsal.status, 200) << rehearsal.body;
  EXPECT_EQ(rehearsal.json(), json::parse(R"({"dry_run":true,"rows":2,"created":0})"));
  EXPECT_EQ(library_size(), seed) << "a dry run writes nothing";

  const auto imported = import(admin(), kTwoNew, "text/csv");
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.json().at("created"), 2);
  const auto found = http().get("/api/v1/resources?q=routes%20children");
  ASSERT_EQ(found.json().at("total"), 1) << "imported resources are published and searchable: " << found.body;
  const auto& routes = found.json().at("items").at(0);
  EXPECT_EQ(routes.at("authors"), json::parse(R"(["Lee, Ann","Diaz, Ben"])"));
  EXPECT_EQ(routes.at("topics").as_array().size(), 2u);
  EXPECT_EQ(routes.at("evidence").at("key"), "promising");

  // The JSON export, with one resource changed into a new one, imports back.
  auto library = admin().get("/api/v1/resources/export").json().as_object();
  auto item = library.at("resources").at(0).as_object();
  item["title"] = "Copied entry";
  item["link"] = "https://example.org/copied";
  const auto from_json = import(admin(), json::serialize(json::object{{"resources", json::array{item}}}), "application/json");
  ASSERT_EQ(from_json.status, 200) << from_json.body;
  EXPECT_EQ(from_json.json().at("created"), 1);
  EXPECT_EQ(library_size(), seed + 3);
}

TEST_P(ResourceTransferApi, OneBadLineMeansNothingIsImportedAndEveryLineIsNamed) {
  const auto seed = library_size();
  const auto seed_link = std::string(admin().get("/api/v1/resources/export").json().at("resources").at(0).at("link").as_string());
  const std::string file =
      "title,type,summary,link,topics,year\n"
      "Fine,toolkit,A good one.,https://example.org/fine,,\n"           // 2
      "Bad link,toolkit,X.,ftp://example.org/file,,\n"                   // 3
      "Already there,publication,X.," + seed_link + ",,\n" +             // 4
      "Twice,toolkit,X.,https://EXAMPLE.org/fine/,,\n"                   // 5: line 2's link, written differently
      "Odd topic,toolkit,X.,,basket_weaving,\n"                          // 6
      "No type,,,,,\n"                                                  // 7: no type and no summary
      "Future,toolkit,X.,,,2999\n"                                       // 8
      ",toolkit,No title.,,,\n";                                         // 9
  const auto refused = import(admin(), file, "text/csv");
  EXPECT_EQ(reported(refused), (std::vector<std::pair<std::int64_t, std::string>>{
                                   {3, "link"}, {4, "link"}, {5, "link"}, {6, "topics"}, {7, "type"}, {7, "summary"},
                                   {8, "year"}, {9, "title"}}));
  EXPECT_NE(refused.body.find("7 lines need attention. Nothing was imported"), std::string::npos) << refused.body;
  EXPECT_EQ(library_size(), seed) << "the good line was not written either";

  const auto bad_json = import(admin(), R"({"resources":[{"title":"Ok","type":"tool","summary":"Fine."},42,
      {"type":"tool","summary":"No title"},{"title":"T","type":"tool","summary":"S","colour":"red"}]})",
                               "application/json");
  EXPECT_EQ(reported(bad_json), (std::vector<std::pair<std::int64_t, std::string>>{
                                    {2, ""}, {3, "title"}, {4, "colour"}}));
  EXPECT_EQ(library_size(), seed);

  for (const auto& [body, type] : std::vector<std::pair<std::string, std::string>>{
           {"", "text/csv"}, {"title,colour\nA,red\n", "text/csv"}, {"\"unclosed", "text/csv"},
           {"[1,2]", "application/json"}, {"{not json", "application/json"}}) {
    const auto response = import(admin(), body, type);
    EXPECT_EQ(response.status, 400) << body << ": " << response.body;
  }
  EXPECT_EQ(import(admin(), "title\nA\n", "text/plain").status, 415);
  EXPECT_EQ(import(admin(), kTwoNew, "text/csv", "?dry_run=maybe").status, 400);
  EXPECT_EQ(admin().get("/api/v1/resources/export?format=xml").status, 400);
  EXPECT_EQ(library_size(), seed);
}

TEST_P(ResourceTransferApi, OnlySiteAdminsMoveTheLibraryInBulk) {
  for (const auto* role : {"lead", "member", "outsider"}) {
    EXPECT_EQ(as(role).get("/api/v1/resources/export").status, 403) << role;
    EXPECT_EQ(import(as(role), kTwoNew, "text/csv").status, 403) << role;
  }
  EXPECT_EQ(http().get("/api/v1/resources/export").status, 401);
  EXPECT_EQ(import(http(), kTwoNew, "text/csv").status, 401);
  EXPECT_EQ(library_size(), 9u);
}

CG_ON_BOTH_ENGINES(ResourceTransferApi);

}  // namespace
}  // namespace cg::testing
