#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "store/errors.h"

namespace cg::http {
namespace {

Response text(std::string body) {
  Response r;
  r.body = std::move(body);
  return r;
}

Router sample() {
  Router router;
  router.add("GET", "/things", [](Request&) { return text("list"); });
  router.add("POST", "/things", [](Request&) { return text("create"); });
  router.add("GET", "/things/{id}", [](Request& r) { return text("get " + std::string(*r.path_param("id"))); });
  router.add("DELETE", "/things/{id}", [](Request&) { return text("delete"); });
  router.add("GET", "/boom", [](Request&) -> Response { throw std::runtime_error("bug"); });
  router.add("GET", "/db", [](Request&) -> Response { throw store::DatabaseUnavailable("gone"); });
  return router;
}

Response call(const Router& router, std::string method, std::string path) {
  Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  request.request_id = "test";
  return dispatch(router, request);
}

TEST(Router, MatchesLiteralAndPlaceholderSegments) {
  const auto router = sample();
  EXPECT_EQ(call(router, "GET", "/things").body, "list");
  EXPECT_EQ(call(router, "POST", "/things").body, "create");
  EXPECT_EQ(call(router, "GET", "/things/17").body, "get 17");
}

TEST(Router, UnknownPathIs404Problem) {
  const auto router = sample();
  for (auto path : {"/nothing", "/things/1/more", "/things/", "", "things"}) {
    const auto r = call(router, "GET", path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
  }
}

TEST(Router, WrongMethodIs405WithAllow) {
  const auto router = sample();
  auto r = call(router, "PUT", "/things/3");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.header("Allow"), "DELETE, GET, HEAD");
  r = call(router, "DELETE", "/things");
  EXPECT_EQ(r.header("Allow"), "GET, HEAD, POST");
}

TEST(Router, HeadUsesTheGetRoute) {
  const auto router = sample();
  EXPECT_EQ(call(router, "HEAD", "/things").body, "list");
}

TEST(Router, HandlerFailuresBecomeProblemsWithoutInternals) {
  const auto router = sample();
  auto r = call(router, "GET", "/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("bug"), std::string::npos);
  EXPECT_NE(r.body.find("test"), std::string::npos);  // the request id, for a bug report
  r = call(router, "GET", "/db");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.header("Retry-After"), "5");
}

}  // namespace
}  // namespace cg::http
