// The server serves the built web app: the right content types, long caching only for hashed
// assets, index.html for client-side routes, a page policy without inline script, and never a
// page for an unknown API path.
#include <filesystem>
#include <fstream>

#include "support/api_fixture.h"

namespace cg::testing {
namespace {

class WebAppServing : public ApiTest {
 protected:
  std::vector<std::string> server_flags() const override {
    std::filesystem::create_directories(web_root_.path() + "/assets");
    std::ofstream(web_root_.path() + "/index.html") << "<!doctype html><title>CommonGround</title><div id=root></div>";
    std::ofstream(web_root_.path() + "/assets/index-3f2a9c.js") << "console.log('hi')";
    std::ofstream(web_root_.path() + "/assets/index-77b0e1.css") << "body{}";
    std::ofstream(web_root_.path() + "/assets/public-sans-latin-400-normal.woff2") << "wOF2";
    return {"--web-root", web_root_.path()};
  }
  bool signs_in_as_admin() const override { return false; }

  TempDir web_root_;
};

TEST_P(WebAppServing, ServesTheAppWithTheRightTypesAndCaching) {
  const auto page = http().get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(page.header("cache-control"), "no-cache");
  const auto csp = page.header("content-security-policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);

  const auto script = http().get("/assets/index-3f2a9c.js");
  EXPECT_EQ(script.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(http().get("/assets/index-77b0e1.css").header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(http().get("/assets/public-sans-latin-400-normal.woff2").header("content-type"), "font/woff2");
}

TEST_P(WebAppServing, ClientRoutesGetTheAppButApiPathsAndMissingFilesDoNot) {
  const auto route = http().get("/organizations/12/edit");
  EXPECT_EQ(route.status, 200);
  EXPECT_NE(route.body.find("<div id=root>"), std::string::npos);
  const auto api = http().get("/api/v1/no-such-thing");
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(api.header("content-type"), "application/problem+json");
  EXPECT_EQ(http().get("/assets/gone-123.js").status, 404);
  EXPECT_EQ(http().request("POST", "/organizations", "").status, 404) << "only GET and HEAD reach the app";
}

CG_ON_BOTH_ENGINES(WebAppServing);

}  // namespace
}  // namespace cg::testing
