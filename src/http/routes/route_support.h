// The few steps nearly every partnership route repeats: require a signed-in caller, read the
// body, and turn a use case's result into JSON or a problem. Kept here so each route reads as
// what it does, not how.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <utility>

#include "http/authentication.h"
#include "http/json_io.h"
#include "http/message.h"
#include "http/problem.h"

namespace cg::http {

// Runs `handle(principal, actor)` for a signed-in caller, or answers with the sign-in problem.
template <typename Handle>
Response for_signed_in(const Authentication& auth, Request& request, Handle&& handle) {
  auto who = auth.require(request);
  if (!who) return problem_response(who.error(), request);
  return handle(*who, Authentication::actor(request, &*who));
}

// Runs `handle(body)` with the request's JSON object, or answers 415/400.
template <typename Handle>
Response with_body(Request& request, Handle&& handle) {
  auto body = read_json_object(request);
  if (!body) return problem_response(body.error(), request);
  return handle(*body);
}

// One optional text member (e.g. a note) from an optional JSON body; an empty body means none.
inline Result<std::optional<std::string>> optional_body_text(const Request& request, std::string_view name) {
  if (request.body.empty()) return std::optional<std::string>();
  auto body = read_json_object(request);
  if (!body) return std::move(body).error();
  JsonFields in(*body);
  auto text = in.nullable_string(name).value_or(std::nullopt);
  if (auto errors = in.finish(); !errors.empty()) return Error::invalid(std::move(errors));
  return text;
}

// `encode(value)` with `status`, or the result's problem.
template <typename T, typename Encode>
Response respond(const Request& request, Result<T>&& result, int status, Encode&& encode) {
  if (!result) return problem_response(result.error(), request);
  return json_response(status, encode(*result));
}

// A JSON body with the record's version as its ETag.
inline Response versioned(int status, boost::json::object body, std::int64_t version) {
  auto response = json_response(status, body);
  response.set_header("ETag", etag(version));
  return response;
}

inline Response no_content() {
  Response response;
  response.status = 204;
  return response;
}

// Path ids, in order, or the first one's problem.
inline Result<std::pair<std::int64_t, std::int64_t>> path_ids(const Request& request, std::string_view first,
                                                              std::string_view second) {
  auto a = path_id(request, first);
  if (!a) return std::move(a).error();
  auto b = path_id(request, second);
  if (!b) return std::move(b).error();
  return std::make_pair(*a, *b);
}

}  // namespace cg::http
