#include "http/json_io.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace cg::http {
namespace {

Request json_request(std::string body, std::string type = "application/json") {
  Request r;
  r.headers.emplace_back("content-type", std::move(type));
  r.body = std::move(body);
  return r;
}

std::string fields_of(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& e : errors) out += (out.empty() ? "" : ",") + e.field + ":" + e.message;
  return out;
}

TEST(JsonIo, ReadsObjectsOnly) {
  EXPECT_TRUE(read_json_object(json_request(R"({"a":1})")).ok());
  EXPECT_TRUE(read_json_object(json_request(R"({"a":1})", "application/json; charset=utf-8")).ok());
  EXPECT_EQ(read_json_object(json_request("[1]")).error().fields.at(0).field, "body");
  EXPECT_EQ(read_json_object(json_request("{\"a\":")).error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(read_json_object(json_request("{}", "text/plain")).error().kind, ErrorKind::unsupported_format);
  EXPECT_EQ(read_json_object(json_request("\"\xff\"")).error().kind, ErrorKind::invalid_input);
}

TEST(JsonIo, CollectsEveryFieldProblem) {
  const auto object = boost::json::parse(R"({"name": 5, "notes": null, "extra": true, "id": 3})").as_object();
  JsonFields in(object);
  EXPECT_EQ(in.required_string("name"), std::nullopt);
  EXPECT_EQ(in.required_string("sector"), std::nullopt);
  const auto notes = in.nullable_string("notes");
  ASSERT_TRUE(notes.has_value());
  EXPECT_FALSE(notes->has_value());
  const std::array<std::string_view, 1> read_only = {"id"};
  in.refuse_read_only(read_only);
  EXPECT_EQ(fields_of(in.finish()),
            "name:Must be text, not a number.,sector:Required.,id:Is set by the server and cannot be "
            "changed.,extra:Unknown field.");
}

TEST(JsonIo, PathIdsArePositiveIntegers) {
  Request r;
  r.path_params = {{"id", "12"}};
  EXPECT_EQ(*path_id(r, "id"), 12);
  for (auto bad : {"0", "-1", "abc", "1.5", "99999999999999999999", "12x"}) {
    r.path_params = {{"id", bad}};
    EXPECT_FALSE(path_id(r, "id").ok()) << bad;
  }
}

TEST(JsonIo, IfMatchAcceptsOurEtags) {
  Request r;
  EXPECT_EQ(*if_match_version(r), std::nullopt);
  for (auto header : {"\"3\"", "W/\"3\"", "3"}) {
    r.headers = {{"if-match", header}};
    EXPECT_EQ(*if_match_version(r), std::optional<std::int64_t>(3)) << header;
  }
  r.headers = {{"if-match", "*"}};
  EXPECT_FALSE(if_match_version(r).ok());
  EXPECT_EQ(etag(7), "\"7\"");
}

TEST(JsonIo, UnknownQueryParametersAreNamed) {
  Request r;
  r.query = {{"limit", "5"}, {"secter", "faith"}};
  EXPECT_EQ(fields_of(unknown_query_params(r, {"limit", "sector"})), "secter:Unknown query parameter.");
}

}  // namespace
}  // namespace cg::http
