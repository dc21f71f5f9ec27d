// PATCH for versioned records: lay the request over the current record and save it as of the
// version named in If-Match. A stale save answers 412 with the current record, so the client can
// show both versions and let the person choose.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>

#include "http/routes/route_support.h"

namespace cg::http {

// A record's version: `stamp.version` on stored records, `version()` on the views services answer.
template <typename Record>
std::int64_t record_version(const Record& record) {
  if constexpr (requires { record.stamp.version; }) {
    return record.stamp.version;
  } else {
    return record.version();
  }
}

// A refused change: its problem, and when the refusal was a stale version (412), the record as
// it is now, so the client can show both versions and let the person choose.
template <typename Get, typename Encode>
Response refused_change(const Error& error, const Request& request, Get get, Encode encode) {
  if (error.kind != ErrorKind::precondition_failed) return problem_response(error, request);
  auto now = get();
  if (!now) return problem_response(now.error(), request);
  auto response = problem_response(error, request, {{"current", encode(*now)}});
  response.set_header("ETag", etag(record_version(*now)));
  return response;
}

// `get(id)` reads the current record (Result<Record>, with a version as above); `to_change`
// turns it into the change type; `read(body, change, false)` lays the body over it;
// `update(id, based_on, change)` saves; `encode(record)` is the JSON.
template <typename Get, typename ToChange, typename Read, typename Update, typename Encode>
Response patch_versioned(Request& request, std::int64_t id, Get get, ToChange to_change, Read read, Update update,
                         Encode encode) {
  auto based_on = if_match_version(request);
  if (!based_on) return problem_response(based_on.error(), request);
  return with_body(request, [&](const boost::json::object& body) {
    auto current = get(id);
    if (!current) return problem_response(current.error(), request);
    auto change = read(body, to_change(*current), false);
    if (!change) return problem_response(change.error(), request);
    auto updated = update(id, *based_on, std::move(*change));
    if (!updated) return refused_change(updated.error(), request, [&] { return get(id); }, encode);
    return versioned(200, encode(*updated), record_version(*updated));
  });
}

}  // namespace cg::http
