// Bad input of every kind gets a clear problem response, and never harms stored data.
#include "support/api_fixture.h"

namespace cg::testing {
namespace {

class RequestErrors : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override { return {"--max-body-bytes", "4096"}; }

  void SetUp() override {
    ApiTest::SetUp();
    keeper_ = create_organization("Riverton Public Library", "other");
    path_ = "/api/v1/organizations/" + std::to_string(keeper_.at("id").as_int64());
  }

  void TearDown() override {
    // Whatever was thrown at the server, the stored record is exactly as it was.
    HttpClient fresh(port());
    fresh.copy_cookies_from(http());
    EXPECT_EQ(fresh.get(path_).json().as_object(), keeper_);
  }

  void expect_problem(const HttpResponse& r, int status, const std::string& fields = "") {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
    const auto doc = r.json();
    EXPECT_EQ(doc.at("status").as_int64(), status);
    EXPECT_FALSE(doc.at("detail").as_string().empty());
    EXPECT_FALSE(doc.at("request_id").as_string().empty());
    EXPECT_EQ(problem_fields(r), fields);
  }

  boost::json::object keeper_;
  std::string path_;
};

TEST_P(RequestErrors, MalformedJson) {
  expect_problem(http().post_json("/api/v1/organizations", R"({"name": "x", )"), 400, "body");
  expect_problem(http().post_json("/api/v1/organizations", R"(["not", "an", "object"])"), 400, "body");
  expect_problem(http().post_json("/api/v1/organizations", ""), 400, "body");
  expect_problem(http().patch_json(path_, "{nope}", "\"1\""), 400, "body");
}

TEST_P(RequestErrors, WrongTypesNameTheField) {
  expect_problem(http().post_json("/api/v1/organizations", R"({"name": 12, "sector": ["faith"]})"), 400, "name,sector");
  expect_problem(http().patch_json(path_, R"({"phone": 5551234, "name": null})", "\"1\""), 400, "name,phone");
}

TEST_P(RequestErrors, UnknownAndReadOnlyFieldsAreRefused) {
  expect_problem(http().post_json("/api/v1/organizations", R"({"name":"A","sector":"faith","colour":"red"})"), 400, "colour");
  expect_problem(http().patch_json(path_, R"({"version": 9, "id": 1})", "\"1\""), 400, "id,version");
}

TEST_P(RequestErrors, InvalidValuesNameEveryField) {
  expect_problem(http().post_json("/api/v1/organizations",
                                  R"({"name":"","sector":"police","kind":"church","website":"ftp://x","email":"x"})"),
                 400, "sector,kind,name,website,email");
}

TEST_P(RequestErrors, WrongContentTypeIs415) {
  expect_problem(http().request("POST", "/api/v1/organizations", R"({"name":"A","sector":"faith"})",
                                {{"Content-Type", "text/plain"}}),
                 415);
}

TEST_P(RequestErrors, OversizeBodyIs413) {
  const std::string big = R"({"name":"A","sector":"faith","notes":")" + std::string(8000, 'x') + "\"}";
  expect_problem(http().post_json("/api/v1/organizations", big), 413);
  EXPECT_EQ(http().get("/healthz").status, 200);  // a new connection works
}

TEST_P(RequestErrors, BadPathParameterIs400) {
  for (auto bad : {"abc", "0", "-3", "1.5", "99999999999999999999999"}) {
    expect_problem(http().get(std::string("/api/v1/organizations/") + bad), 400, "id");
  }
  expect_problem(http().get("/api/v1/organizations/424242"), 404);
}

TEST_P(RequestErrors, UnknownRouteIs404Problem) {
  expect_problem(http().get("/api/v1/nothing-here"), 404);
  expect_problem(http().get("/api/v1/organizations/1/members"), 404);
}

TEST_P(RequestErrors, WrongMethodIs405WithAllow) {
  const auto r = http().request("PUT", "/api/v1/organizations", "{}", {{"Content-Type", "application/json"}});
  expect_problem(r, 405);
  EXPECT_EQ(r.header("allow"), "GET, HEAD, POST");
  EXPECT_EQ(http().request("POST", path_, "{}", {{"Content-Type", "application/json"}}).header("allow"),
            "DELETE, GET, HEAD, PATCH");
}

TEST_P(RequestErrors, BadQueryParameters) {
  expect_problem(http().get("/api/v1/organizations?limit=ten"), 400, "limit");
  expect_problem(http().get("/api/v1/organizations?limit=0"), 400, "limit");
  expect_problem(http().get("/api/v1/organizations?limit=500"), 400, "limit");
  expect_problem(http().get("/api/v1/organizations?sector=police"), 400, "sector");
  expect_problem(http().get("/api/v1/organizations?after=garbage!"), 400, "after");
  expect_problem(http().get("/api/v1/organizations?secter=faith"), 400, "secter");
}

TEST_P(RequestErrors, BadIfMatchHeader) {
  expect_problem(http().patch_json(path_, R"({"notes":"x"})", "*"), 400, "If-Match");
  expect_problem(http().patch_json(path_, R"({"notes":"x"})", "\"abc\""), 400, "If-Match");
}

TEST_P(RequestErrors, OversizeHeadersAre431) {
  RawConnection raw(port());
  raw.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20 * 1024, 'a') + "\r\n\r\n");
  const auto reply = raw.read_until_closed(std::chrono::seconds(10));
  EXPECT_TRUE(reply.data.starts_with("HTTP/1.1 431")) << reply.data.substr(0, 200);
}

TEST_P(RequestErrors, GarbageIsABadRequest) {
  RawConnection raw(port());
  raw.send("THIS IS NOT HTTP\r\n\r\n");
  const auto reply = raw.read_until_closed(std::chrono::seconds(10));
  EXPECT_TRUE(reply.data.starts_with("HTTP/1.1 400")) << reply.data.substr(0, 200);
  EXPECT_TRUE(reply.closed);
}

CG_ON_BOTH_ENGINES(RequestErrors);

}  // namespace
}  // namespace cg::testing
